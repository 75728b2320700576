namespace Aps.Sdk;

/// <summary>
/// Long-running work APS finishes later (a translation, an export, a project creation). Poll it with
/// <see cref="UpdateStatusAsync"/> or wait with <see cref="WaitForCompletionAsync(IProgress{ApsOperationProgress}?, CancellationToken)"/>,
/// which backs off, honours <c>Retry-After</c> and takes its time from the injected <see cref="TimeProvider"/>.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
public abstract class ApsOperation<T>
{
    /// <summary>Creates an operation (for mocks and derived types).</summary>
    protected ApsOperation()
    {
    }

    /// <summary>Gets the id of the work (a job id, a URN, …).</summary>
    public abstract string Id { get; }

    /// <summary>Gets a value indicating whether the work has finished successfully.</summary>
    public abstract bool HasCompleted { get; }

    /// <summary>Gets the last progress seen, if any.</summary>
    public abstract ApsOperationProgress? LastProgress { get; }

    /// <summary>Gets the result.</summary>
    /// <exception cref="InvalidOperationException">The work has not completed yet.</exception>
    public abstract T Value { get; }

    /// <summary>Asks APS once for the current state.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The progress; <see cref="HasCompleted"/> tells whether the work is done.</returns>
    /// <exception cref="ApsException">The work failed, or the call did.</exception>
    public abstract Task<ApsOperationProgress> UpdateStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Polls until the work is done.</summary>
    /// <param name="cancellationToken">Cancels the wait (the work itself goes on at APS).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ApsException">The work failed, timed out, or a call failed.</exception>
    public virtual Task<T> WaitForCompletionAsync(CancellationToken cancellationToken)
        => WaitForCompletionAsync(null, cancellationToken);

    /// <summary>Polls until the work is done, reporting progress.</summary>
    /// <param name="progress">Receives each new progress.</param>
    /// <param name="cancellationToken">Cancels the wait (the work itself goes on at APS).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ApsException">The work failed, timed out, or a call failed.</exception>
    public abstract Task<T> WaitForCompletionAsync(IProgress<ApsOperationProgress>? progress = null, CancellationToken cancellationToken = default);
}
