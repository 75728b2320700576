using System.Runtime.ExceptionServices;

namespace Aps.Sdk.Oss;

/// <summary>
/// The first real failure of a transfer's workers; recording one cancels the others. Cancellations caused by that
/// (or by the caller) are not failures.
/// </summary>
internal sealed class TransferFailure
{
    private readonly CancellationTokenSource _workers;
    private ExceptionDispatchInfo? _first;

    public TransferFailure(CancellationTokenSource workers) => _workers = workers;

    public bool HasFailed => Volatile.Read(ref _first) is not null;

    public void Record(Exception exception)
    {
        // Once the workers are cancelled (by the caller or by an earlier failure), what they throw is a consequence.
        if (exception is not OperationCanceledException && !_workers.IsCancellationRequested)
        {
            Interlocked.CompareExchange(ref _first, ExceptionDispatchInfo.Capture(exception), null);
        }

        try
        {
            _workers.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The transfer is over.
        }
    }

    /// <summary>Throws the first failure, else the caller's cancellation, else (workers cancelled for no known reason) a cancellation.</summary>
    public void ThrowIfAny(CancellationToken callerToken)
    {
        Volatile.Read(ref _first)?.Throw();
        callerToken.ThrowIfCancellationRequested();
        if (_workers.IsCancellationRequested)
        {
            throw new OperationCanceledException(_workers.Token);
        }
    }
}
