using System.Net;
using System.Runtime.ExceptionServices;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// The resilience of the <c>Aps</c> chain in one handler, outermost first: concurrency limiter → total timeout → retry
/// → circuit breaker → attempt timeout, with the state (limiter, breaker) of <see cref="ApsResiliencePipelines"/> per
/// host and API area. Each attempt's answer gets its compressed body decoded (<see cref="ApsContentDecoding"/>).
/// </summary>
/// <remarks>
/// <para>
/// Written by hand rather than composed from Polly strategies: over a real socket every <c>async</c> layer allocates its
/// state machine once per call, and the five strategies plus <c>ResilienceHandler</c> cost about 2.6 KB per call
/// (docs/performance.md). Here one state machine covers the call, the time-out sources are pooled, and a free permit
/// allocates nothing.
/// </para>
/// <para>
/// The behaviour is Polly's: a rejected call throws <see cref="RateLimiterRejectedException"/>, an open circuit
/// <see cref="Polly.CircuitBreaker.BrokenCircuitException"/>, a time-out <see cref="TimeoutRejectedException"/> (the
/// attempt time-out is transient and retried; the total one ends the call), which <c>ApsPipeline</c> turns into the
/// same <see cref="ApsException"/>s as before. Retry delays are exponential from <see cref="ApsResilienceOptions.RetryBaseDelay"/>
/// (Polly's decorrelated jitter when <see cref="ApsResilienceOptions.UseJitter"/>) capped by
/// <see cref="ApsResilienceOptions.MaxRetryDelay"/>, or the response's <c>Retry-After</c>; the failed response is
/// disposed before the wait. All waits and time-outs run on the injected <see cref="TimeProvider"/>.
/// </para>
/// </remarks>
internal sealed class ApsResilienceHandler : DelegatingHandler
{
    private readonly ApsResiliencePipelines _state;

    public ApsResilienceHandler(ApsResiliencePipelines state) => _state = state;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => SendResilientAsync(request, _state.Select(request), cancellationToken);

    private async Task<HttpResponseMessage> SendResilientAsync(HttpRequestMessage request, ApsResiliencePartition partition, CancellationToken cancellationToken)
    {
        // Few locals on purpose: every local that lives across an await is a field of the state machine allocated per call.
        cancellationToken.ThrowIfCancellationRequested();

        // Concurrency limiter: the caller's token (not the time-outs) bounds the wait in the queue, as before.
        if (partition.Limiter is { } limiter && !limiter.TryAcquire() && !await limiter.WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new RateLimiterRejectedException();
        }

        try
        {
            // Total timeout, linked to the caller's token.
            var total = TimeoutSource.Start(_state.Time, partition.Settings.TotalRequestTimeout, cancellationToken);
            HttpResponseMessage? response;
            Exception? failure;
            bool totalTimedOut;
            try
            {
                var attempt = 0;
                double jitterState = 0;
                while (true)
                {
                    response = null;
                    failure = null;

                    // Circuit breaker, then the attempt under its own timeout (linked to the total one). No attempt
                    // starts once the total timeout or the caller cancelled (a retry's wait can end just as they do).
                    if (total.Token.IsCancellationRequested)
                    {
                        failure = new OperationCanceledException(total.Token);
                    }
                    else if (partition.Breaker?.BeforeAttempt() is { } broken)
                    {
                        failure = broken;
                    }
                    else
                    {
                        var attemptSource = TimeoutSource.Start(_state.Time, partition.Settings.AttemptTimeout, total.Token);
                        try
                        {
                            // Authentication, inline rather than a handler of its own (one async layer less per call):
                            // every attempt asks for a current token; a 401 drops it and the request goes once more
                            // with a fresh one, within the same attempt.
                            var context = ApsRequestContext.Get(request);
                            IApsTokenProvider? provider = null;
                            ApsAccessToken? token = null;
                            if (context?.Scopes is { } scopes)
                            {
                                provider = context.TokenProvider ?? throw NoTokenProvider(context);
                                token = await provider.GetTokenAsync(scopes, attemptSource.Token).ConfigureAwait(false);
                                request.Headers.Authorization = token.AuthorizationHeader;
                            }

                            response = await base.SendAsync(request, attemptSource.Token).ConfigureAwait(false);
                            if (token is not null && response.StatusCode == HttpStatusCode.Unauthorized && context!.BodyReplayable)
                            {
                                response.Dispose();
                                response = null;
                                await provider!.InvalidateAsync(token, attemptSource.Token).ConfigureAwait(false);
                                var fresh = await provider.GetTokenAsync(context.Scopes!, attemptSource.Token).ConfigureAwait(false);
                                request.Headers.Authorization = fresh.AuthorizationHeader;
                                response = await base.SendAsync(request, attemptSource.Token).ConfigureAwait(false);
                            }

                            response = ApsContentDecoding.Decode(response);
                        }
                        catch (Exception ex)
                        {
                            failure = ex;
                        }

                        var attemptTimedOut = attemptSource.End(_state.Time);
                        if (attemptTimedOut && failure is OperationCanceledException cancelled && !total.Token.IsCancellationRequested)
                        {
                            failure = TimedOut(partition.Settings.AttemptTimeout, cancelled);
                        }

                        partition.Breaker?.AfterAttempt(ApsResiliencePipelines.IsServiceFailure(response, failure), failure);
                    }

                    // Retry.
                    if (total.Token.IsCancellationRequested || attempt >= partition.Settings.MaxRetryAttempts || !_state.ShouldRetry(request, response, failure))
                    {
                        break;
                    }

                    var delay = Backoff(partition.Settings, attempt, ref jitterState);
                    if (response is not null && ApsPipeline.RetryAfterOf(response, _state.Time) is { } retryAfter)
                    {
                        delay = retryAfter;
                    }

                    response?.Dispose();
                    response = null;
                    if (delay > TimeSpan.Zero)
                    {
                        try
                        {
                            await Task.Delay(delay, _state.Time, total.Token).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException ex)
                        {
                            failure = ex;
                            break;
                        }
                    }

                    attempt++;
                }
            }
            finally
            {
                totalTimedOut = total.End(_state.Time);
            }

            if (failure is null)
            {
                return response!;
            }

            if (totalTimedOut && failure is OperationCanceledException totalCancelled && !cancellationToken.IsCancellationRequested)
            {
                throw TimedOut(partition.Settings.TotalRequestTimeout, totalCancelled);
            }

            ExceptionDispatchInfo.Throw(failure);
            throw failure;
        }
        finally
        {
            partition.Limiter?.Release();
        }
    }

