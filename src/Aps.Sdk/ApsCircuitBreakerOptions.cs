using System.ComponentModel.DataAnnotations;

namespace Aps.Sdk;

/// <summary>
/// Circuit-breaker settings. One breaker exists per host and API area, so a Model Derivative outage does not cut off
/// OSS or sign-in. 429 answers are not counted as failures.
/// </summary>
public sealed class ApsCircuitBreakerOptions
{
    /// <summary>Gets or sets a value indicating whether the breaker is on. Default <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the failure ratio that opens the circuit. Default 0.5.</summary>
    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets how many calls a sampling window needs before the ratio counts. Default 20.</summary>
    [Range(2, 100_000)]
    public int MinimumThroughput { get; set; } = 20;

    /// <summary>Gets or sets the sampling window. Default 30 seconds.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the circuit stays open. Default 15 seconds.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
