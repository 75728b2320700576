namespace Aps.Sdk;

/// <summary>The state of an <see cref="ApsOperation{T}"/> at one poll.</summary>
public sealed class ApsOperationProgress
{
    /// <summary>Gets the status as APS spelled it (for example <c>inprogress</c>, <c>processing</c>).</summary>
    public required string Status { get; init; }

    /// <summary>Gets the percentage done (0–100), when APS reports one.</summary>
    public double? PercentComplete { get; init; }

    /// <summary>Gets a message APS attached, when any.</summary>
    public string? Message { get; init; }

    /// <summary>Gets a value indicating whether the work is finished (successfully or not).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Gets how long APS asked to wait before the next poll, when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <inheritdoc />
    public override string ToString() => PercentComplete is { } p ? $"{Status} ({p:0.#}%)" : Status;
}
