using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;
using Aps.Sdk.Core.Pipeline;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// The standard resilience strategies (rate limiter → total timeout → retry → circuit breaker → attempt timeout),
/// configured for APS and partitioned per host and API area. Differences from
/// <c>AddStandardResilienceHandler</c>'s defaults, and why:
/// <list type="bullet">
/// <item>Unsafe methods are retried only when the operation is marked idempotent and its body can be replayed.</item>
/// <item><c>Retry-After</c> (seconds and HTTP-date) is read on the injected <see cref="TimeProvider"/>; one longer than
/// the budget left is not waited for: the 429 surfaces as <see cref="ApsRateLimitException"/>.</item>
/// <item>The circuit breaker does not count 429 and is per host and area, so one failing service does not cut off
/// the others.</item>
/// </list>
/// Pipelines outlive <see cref="HttpMessageHandler"/> rotation, so breaker state persists.
/// </summary>
internal sealed class ApsResiliencePipelines
{
    private readonly ConcurrentDictionary<PartitionKey, ResiliencePipeline<HttpResponseMessage>> _pipelines = new();
    private readonly ApsResilienceOptions _options;
    private readonly TimeProvider _time;

    public ApsResiliencePipelines(ApsResilienceOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    public ResilienceHandler CreateHandler() => new(Select);

    public ResiliencePipeline<HttpResponseMessage> Select(HttpRequestMessage request)
    {
        var context = ApsRequestContext.Get(request);
        var uri = request.RequestUri;

        // The authority (host, and port when not the default) and the area, without building a string per request.
        var key = new PartitionKey(uri?.Host ?? string.Empty, uri is null || uri.IsDefaultPort ? -1 : uri.Port, context?.Area ?? "raw");
        return _pipelines.GetOrAdd(key, static (_, self) => self.Build(), this);
    }

    private ResiliencePipeline<HttpResponseMessage> Build()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time };
        var o = _options;
        if (o.RateLimiter.Enabled)
        {
            var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = o.RateLimiter.PermitLimit,
                QueueLimit = o.RateLimiter.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
            builder.AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => limiter.AcquireAsync(1, args.Context.CancellationToken),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = o.TotalRequestTimeout, Name = "TotalTimeout" });

        if (o.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = o.MaxRetryAttempts,
                Delay = o.RetryBaseDelay,
                MaxDelay = o.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = o.UseJitter,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result is { } r ? ApsPipeline.RetryAfterOf(r, _time) : null),
            });
        }

        if (o.CircuitBreaker.Enabled)
        {
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = o.CircuitBreaker.FailureRatio,
                MinimumThroughput = o.CircuitBreaker.MinimumThroughput,
                SamplingDuration = o.CircuitBreaker.SamplingDuration,
                BreakDuration = o.CircuitBreaker.BreakDuration,
                ShouldHandle = args => new ValueTask<bool>(IsServiceFailure(args.Outcome)),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = o.AttemptTimeout, Name = "AttemptTimeout" });
        return builder.Build();
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

    /// <summary>408, 5xx (not 501/505) and transport failures count against a service; 429 does not.</summary>
    internal static bool IsServiceFailure(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var status = (int)(outcome.Result?.StatusCode ?? 0);
        return status == 408 || (status >= 500 && status != 501 && status != 505);
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext resilienceContext)
    {
        var request = resilienceContext.GetRequestMessage() ?? outcome.Result?.RequestMessage;
        var status = outcome.Result is { } r ? (int)r.StatusCode : 0;
        var transient = outcome.Exception is not null
            ? outcome.Exception is HttpRequestException or TimeoutRejectedException
            : status == 429 || IsServiceFailure(outcome);
        if (!transient || request is null)
        {
            return false;
        }

        var context = ApsRequestContext.Get(request);
        if (!CanReplay(request, context))
        {
            return false;
        }

        if (outcome.Result is { } response && ApsPipeline.RetryAfterOf(response, _time) is { } retryAfter)
        {
            if (retryAfter > _options.MaxRetryAfter)
            {
                return false;
            }

            if (context is not null && context.StartTimestamp != 0)
            {
                var left = context.Budget - _time.GetElapsedTime(context.StartTimestamp);
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
