using System.Collections.Concurrent;
using Aps.Sdk.Core.Pipeline;
using Polly.Timeout;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// The resilience state of one client (one <see cref="ApsClient"/> without DI, one registration with DI): a
/// concurrency limiter and a circuit breaker per host and API area, run by <see cref="ApsResilienceHandler"/> in the
/// order concurrency limiter → total timeout → retry → circuit breaker → attempt timeout. Differences from
/// <c>AddStandardResilienceHandler</c>'s defaults, and why:
/// <list type="bullet">
/// <item>Unsafe methods are retried only when the operation is marked idempotent and its body can be replayed.</item>
/// <item><c>Retry-After</c> (seconds and HTTP-date) is read on the injected <see cref="TimeProvider"/>; one longer than
/// the budget left is not waited for: the 429 surfaces as <see cref="ApsRateLimitException"/>.</item>
/// <item>The circuit breaker does not count 429 and is per host and area, so one failing service does not cut off
/// the others.</item>
/// </list>
/// The state outlives <see cref="HttpMessageHandler"/> rotation (the handlers are thin shells over it), so breaker
/// state persists.
/// </summary>
internal sealed class ApsResiliencePipelines
{
    private readonly ConcurrentDictionary<PartitionKey, ApsResiliencePartition> _partitions = new();

    public ApsResiliencePipelines(ApsResilienceOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
    }

    public ApsResilienceOptions Options { get; }

    public TimeProvider Time { get; }

    public ApsResilienceHandler CreateHandler() => new(this);

    /// <summary>The partition of <paramref name="request"/>: its host, port and API area.</summary>
    public ApsResiliencePartition Select(HttpRequestMessage request)
    {
        var context = ApsRequestContext.Get(request);
        var uri = request.RequestUri;

        // The authority (host, and port when not the default) and the area, without building a string per request.
        var key = new PartitionKey(uri?.Host ?? string.Empty, uri is null || uri.IsDefaultPort ? -1 : uri.Port, context?.Area ?? "raw");
        return _partitions.GetOrAdd(key, static (_, self) => new ApsResiliencePartition(self.Options, self.Time), this);
    }

    /// <summary>One partition: host and area compared case-insensitively; <paramref name="Port"/> is -1 for the scheme's default.</summary>
    private readonly record struct PartitionKey(string Host, int Port, string Area)
    {
        public bool Equals(PartitionKey other)
            => Port == other.Port
                && string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase)
                && string.Equals(Area, other.Area, StringComparison.OrdinalIgnoreCase);

        public override int GetHashCode()
            => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Host), Port, StringComparer.OrdinalIgnoreCase.GetHashCode(Area));
    }

    /// <summary>408, 5xx (not 501/505) and transport failures (and attempt time-outs) count against a service; 429 does not.</summary>
    internal static bool IsServiceFailure(HttpResponseMessage? response, Exception? exception)
    {
        if (exception is not null)
        {
            return exception is HttpRequestException or TimeoutRejectedException;
        }

        var status = (int)(response?.StatusCode ?? 0);
        return status == 408 || (status >= 500 && status != 501 && status != 505);
    }

    /// <summary>Whether a failed attempt is sent again: transient, replayable, and no <c>Retry-After</c> beyond the limits.</summary>
    internal bool ShouldRetry(HttpRequestMessage request, HttpResponseMessage? response, Exception? exception)
    {
        var transient = exception is not null
            ? exception is HttpRequestException or TimeoutRejectedException
            : response is not null && ((int)response.StatusCode == 429 || IsServiceFailure(response, null));
        if (!transient)
        {
            return false;
        }

        var context = ApsRequestContext.Get(request);
        if (!CanReplay(request, context))
        {
            return false;
        }

        if (response is not null && ApsPipeline.RetryAfterOf(response, Time) is { } retryAfter)
        {
            if (retryAfter > Options.MaxRetryAfter)
            {
                return false;
            }

            if (context is not null && context.StartTimestamp != 0)
            {
                var left = context.Budget - Time.GetElapsedTime(context.StartTimestamp);
                if (retryAfter >= left)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Safe methods always; unsafe ones only when marked idempotent and the body can be sent again.</summary>
    internal static bool CanReplay(HttpRequestMessage request, ApsRequestContext? context)
    {
        if (context is not null)
        {
            return context.CanReplay;
        }

        var method = request.Method;
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete;
        return idempotent && request.Content is null or ByteArrayContent;
    }
}

/// <summary>
/// The limiter and breaker of one host and API area (either null when switched off in the options), and the retry and
/// timeout settings as they were when the partition was created (as the Polly pipeline per partition captured them).
/// </summary>
internal sealed class ApsResiliencePartition
{
    public ApsResiliencePartition(ApsResilienceOptions options, TimeProvider time)
    {
        Settings = new ApsResilienceOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            RetryBaseDelay = options.RetryBaseDelay,
            MaxRetryDelay = options.MaxRetryDelay,
            UseJitter = options.UseJitter,
            AttemptTimeout = options.AttemptTimeout,
            TotalRequestTimeout = options.TotalRequestTimeout,
        };

        if (options.RateLimiter.Enabled)
        {
            Limiter = new ApsConcurrencyLimiter(options.RateLimiter.PermitLimit, options.RateLimiter.QueueLimit);
        }

        if (options.CircuitBreaker.Enabled)
        {
            Breaker = new ApsCircuitBreaker(options.CircuitBreaker, time);
        }
    }

    /// <summary>Gets the retry and timeout settings of this partition (a copy; <c>MaxRetryAfter</c> is read live from the client's options).</summary>
    public ApsResilienceOptions Settings { get; }

    public ApsConcurrencyLimiter? Limiter { get; }

    public ApsCircuitBreaker? Breaker { get; }
}
