using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The status of an issue (Issues.yaml <c>status</c>). An extensible value: a value APS adds later is kept as sent instead of failing.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<IssueStatus>))]
public readonly struct IssueStatus : IEquatable<IssueStatus>, IExtensibleValue<IssueStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public IssueStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary><c>draft</c>.</summary>
    public static IssueStatus Draft { get; } = new("draft");

    /// <summary><c>open</c>.</summary>
    public static IssueStatus Open { get; } = new("open");

    /// <summary><c>pending</c>.</summary>
    public static IssueStatus Pending { get; } = new("pending");

    /// <summary><c>in_progress</c>.</summary>
    public static IssueStatus InProgress { get; } = new("in_progress");

    /// <summary><c>in_review</c>.</summary>
    public static IssueStatus InReview { get; } = new("in_review");

    /// <summary><c>completed</c>.</summary>
    public static IssueStatus Completed { get; } = new("completed");

    /// <summary><c>not_approved</c>.</summary>
    public static IssueStatus NotApproved { get; } = new("not_approved");

    /// <summary><c>in_dispute</c>.</summary>
    public static IssueStatus InDispute { get; } = new("in_dispute");

    /// <summary><c>closed</c>.</summary>
    public static IssueStatus Closed { get; } = new("closed");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static IssueStatus IExtensibleValue<IssueStatus>.FromWire(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator IssueStatus(string value) => new(value);

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static IssueStatus FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(IssueStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssueStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IssueStatus left, IssueStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IssueStatus left, IssueStatus right) => !left.Equals(right);
}
