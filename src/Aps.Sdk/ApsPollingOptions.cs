namespace Aps.Sdk;

/// <summary>How an <see cref="ApsOperation{T}"/> polls: exponential backoff between bounds, capped by an optional timeout.</summary>
public sealed class ApsPollingOptions
{
    /// <summary>Gets or sets the first delay. Default 2 seconds.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the longest delay. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the factor the delay grows by after each poll. Default 1.5.</summary>
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>Gets or sets how long to wait in all before failing with a timeout; <see langword="null"/> waits until cancelled.</summary>
    public TimeSpan? Timeout { get; set; }

    internal void Validate()
    {
        if (InitialDelay < TimeSpan.Zero || MaxDelay < InitialDelay)
        {
            throw new ArgumentException("Polling delays must satisfy 0 <= InitialDelay <= MaxDelay.", nameof(InitialDelay));
        }

        if (BackoffFactor < 1.0 || double.IsNaN(BackoffFactor))
        {
            throw new ArgumentException("BackoffFactor must be at least 1.", nameof(BackoffFactor));
        }

        if (Timeout is { } t && t <= TimeSpan.Zero)
        {
            throw new ArgumentException("Timeout must be positive.", nameof(Timeout));
        }
    }
}
