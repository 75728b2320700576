using Polly.CircuitBreaker;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// The circuit breaker of one host and API area, with the semantics of Polly's advanced breaker (which this SDK used
/// before, and whose <see cref="BrokenCircuitException"/> it still throws):
/// <list type="bullet">
/// <item>Closed: every attempt's outcome is sampled over <see cref="ApsCircuitBreakerOptions.SamplingDuration"/>, in ten
/// rolling windows; a failure opens the circuit when at least <see cref="ApsCircuitBreakerOptions.MinimumThroughput"/>
/// attempts were sampled and the failure ratio reached <see cref="ApsCircuitBreakerOptions.FailureRatio"/>. Outcomes that
/// are not service failures (2xx, 4xx, 429, cancellations) count as successes.</item>
/// <item>Open: attempts are rejected without a request for <see cref="ApsCircuitBreakerOptions.BreakDuration"/>.</item>
/// <item>Half-open: the first attempt after the break is let through as a probe, the others are rejected while it runs;
/// a successful probe closes the circuit (and resets the samples), a failed one opens it for another break.</item>
/// </list>
/// Time is read from the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class ApsCircuitBreaker
{
    /// <summary>Polly's default message of an open circuit, so users see the same text as before.</summary>
    private static readonly string BrokenMessage = new BrokenCircuitException().Message;

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly double _failureRatio;
    private readonly int _minimumThroughput;
    private readonly TimeSpan _breakDuration;
    private readonly RollingHealth _health;
    private CircuitState _state = CircuitState.Closed;
    private DateTimeOffset _blockedUntil;
    private Exception? _breakingException;

    public ApsCircuitBreaker(ApsCircuitBreakerOptions options, TimeProvider time)
    {
        _time = time;
        _failureRatio = options.FailureRatio;
        _minimumThroughput = options.MinimumThroughput;
        _breakDuration = options.BreakDuration;
        _health = new RollingHealth(options.SamplingDuration);
    }

    /// <summary>Gets the state (for tests).</summary>
    internal CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>
    /// Before an attempt: null when it may go, else the exception that rejects it. When the break is over, the caller
    /// that asks first becomes the half-open probe.
    /// </summary>
    public BrokenCircuitException? BeforeAttempt()
    {
        lock (_gate)
        {
            var probe = false;
            if (_state == CircuitState.Open)
            {
                var now = _time.GetUtcNow();
                if (now >= _blockedUntil)
                {
                    _blockedUntil = now + _breakDuration;
                    _state = CircuitState.HalfOpen;
                    probe = true;
                }
            }

            return _state == CircuitState.Open || (_state == CircuitState.HalfOpen && !probe)
                ? (_breakingException is { } inner ? new BrokenCircuitException(BrokenMessage, inner) : new BrokenCircuitException(BrokenMessage))
                : null;
        }
    }

    /// <summary>After an attempt that was let through: records its outcome.</summary>
    public void AfterAttempt(bool failed, Exception? exception)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!failed)
            {
                _health.Success(now);
                if (_state == CircuitState.HalfOpen)
                {
                    _state = CircuitState.Closed;
                    _blockedUntil = DateTimeOffset.MinValue;
                    _health.Reset();
                }

                return;
            }

            _breakingException = exception;
            switch (_state)
            {
                case CircuitState.Closed:
                    _health.Failure(now);
                    _health.Read(now, out var throughput, out var failures);
                    if (throughput >= _minimumThroughput && (double)failures / throughput >= _failureRatio)
                    {
                        Open(now);
                    }

                    break;

                case CircuitState.Open:
                    // An attempt that started before the circuit opened: sampled, but it neither extends nor repeats the break.
                    _health.Failure(now);
                    break;

                case CircuitState.HalfOpen:
                    Open(now);
                    break;
            }
        }
    }

    private void Open(DateTimeOffset now)
    {
        _blockedUntil = _breakDuration > DateTimeOffset.MaxValue - now ? DateTimeOffset.MaxValue : now + _breakDuration;
        _state = CircuitState.Open;
    }

    /// <summary>
    /// Successes and failures over the sampling duration, in windows of a tenth of it: a window starts with the first
    /// outcome after the previous one ended and is dropped once it started a whole sampling duration ago.
    /// </summary>
    private sealed class RollingHealth
    {
        // At most 11 windows can be live (10 plus one for the rounding of the window length), 12 just before the oldest
        // is dropped.
        private readonly Window[] _windows = new Window[16];
        private readonly TimeSpan _samplingDuration;
        private readonly TimeSpan _windowDuration;
        private int _first;
        private int _count;
        private int _successes;
        private int _failures;

        public RollingHealth(TimeSpan samplingDuration)
        {
            _samplingDuration = samplingDuration;
            _windowDuration = TimeSpan.FromTicks(samplingDuration.Ticks / 10);
        }

        public void Success(DateTimeOffset now)
        {
            _successes++;
            _windows[Current(now)].Successes++;
        }

        public void Failure(DateTimeOffset now)
        {
            _failures++;
            _windows[Current(now)].Failures++;
        }

        public void Read(DateTimeOffset now, out int throughput, out int failures)
        {
            Current(now);
            throughput = _successes + _failures;
            failures = _failures;
        }

        public void Reset()
        {
            _successes = 0;
            _failures = 0;
            _first = 0;
            _count = 0;
        }

        private int Current(DateTimeOffset now)
        {
            if (_count == 0 || now - _windows[Index(_count - 1)].StartedAt >= _windowDuration)
            {
                if (_count == _windows.Length)
                {
                    Drop();
                }

                _windows[Index(_count)] = new Window { StartedAt = now };
                _count++;
            }

            while (_count > 0 && now - _windows[_first].StartedAt >= _samplingDuration)
            {
                Drop();
            }

            return Index(_count - 1);
        }

        private void Drop()
        {
            _successes -= _windows[_first].Successes;
            _failures -= _windows[_first].Failures;
            _first = (_first + 1) % _windows.Length;
            _count--;
        }

        private int Index(int offset) => (_first + offset) % _windows.Length;

        private struct Window
        {
            public int Successes;
            public int Failures;
            public DateTimeOffset StartedAt;
        }
    }
}
