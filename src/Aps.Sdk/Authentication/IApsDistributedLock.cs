namespace Aps.Sdk.Authentication;

/// <summary>
/// A lock shared by every instance of an app, which <see cref="DistributedCacheApsTokenStore"/> holds around each
/// compare-and-swap. A lease ends when it is disposed or when its lease time runs out, whichever comes first.
/// Aps.Sdk.Redis offers one over Redis (<c>RedisApsDistributedLock</c>).
/// </summary>
public interface IApsDistributedLock
{
    /// <summary>Tries once to take the lock on <paramref name="resource"/>; never waits for a holder to let go.</summary>
    /// <param name="resource">What to lock (the store's key of one session).</param>
    /// <param name="leaseTime">How long the lock holds at most, if the lease is never disposed (a crashed holder).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The lease (dispose it to release the lock, which only releases this lease, never a later holder's), or
    /// <see langword="null"/> when someone else holds the lock.
    /// </returns>
    ValueTask<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan leaseTime, CancellationToken cancellationToken);
}
