namespace Aps.Sdk.Core.Operations;

/// <summary>One poll's outcome: still running (with progress), done (with the value), or failed.</summary>
internal readonly record struct PollResult<T>(ApsOperationProgress Progress, bool Completed, T? Value, Exception? Failure)
{
    public static PollResult<T> Running(ApsOperationProgress progress) => new(progress, false, default, null);

    public static PollResult<T> Done(ApsOperationProgress progress, T value) => new(progress, true, value, null);

    public static PollResult<T> Failed(ApsOperationProgress progress, Exception failure) => new(progress, false, default, failure);
}

/// <summary>
/// The <see cref="ApsOperation{T}"/> every area uses: a poll delegate plus backoff that honours <c>Retry-After</c>,
/// with time from the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class PollingOperation<T> : ApsOperation<T>
{
    private readonly Func<CancellationToken, Task<PollResult<T>>> _poll;
    private readonly TimeProvider _time;
    private readonly ApsPollingOptions _polling;
    private T? _value;
    private bool _completed;
    private ApsOperationProgress? _lastProgress;

    public PollingOperation(string id, Func<CancellationToken, Task<PollResult<T>>> poll, TimeProvider time, ApsPollingOptions? polling = null, string? description = null)
    {
        Id = id;
        _poll = poll;
        _time = time;
        _polling = polling ?? new ApsPollingOptions();
        _polling.Validate();
        Description = description ?? "operation";
    }

    public override string Id { get; }

    public string Description { get; }

    public override bool HasCompleted => _completed;

    public override ApsOperationProgress? LastProgress => _lastProgress;

    public override T Value => _completed ? _value! : throw new InvalidOperationException($"The {Description} '{Id}' has not completed yet; wait for it first.");

    public override async Task<ApsOperationProgress> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        if (_completed && _lastProgress is { } done)
        {
            return done;
        }

        var result = await _poll(cancellationToken).ConfigureAwait(false);
        _lastProgress = result.Progress;
        if (result.Failure is not null)
        {
            throw result.Failure;
        }

        if (result.Completed)
        {
            _value = result.Value;
            _completed = true;
        }

        return result.Progress;
    }

    public override async Task<T> WaitForCompletionAsync(IProgress<ApsOperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var start = _time.GetTimestamp();
        var delay = _polling.InitialDelay;
        ApsOperationProgress? reported = null;
        while (true)
        {
            var current = await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
            if (reported is null || reported.Status != current.Status || reported.PercentComplete != current.PercentComplete || reported.Message != current.Message)
            {
                progress?.Report(current);
                reported = current;
            }

            if (_completed)
            {
                return _value!;
            }

            var wait = current.RetryAfter is { } retryAfter && retryAfter > delay ? retryAfter : delay;
            if (_polling.Timeout is { } timeout)
            {
                var left = timeout - _time.GetElapsedTime(start);
                if (left <= TimeSpan.Zero)
                {
                    throw new ApsException($"The {Description} '{Id}' did not complete within {timeout} (last status: {current}).", new TimeoutException());
                }

                if (wait > left)
                {
                    wait = left;
                }
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(_polling.MaxDelay.Ticks, (long)(delay.Ticks * _polling.BackoffFactor)));
        }
    }
}
