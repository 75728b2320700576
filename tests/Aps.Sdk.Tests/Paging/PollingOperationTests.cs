using Aps.Sdk.Core.Operations;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.Tests.Paging;

/// <summary>
/// <see cref="PollingOperation{T}"/> on a fake clock. The clock below records the delay of every wait the operation
/// starts, so the tests advance it exactly to the next poll and assert the delays themselves, not wall-clock time.
/// </summary>
public sealed class PollingOperationTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    /// <summary>A <see cref="FakeTimeProvider"/> that reports each timer it creates (one per wait of the operation).</summary>
    private sealed class ObservedClock : TimeProvider
    {
        private readonly object _gate = new();
        private readonly List<TimeSpan> _delays = [];
        private readonly SemaphoreSlim _timerCreated = new(0);

        public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        public IReadOnlyList<TimeSpan> Delays
        {
            get
            {
                lock (_gate)
                {
                    return [.. _delays];
                }
            }
        }

        public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

        public override long GetTimestamp() => Fake.GetTimestamp();

        public override long TimestampFrequency => Fake.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = Fake.CreateTimer(callback, state, dueTime, period);
            lock (_gate)
            {
                _delays.Add(dueTime);
            }

            _timerCreated.Release();
            return timer;
        }

        /// <summary>Waits (a safety limit only) until the operation either finishes or starts its next wait.</summary>
        public async Task<bool> NextWaitOrDoneAsync(Task operation)
        {
            var wait = _timerCreated.WaitAsync();
            var first = await Task.WhenAny(operation, wait).WaitAsync(Safety);
            return first == wait;
        }

        /// <summary>Runs the operation to its end, advancing the clock exactly to each poll.</summary>
        public async Task<T> RunAsync<T>(Task<T> operation)
        {
            while (await NextWaitOrDoneAsync(operation))
            {
                Fake.Advance(Delays[^1]);
            }

            return await operation;
        }
    }

    private sealed class Script<T>(params PollResult<T>[] results)
    {
        private int _next;

        public List<DateTimeOffset> PolledAt { get; } = [];

        public List<CancellationToken> Tokens { get; } = [];

        public int Polls => PolledAt.Count;

        public Func<CancellationToken, Task<PollResult<T>>> Poll(TimeProvider clock) => ct =>
        {
            PolledAt.Add(clock.GetUtcNow());
            Tokens.Add(ct);
            var index = Math.Min(_next++, results.Length - 1);
            return Task.FromResult(results[index]);
        };
    }

    private sealed class RecordingProgress : IProgress<ApsOperationProgress>
    {
        public List<ApsOperationProgress> Reports { get; } = [];

        public void Report(ApsOperationProgress value) => Reports.Add(value);
    }

    private static ApsOperationProgress Progress(string status, double? percent = null, TimeSpan? retryAfter = null, bool terminal = false)
        => new() { Status = status, PercentComplete = percent, RetryAfter = retryAfter, IsTerminal = terminal };

    private static ApsPollingOptions Polling(double initialSeconds = 1, double maxSeconds = 30, double factor = 2, double? timeoutSeconds = null)
        => new()
        {
            InitialDelay = TimeSpan.FromSeconds(initialSeconds),
            MaxDelay = TimeSpan.FromSeconds(maxSeconds),
            BackoffFactor = factor,
            Timeout = timeoutSeconds is { } t ? TimeSpan.FromSeconds(t) : null,
        };

    [Fact]
    public async Task CompletesAfterNPolls_ReportingEachDistinctProgressOnce()
    {
        var clock = new ObservedClock();
        var script = new Script<string>(
            PollResult<string>.Running(Progress("inprogress", 0)),
            PollResult<string>.Running(Progress("inprogress", 25)),
            PollResult<string>.Running(Progress("inprogress", 25)),
            PollResult<string>.Running(Progress("inprogress", 80)),
            PollResult<string>.Done(Progress("success", 100, terminal: true), "urn:result"));
        var operation = new PollingOperation<string>("job-1", script.Poll(clock), clock, Polling(), "translation");
        var progress = new RecordingProgress();

        var value = await clock.RunAsync(operation.WaitForCompletionAsync(progress));

        value.Should().Be("urn:result");
        script.Polls.Should().Be(5);
        progress.Reports.Select(p => p.PercentComplete).Should().Equal(0, 25, 80, 100);
        progress.Reports[^1].Status.Should().Be("success");
        operation.HasCompleted.Should().BeTrue();
        operation.Value.Should().Be("urn:result");
        operation.LastProgress!.Status.Should().Be("success");
        operation.Id.Should().Be("job-1");

        (await operation.UpdateStatusAsync()).Status.Should().Be("success");
        (await operation.WaitForCompletionAsync()).Should().Be("urn:result");
        script.Polls.Should().Be(5, "a completed operation is not polled again");
    }

    [Fact]
    public async Task StatusOrMessageChanges_AreReported_EvenWithTheSamePercentage()
    {
        var clock = new ObservedClock();
        var script = new Script<int>(
            PollResult<int>.Running(Progress("pending")),
            PollResult<int>.Running(Progress("inprogress")),
            PollResult<int>.Running(new ApsOperationProgress { Status = "inprogress", Message = "step 2" }),
            PollResult<int>.Done(Progress("success", terminal: true), 7));
        var operation = new PollingOperation<int>("job-2", script.Poll(clock), clock, Polling());
        var progress = new RecordingProgress();

        (await clock.RunAsync(operation.WaitForCompletionAsync(progress))).Should().Be(7);

        progress.Reports.Select(p => $"{p.Status}/{p.Message}").Should().Equal("pending/", "inprogress/", "inprogress/step 2", "success/");
    }

    [Fact]
    public async Task RetryAfterFromAPoll_IsHonoured()
    {
        var clock = new ObservedClock();
        var script = new Script<string>(
            PollResult<string>.Running(Progress("inprogress", 10, retryAfter: TimeSpan.FromSeconds(10))),
            PollResult<string>.Done(Progress("success", 100), "done"));
        var operation = new PollingOperation<string>("job-3", script.Poll(clock), clock, Polling(initialSeconds: 1));

        var task = operation.WaitForCompletionAsync();
        (await clock.NextWaitOrDoneAsync(task)).Should().BeTrue();

        clock.Delays.Should().Equal(TimeSpan.FromSeconds(10));
        clock.Fake.Advance(TimeSpan.FromSeconds(9.9));
        script.Polls.Should().Be(1, "Retry-After asked for 10 s; the initial delay of 1 s does not win");
        task.IsCompleted.Should().BeFalse();

        clock.Fake.Advance(TimeSpan.FromSeconds(0.1));
        (await task.WaitAsync(Safety)).Should().Be("done");
        script.Polls.Should().Be(2);
        (script.PolledAt[1] - script.PolledAt[0]).Should().Be(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RetryAfterShorterThanTheBackoff_DoesNotShortenIt()
    {
        var clock = new ObservedClock();
        var script = new Script<string>(
            PollResult<string>.Running(Progress("inprogress", retryAfter: TimeSpan.FromMilliseconds(500))),
            PollResult<string>.Done(Progress("success"), "done"));
        var operation = new PollingOperation<string>("job-4", script.Poll(clock), clock, Polling(initialSeconds: 3));

        await clock.RunAsync(operation.WaitForCompletionAsync());

        clock.Delays.Should().Equal(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Delays_GrowByTheFactor_AndAreCappedByMaxDelay()
    {
        var clock = new ObservedClock();
        var running = PollResult<string>.Running(Progress("inprogress"));
        var script = new Script<string>(running, running, running, running, running, running, PollResult<string>.Done(Progress("success"), "ok"));
        var operation = new PollingOperation<string>("job-5", script.Poll(clock), clock, Polling(initialSeconds: 1, maxSeconds: 5, factor: 2));

        (await clock.RunAsync(operation.WaitForCompletionAsync())).Should().Be("ok");

        clock.Delays.Select(d => d.TotalSeconds).Should().Equal(1, 2, 4, 5, 5, 5);
        script.Polls.Should().Be(7);
        script.PolledAt.Zip(script.PolledAt.Skip(1), (a, b) => (b - a).TotalSeconds).Should().Equal(1, 2, 4, 5, 5, 5);
    }

    [Fact]
    public async Task FailedPoll_ThrowsThatException()
    {
        var clock = new ObservedClock();
        var failure = new ApsException("The translation failed: the file is corrupt.");
        var script = new Script<string>(
            PollResult<string>.Running(Progress("inprogress", 50)),
            PollResult<string>.Failed(Progress("failed", 100, terminal: true), failure));
        var operation = new PollingOperation<string>("job-6", script.Poll(clock), clock, Polling());

        var act = () => clock.RunAsync(operation.WaitForCompletionAsync());

        (await act.Should().ThrowAsync<ApsException>()).Which.Should().BeSameAs(failure);
        script.Polls.Should().Be(2);
        operation.HasCompleted.Should().BeFalse();
        operation.LastProgress!.Status.Should().Be("failed");
        var value = () => operation.Value;
        value.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task Timeout_ThrowsApsExceptionWithTimeoutInner_AfterExactlyTheTimeout()
    {
        var clock = new ObservedClock();
        var script = new Script<string>(PollResult<string>.Running(Progress("inprogress", 5)));
        var operation = new PollingOperation<string>("job-7", script.Poll(clock), clock, Polling(initialSeconds: 2, factor: 1, timeoutSeconds: 5), "export");

        var act = () => clock.RunAsync(operation.WaitForCompletionAsync());

        var thrown = await act.Should().ThrowAsync<ApsException>();
        thrown.Which.InnerException.Should().BeOfType<TimeoutException>();
        thrown.Which.Message.Should().Contain("job-7").And.Contain("export");
        clock.Delays.Select(d => d.TotalSeconds).Should().Equal(2, 2, 1);
        script.Polls.Should().Be(4);
        (script.PolledAt[^1] - script.PolledAt[0]).Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancellation_WhileWaiting_ThrowsOperationCanceled()
    {
        var clock = new ObservedClock();
        var script = new Script<string>(PollResult<string>.Running(Progress("inprogress")));
        var operation = new PollingOperation<string>("job-8", script.Poll(clock), clock, Polling());
        using var cts = new CancellationTokenSource();

        var task = operation.WaitForCompletionAsync(cts.Token);
        (await clock.NextWaitOrDoneAsync(task)).Should().BeTrue();
        await cts.CancelAsync();

        var act = () => task.WaitAsync(Safety);
        await act.Should().ThrowAsync<OperationCanceledException>();
        script.Polls.Should().Be(1);
        script.Tokens.Should().OnlyContain(t => t == cts.Token, "the poll gets the caller's token");
        operation.HasCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task Value_BeforeCompletion_ThrowsInvalidOperation()
    {
        var clock = new ObservedClock();
        var script = new Script<string>(
            PollResult<string>.Running(Progress("inprogress", 40)),
            PollResult<string>.Done(Progress("success", 100), "v"));
        var operation = new PollingOperation<string>("job-9", script.Poll(clock), clock, Polling(), "translation");

        var before = () => operation.Value;
        before.Should().Throw<InvalidOperationException>().WithMessage("*translation*job-9*");
        operation.HasCompleted.Should().BeFalse();
        operation.LastProgress.Should().BeNull();

        (await operation.UpdateStatusAsync()).PercentComplete.Should().Be(40);
        before.Should().Throw<InvalidOperationException>();
        (await operation.UpdateStatusAsync()).Status.Should().Be("success");
        operation.Value.Should().Be("v");
    }

    [Theory]
    [InlineData(5, 1, 2, null)]
    [InlineData(1, 5, 0.5, null)]
    [InlineData(1, 5, 2, 0.0)]
    public void InvalidPollingOptions_AreRefused(double initial, double max, double factor, double? timeout)
    {
        var act = () => new PollingOperation<string>(
            "job",
            _ => Task.FromResult(PollResult<string>.Running(Progress("x"))),
            new FakeTimeProvider(),
            Polling(initial, max, factor, timeout));

        act.Should().Throw<ArgumentException>();
    }
}
