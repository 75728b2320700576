using System.Collections.Concurrent;
using System.Net;
using Aps.Sdk.Core.Handlers;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

/// <summary>
/// The parts of the SDK's resilience handler the retry, breaker and cancellation tests do not reach: the half-open probe,
/// the limiter's queue, backoff on the clock, the total time-out, and the pooled time-out sources.
/// </summary>
public class ResilienceHandlerTests
{
    private static readonly DateTimeOffset Start = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);
    private static readonly OperationSpec Manifest = Get("/modelderivative/v2/designdata/{urn}/manifest", area: "ModelDerivative", name: "GetManifest");

    private static void SensitiveBreaker(ApsOptions o)
    {
        o.Resilience.MaxRetryAttempts = 0;
        o.Resilience.CircuitBreaker.MinimumThroughput = 2;
        o.Resilience.CircuitBreaker.FailureRatio = 0.5;
        o.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(5);
    }

    private static async Task OpenBreakerAsync(ApsClient client)
    {
        for (var i = 0; i < 2; i++)
        {
            var failing = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
            (await failing.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(500);
        }
    }

    [Fact]
    public async Task After_the_break_one_probe_goes_through_and_the_others_are_rejected_until_it_succeeds()
    {
        var time = new FakeTimeProvider(Start);
        var probeArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseProbe = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, i) =>
        {
            if (i < 2)
            {
                return Responses.Status(HttpStatusCode.InternalServerError);
            }

            if (i == 2)
            {
                probeArrived.SetResult();
                await releaseProbe.Task;
            }

            return Item();
        });
        using var client = TestClients.WithStaticToken(handler, SensitiveBreaker, time);
        await OpenBreakerAsync(client);

        var open = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        (await open.Should().ThrowAsync<ApsException>()).Which.Message.Should().Contain("circuit");
        handler.Count.Should().Be(2);

        time.Advance(TimeSpan.FromMinutes(5));
        var probe = GetItemAsync(client, Manifest, path: ["dXJu"]);
        await probeArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var whileProbing = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        var rejected = (await whileProbing.Should().ThrowAsync<ApsException>()).Which;
        rejected.Message.Should().Contain("circuit", "only one probe runs while the circuit is half-open");
        rejected.InnerException.Should().BeOfType<BrokenCircuitException>();
        handler.Count.Should().Be(3);

        releaseProbe.SetResult();
        (await probe).Name.Should().Be("ok");

        (await GetItemAsync(client, Manifest, path: ["dXJu"])).Name.Should().Be("ok", "a successful probe closes the circuit");
        handler.Count.Should().Be(4);
    }

    [Fact]
    public async Task A_failed_probe_opens_the_circuit_for_another_break()
    {
        var time = new FakeTimeProvider(Start);
        var handler = new RecordingHandler((_, i) => i < 3 ? Responses.Status(HttpStatusCode.InternalServerError) : Item());
        using var client = TestClients.WithStaticToken(handler, SensitiveBreaker, time);
        await OpenBreakerAsync(client);

        time.Advance(TimeSpan.FromMinutes(5));
        var probe = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        (await probe.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(500, "the probe was sent");
        handler.Count.Should().Be(3);

        time.Advance(TimeSpan.FromMinutes(4));
        var stillOpen = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        (await stillOpen.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(0);
        handler.Count.Should().Be(3, "the failed probe started a new break");

        time.Advance(TimeSpan.FromMinutes(1));
        (await GetItemAsync(client, Manifest, path: ["dXJu"])).Name.Should().Be("ok");
        handler.Count.Should().Be(4);
    }

    [Fact]
    public async Task Failures_older_than_the_sampling_duration_no_longer_count()
    {
        var time = new FakeTimeProvider(Start);
        var handler = new RecordingHandler((_, i) => i < 2 ? Responses.Status(HttpStatusCode.InternalServerError) : Item());
        using var client = TestClients.WithStaticToken(handler, SensitiveBreaker, time);

        var first = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        (await first.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(500);
        time.Advance(TimeSpan.FromSeconds(31));
        var second = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        (await second.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(500);

        (await GetItemAsync(client, Manifest, path: ["dXJu"])).Name.Should().Be("ok", "the first failure left the 30 s sample: 1 sampled call is below the minimum throughput of 2");
        handler.Count.Should().Be(3);
    }

    [Fact]
    public async Task Calls_beyond_the_permits_wait_in_the_queue_and_beyond_the_queue_are_rejected()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, i) =>
        {
            if (i == 0)
            {
                firstArrived.SetResult();
                await release.Task;
            }

            return Item();
        });
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.RateLimiter.PermitLimit = 1;
            o.Resilience.RateLimiter.QueueLimit = 1;
        });

        var first = GetItemAsync(client, Manifest, path: ["dXJu"]);
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queued = GetItemAsync(client, Manifest, path: ["dXJu"]);
        queued.IsCompleted.Should().BeFalse("it waits for the permit");

        var beyond = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        var rejected = (await beyond.Should().ThrowAsync<ApsRateLimitException>()).Which;
        rejected.StatusCode.Should().Be(0);
        rejected.Message.Should().Contain("concurrency limit");
        rejected.RetryAfter.Should().BeNull();
        rejected.InnerException.Should().BeOfType<RateLimiterRejectedException>();
        handler.Count.Should().Be(1);

        release.SetResult();
        (await first).Name.Should().Be("ok");
        (await queued).Name.Should().Be("ok");
        handler.Count.Should().Be(2);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_queue_without_taking_a_permit()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, i) =>
        {
            if (i == 0)
            {
                firstArrived.SetResult();
                await release.Task;
            }

            return Item();
        });
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.RateLimiter.PermitLimit = 1;
            o.Resilience.RateLimiter.QueueLimit = 1;
        });

        var first = GetItemAsync(client, Manifest, path: ["dXJu"]);
        await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var cts = new CancellationTokenSource();
        var waiting = SendItemAsync(client, client.Pipeline.CreateRequest(Manifest, null, ["dXJu"]), null, cts.Token);
        await cts.CancelAsync();
        var cancelled = () => waiting;
        (await cancelled.Should().ThrowAsync<OperationCanceledException>()).Which.Should().NotBeAssignableTo<ApsException>();

        var queued = GetItemAsync(client, Manifest, path: ["dXJu"]);
        queued.IsCompleted.Should().BeFalse("the queue has room again, and the permit is still taken");
        release.SetResult();
        await first;
        (await queued).Name.Should().Be("ok");
        (await GetItemAsync(client, Manifest, path: ["dXJu"])).Name.Should().Be("ok", "every permit came back");
        handler.Count.Should().Be(3, "the cancelled call was never sent");
    }

    [Fact]
    public async Task The_limiter_serves_waiters_oldest_first_and_returns_permits()
    {
        var limiter = new ApsConcurrencyLimiter(permitLimit: 1, queueLimit: 2);
        limiter.TryAcquire().Should().BeTrue();
        limiter.TryAcquire().Should().BeFalse();
        var older = limiter.WaitAsync(CancellationToken.None);
        var newer = limiter.WaitAsync(CancellationToken.None);
        (await limiter.WaitAsync(CancellationToken.None)).Should().BeFalse("the queue is full");
        limiter.Queued.Should().Be(2);

        limiter.Release();
        (await older).Should().BeTrue();
        newer.IsCompleted.Should().BeFalse();
        limiter.TryAcquire().Should().BeFalse("a newcomer queues behind the waiters");

        limiter.Release();
        (await newer).Should().BeTrue();
        limiter.Release();
        limiter.Available.Should().Be(1);
        limiter.Queued.Should().Be(0);
    }

    [Fact]
    public async Task Backoff_doubles_from_the_base_delay_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(Start);
        var arrivals = new ConcurrentQueue<DateTimeOffset>();
        var handler = new RecordingHandler((_, i) =>
        {
            arrivals.Enqueue(time.GetUtcNow());
            return i < 3 ? Responses.Status(HttpStatusCode.ServiceUnavailable) : Item();
        });
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.RetryBaseDelay = TimeSpan.FromSeconds(2);
            o.Resilience.MaxRetryDelay = TimeSpan.FromSeconds(5);
        }, time);

        (await PumpAsync(time, GetItemAsync(client, GetObject(), path: ["b", "k"]))).Name.Should().Be("ok");

        var times = arrivals.ToArray();
        times.Should().HaveCount(4);
        (times[1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2));
        (times[2] - times[1]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(4));
        (times[3] - times[2]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(5), "8 s capped by MaxRetryDelay");
    }

    [Fact]
    public void Backoff_is_exponential_capped_and_jitter_stays_within_the_cap()
    {
        var options = new ApsResilienceOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(30), UseJitter = false };
        double state = 0;
        Enumerable.Range(0, 7).Select(a => ApsResilienceHandler.Backoff(options, a, ref state)).Should().Equal(
            TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        ApsResilienceHandler.Backoff(options, 5000, ref state).Should().Be(TimeSpan.FromSeconds(30), "an overflowing power is capped too");

        options.UseJitter = true;
        for (var run = 0; run < 50; run++)
        {
            double jitter = 0;
            for (var attempt = 0; attempt < 10; attempt++)
            {
                ApsResilienceHandler.Backoff(options, attempt, ref jitter).Should().BeGreaterThanOrEqualTo(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
            }
        }

        ApsResilienceHandler.Backoff(new ApsResilienceOptions { RetryBaseDelay = TimeSpan.Zero }, 3, ref state).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task The_total_timeout_ends_the_call_after_a_retried_attempt_timeout()
    {
        var time = new FakeTimeProvider(Start);
        var handler = new HangingHandler();
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.Resilience.TotalRequestTimeout = TimeSpan.FromSeconds(15);
        }, time);

        var act = () => PumpAsync(time, GetItemAsync(client, GetObject(), path: ["b", "k"]));

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(0);
        error.Message.Should().Contain("timed out");
        error.InnerException.Should().BeOfType<TimeoutException>().Which.InnerException.Should().BeOfType<TimeoutRejectedException>()
            .Which.Timeout.Should().Be(TimeSpan.FromSeconds(15), "the whole call's budget ran out");
        handler.Count.Should().Be(2, "the first attempt timed out after 10 s and was retried; the total timeout cut the second");
    }

    [Fact]
    public async Task An_attempt_timeout_is_a_timeout_rejection_of_the_attempt()
    {
        var time = new FakeTimeProvider(Start);
        var handler = new HangingHandler();
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
        }, time);

        var act = () => PumpAsync(time, GetItemAsync(client, GetObject(), path: ["b", "k"]));

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.InnerException.Should().BeOfType<TimeoutException>().Which.InnerException.Should().BeOfType<TimeoutRejectedException>()
            .Which.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        handler.SawCancellation.Should().BeTrue();
    }

    [Fact]
    public async Task A_pooled_timeout_source_never_carries_a_cancellation_into_the_next_call()
    {
        // The system clock: only there are the time-out sources pooled (one pool for the process, so the two clients
        // below share it).
        var tokens = new ConcurrentQueue<CancellationToken>();
        var secondArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseSecond = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new TokenHandler(async (token, i) =>
        {
            tokens.Enqueue(token);
            switch (i)
            {
                case 0:
                    // Times out (AttemptTimeout 50 ms): its sources fire and must not be reused.
                    await Task.Delay(Timeout.Infinite, token);
                    break;
                case 2:
                    secondArrived.SetResult();
                    await releaseSecond.Task;
                    break;
            }

            return Item();
        });
        using (var impatient = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(50);
        }))
        {
            var timedOut = () => GetItemAsync(impatient, GetObject(), path: ["b", "k"]);
            (await timedOut.Should().ThrowAsync<ApsException>()).Which.Message.Should().Contain("timed out");
        }

        // Default time-outs from here on, so a slow machine cannot make these calls time out.
        using var client = TestClients.WithStaticToken(handler, o => o.Resilience.MaxRetryAttempts = 0);
        tokens.Single().IsCancellationRequested.Should().BeTrue();

        using var firstCaller = new CancellationTokenSource();
        (await SendItemAsync(client, client.Pipeline.CreateRequest(GetObject(), null, ["b", "k"]), null, firstCaller.Token)).Name.Should().Be("ok");

        using var secondCaller = new CancellationTokenSource();
        var second = SendItemAsync(client, client.Pipeline.CreateRequest(GetObject(), null, ["b", "k"]), null, secondCaller.Token);
        await secondArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var secondToken = tokens.Last();
        secondToken.IsCancellationRequested.Should().BeFalse("a fired source is never handed out again");

        // The finished call's caller cancels late: the pooled sources it used may now be another call's.
        await firstCaller.CancelAsync();
        secondToken.IsCancellationRequested.Should().BeFalse("a finished call's token is unlinked before its sources are reused");
        releaseSecond.SetResult();
        (await second).Name.Should().Be("ok");

        for (var i = 0; i < 50; i++)
        {
            (await GetItemAsync(client, GetObject(), path: ["b", "k"])).Name.Should().Be("ok");
        }

        tokens.Skip(1).Should().OnlyContain(t => !t.IsCancellationRequested, "no later attempt saw a cancellation");
        handler.Count.Should().Be(53);
    }

    /// <summary>A primary handler that hands the attempt's token to the test.</summary>
    private sealed class TokenHandler(Func<CancellationToken, int, Task<HttpResponseMessage>> respond) : HttpMessageHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => respond(cancellationToken, Interlocked.Increment(ref _count) - 1);
    }
}
