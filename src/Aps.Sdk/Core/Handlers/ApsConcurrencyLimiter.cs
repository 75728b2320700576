namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// The client-side concurrency limit of one host and API area: at most <c>permitLimit</c> calls in flight, up to
/// <c>queueLimit</c> more waiting, served oldest first; a call that finds the queue full is rejected at once. The same
/// rules as <c>System.Threading.RateLimiting.ConcurrencyLimiter</c> with <c>QueueProcessingOrder.OldestFirst</c> and one
/// permit per call (while anyone waits, a newcomer queues behind them even if a permit is free for a moment), without
/// a lease object per call: taking a free permit allocates nothing.
/// </summary>
internal sealed class ApsConcurrencyLimiter
{
    private static readonly Task<bool> Acquired = Task.FromResult(true);
    private static readonly Task<bool> Rejected = Task.FromResult(false);

    private readonly object _gate = new();
    private readonly Queue<Waiter> _queue = new();
    private readonly int _queueLimit;
    private int _available;
    private int _queued;

    public ApsConcurrencyLimiter(int permitLimit, int queueLimit)
    {
        _available = permitLimit;
        _queueLimit = queueLimit;
    }

    /// <summary>Gets the permits free right now (for tests).</summary>
    internal int Available
    {
        get
        {
            lock (_gate)
            {
                return _available;
            }
        }
    }

    /// <summary>Gets the calls waiting right now (for tests).</summary>
    internal int Queued
    {
        get
        {
            lock (_gate)
            {
                return _queued;
            }
        }
    }

    /// <summary>Takes a free permit when nobody waits; false otherwise (then <see cref="WaitAsync"/>).</summary>
    public bool TryAcquire()
    {
        lock (_gate)
        {
            if (_available > 0 && _queued == 0)
            {
                _available--;
                return true;
            }

            return false;
        }
    }

    /// <summary>
    /// Takes a permit, waiting in the queue for one when none is free: true once acquired, false when the queue is full
    /// (rejected). Cancelling <paramref name="cancellationToken"/> while waiting leaves the queue and throws
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            if (_available > 0 && _queued == 0)
            {
                _available--;
                return Acquired;
            }

            if (_queueLimit - _queued < 1)
            {
                return Rejected;
            }

            waiter = new Waiter(this);
            _queue.Enqueue(waiter);
            _queued++;
        }

        return WaitQueuedAsync(waiter, cancellationToken);
    }

    private static async Task<bool> WaitQueuedAsync(Waiter waiter, CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static (state, token) => ((Waiter)state!).Owner.Cancel((Waiter)state, token), waiter)
            : default;
        return await waiter.Task.ConfigureAwait(false);
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (_gate)
        {
            if (waiter.Done)
            {
                return;
            }

            // Left in the queue and skipped by Release: taking it out of the middle would cost a linked list node per wait.
            waiter.Done = true;
            _queued--;
        }

        waiter.TrySetException(new OperationCanceledException(token));
    }

    /// <summary>Gives a permit back: to the oldest waiter if any, else to the pool.</summary>
    public void Release()
    {
        Waiter? next = null;
        lock (_gate)
        {
            while (_queue.TryDequeue(out var waiter))
            {
                if (!waiter.Done)
                {
                    waiter.Done = true;
                    _queued--;
                    next = waiter;
                    break;
                }
            }

            if (next is null)
            {
                _available++;
            }
        }

        next?.TrySetResult(true);
    }

    private sealed class Waiter : TaskCompletionSource<bool>
    {
        public Waiter(ApsConcurrencyLimiter owner)
            : base(TaskCreationOptions.RunContinuationsAsynchronously)
            => Owner = owner;

        public ApsConcurrencyLimiter Owner { get; }

        /// <summary>Gets or sets a value indicating whether the waiter got its permit or left (guarded by the limiter's lock).</summary>
        public bool Done { get; set; }
    }
}