    private static ApsAuthenticationException NoTokenProvider(ApsRequestContext context)
        => new($"{context.OperationName} needs an access token, but no token provider is available: set Aps:ClientSecret for 2-legged calls, configure a TokenProvider, or pass the signed-in user's provider in the call's options (ApsRequestOptions.TokenProvider).");

    private static TimeoutRejectedException TimedOut(TimeSpan timeout, OperationCanceledException cancelled)
        => new($"The operation didn't complete within the allowed timeout of '{timeout}'.", timeout, cancelled);

    /// <summary>Exponential backoff from the base delay (attempt 0 is the first retry), jittered or not, capped by the maximum.</summary>
    internal static TimeSpan Backoff(ApsResilienceOptions options, int attempt, ref double jitterState)
    {
        var baseDelay = options.RetryBaseDelay;
        if (baseDelay == TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        TimeSpan delay;
        try
        {
            delay = options.UseJitter ? DecorrelatedJitter(attempt, baseDelay, ref jitterState) : Math.Pow(2, attempt) * baseDelay;
        }
        catch (OverflowException)
        {
            return options.MaxRetryDelay;
        }

        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }

    /// <summary>
    /// The "decorrelated jitter V2" backoff (Polly's exponential jitter): medians near base × 2^attempt, spread without
    /// the spikes of full jitter.
    /// </summary>
    private static TimeSpan DecorrelatedJitter(int attempt, TimeSpan baseDelay, ref double previous)
    {
        const double PFactor = 4.0;
        const double ScalingFactor = 1 / 1.4d;
        var maxTicks = (double)TimeSpan.MaxValue.Ticks - 1000;
        var t = attempt + Random.Shared.NextDouble();
        var next = Math.Pow(2, t) * Math.Tanh(Math.Sqrt(PFactor * t));
        var value = next - previous;
        previous = next;
        return TimeSpan.FromTicks((long)Math.Min(value * ScalingFactor * baseDelay.Ticks, maxTicks));
    }

    /// <summary>
    /// A time-out for one scope (the call or one attempt): a token source that cancels after the time-out or when the
    /// parent token does. On the system clock the sources are pooled and reset after use; one that fired is never reused.
    /// </summary>
    private readonly struct TimeoutSource
    {
        private static readonly CancellationTokenSource?[] Pool = new CancellationTokenSource?[Math.Max(8, Environment.ProcessorCount * 4)];

        private readonly CancellationTokenSource _source;
        private readonly CancellationTokenRegistration _parent;

        private TimeoutSource(CancellationTokenSource source, CancellationTokenRegistration parent)
        {
            _source = source;
            _parent = parent;
        }

        public CancellationToken Token => _source.Token;

        public static TimeoutSource Start(TimeProvider time, TimeSpan timeout, CancellationToken parent)
        {
            CancellationTokenSource source;
            if (time == TimeProvider.System)
            {
                source = Rent();
                source.CancelAfter(timeout);
            }
            else
            {
                source = new CancellationTokenSource(timeout, time);
            }

            var registration = parent.CanBeCanceled
                ? parent.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source)
                : default;
            return new TimeoutSource(source, registration);
        }

        /// <summary>Ends the scope: unlinks it from the parent and returns the source to the pool when it did not fire.</summary>
        /// <param name="time">The clock the scope was started with (only system-clock sources are pooled).</param>
        /// <returns>Whether the scope was cancelled (by its time-out or its parent) before it ended.</returns>
        public bool End(TimeProvider time)
        {
            var cancelled = _source.IsCancellationRequested;

            // Dispose waits for a parent callback that is running, so a cancellation cannot land after the reset.
            _parent.Dispose();
            if (time == TimeProvider.System && _source.TryReset())
            {
                Return(_source);
            }
            else
            {
                _source.Dispose();
            }

            return cancelled;
        }

        private static CancellationTokenSource Rent()
        {
            for (var i = 0; i < Pool.Length; i++)
            {
                if (Interlocked.Exchange(ref Pool[i], null) is { } source)
                {
                    return source;
                }
            }

            return new CancellationTokenSource();
        }

        private static void Return(CancellationTokenSource source)
        {
            for (var i = 0; i < Pool.Length; i++)
            {
                if (Interlocked.CompareExchange(ref Pool[i], source, null) is null)
                {
                    return;
                }
            }

            source.Dispose();
        }
    }
}
