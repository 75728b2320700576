using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Aps.Sdk;

/// <summary>
/// Retry, timeout, circuit-breaker and client-side rate-limit settings of the <c>Aps</c> pipeline. The defaults are
/// chosen for APS: see <c>docs/resilience.md</c>.
/// </summary>
public sealed class ApsResilienceOptions
{
    /// <summary>Gets or sets how many times a failed attempt is retried (0 turns retries off). Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the first backoff delay; it doubles per attempt, with jitter. Default 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest backoff between two attempts. Default 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets a value indicating whether backoff delays are jittered. Default <see langword="true"/>.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets the longest <c>Retry-After</c> the pipeline waits for by itself. A longer one (or one longer than
    /// what is left of <see cref="TotalRequestTimeout"/>) surfaces at once as <see cref="ApsRateLimitException"/>.
    /// Default 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the timeout of one attempt. Default 100 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets the timeout of a whole call, retries included. Default 5 minutes.</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets the most connections the SDK's own <see cref="SocketsHttpHandler"/> opens to one server (host and
    /// port) for API calls; calls beyond it wait for a free connection. Default <see langword="null"/>: no cap of its
    /// own, so connections follow the concurrency limiter (<see cref="ApsRateLimiterOptions.PermitLimit"/> per host and
    /// API area). Set it, for example to the permit limit, for a hard bound on sockets per process: the limiter is per
    /// area while every APS area shares one host, and a connection goes back to the pool a moment after its call's permit
    /// is released. Not applied to transfers (signed S3 URLs, bounded by the transfer's own concurrency) or to a primary
    /// handler you pass in.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int? MaxConnectionsPerServer { get; set; }

    /// <summary>Gets the circuit-breaker settings (one breaker per host and API area).</summary>
    [ValidateObjectMembers]
    public ApsCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Gets the client-side concurrency limit (one limiter per host and API area).</summary>
    [ValidateObjectMembers]
    public ApsRateLimiterOptions RateLimiter { get; set; } = new();
}
