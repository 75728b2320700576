using System.ComponentModel.DataAnnotations;

namespace Aps.Sdk;

/// <summary>
/// Client-side concurrency limit per host and API area. The default (64 calls in flight, 4096 queued) absorbs bursts
/// such as a parallel upload without rejecting them, while keeping one process from opening hundreds of
/// connections to one APS service. Calls beyond the queue fail at once with <see cref="ApsRateLimitException"/>.
/// </summary>
public sealed class ApsRateLimiterOptions
{
    /// <summary>Gets or sets a value indicating whether the limiter is on. Default <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how many calls may be in flight at once. Default 64.</summary>
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 64;

    /// <summary>Gets or sets how many calls may wait for a permit. Default 4096.</summary>
    [Range(0, 1_000_000)]
    public int QueueLimit { get; set; } = 4096;
}
