using Microsoft.Extensions.Caching.Distributed;

namespace Aps.Sdk.Authentication;

/// <summary>
/// An <see cref="IApsTokenStore"/> shared by several instances of an app, over any <see cref="IDistributedCache"/>
/// plus an <see cref="IApsDistributedLock"/>. <see cref="IDistributedCache"/> has no conditional write, so each
/// compare-and-swap runs inside the lock: take the lock on the session key, read, compare the version, write
/// version + 1, release. Entries are small JSON documents, encrypted when
/// <see cref="DistributedCacheApsTokenStoreOptions.Protector"/> is set, and live
/// <see cref="DistributedCacheApsTokenStoreOptions.EntryLifetime"/> after their last write.
/// </summary>
/// <remarks>
/// <para>
/// <b>The one assumption.</b> A lock lease can run out while its holder is paused (garbage collection, a frozen VM or
/// container), after which another instance may take the lock and both may write. The store narrows this: it writes
/// only if less than half of <see cref="DistributedCacheApsTokenStoreOptions.LockLease"/> has passed since it asked
/// for the lock (otherwise it releases it and returns <see langword="false"/>, and the caller re-reads). What remains
/// assumed is that the single cache write that follows lands within the other half of the lease (5 seconds by
/// default). A store with an atomic conditional write, such as Aps.Sdk.Redis's <c>RedisApsTokenStore</c> (one Lua
/// script per swap), needs no such assumption; prefer it when the backend offers one.
/// </para>
/// <para>
/// <b>Lock held elsewhere.</b> A swap that cannot take the lock within
/// <see cref="DistributedCacheApsTokenStoreOptions.LockWait"/> returns <see langword="false"/>, as when someone else
/// changed the entry first: the caller re-reads and tries again. Errors of the cache or the lock propagate.
/// </para>
/// <para>
/// <b>Unreadable entries</b> (tampered, protected with another key, corrupt): <see cref="GetAsync"/> returns
/// <see langword="null"/>, so the user is asked to sign in again; a swap expecting a version fails; only a swap
/// expecting −1 (a new sign-in) replaces the unreadable entry, and inside the lock, so two sign-ins cannot both win it.
/// </para>
/// </remarks>
public sealed class DistributedCacheApsTokenStore : IApsTokenStore
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly IDistributedCache _cache;
    private readonly IApsDistributedLock _lock;
    private readonly TimeProvider _time;
    private readonly string _prefix;
    private readonly IApsTokenProtector? _protector;
    private readonly TimeSpan _entryLifetime;
    private readonly TimeSpan _lockLease;
    private readonly TimeSpan _lockWait;

    /// <summary>Creates the store.</summary>
    /// <param name="cache">The cache every instance shares (Redis, SQL Server, …).</param>
    /// <param name="distributedLock">The lock every instance shares; the swap is only as safe as this lock.</param>
    /// <param name="options">The settings; the defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A lifetime, lease or wait in <paramref name="options"/> is out of range.</exception>
    public DistributedCacheApsTokenStore(IDistributedCache cache, IApsDistributedLock distributedLock, DistributedCacheApsTokenStoreOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(distributedLock);
        options ??= new DistributedCacheApsTokenStoreOptions();
        ArgumentNullException.ThrowIfNull(options.KeyPrefix, "options.KeyPrefix");
        if (options.EntryLifetime <= TimeSpan.Zero || options.LockLease <= TimeSpan.Zero || options.LockWait < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "EntryLifetime and LockLease must be positive and LockWait must not be negative.");
        }

        _cache = cache;
        _lock = distributedLock;
        _time = timeProvider ?? TimeProvider.System;
        _prefix = options.KeyPrefix;
        _protector = options.Protector;
        _entryLifetime = options.EntryLifetime;
        _lockLease = options.LockLease;
        _lockWait = options.LockWait;
    }

    /// <inheritdoc />
    /// <remarks>An unreadable entry reads as <see langword="null"/>.</remarks>
    public async ValueTask<ApsStoredToken?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var data = await _cache.GetAsync(_prefix + key, cancellationToken).ConfigureAwait(false);
        return data is not null && ApsStoredTokenCodec.TryDecode(data, _protector, out var value) ? value : null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Also <see langword="false"/> when the lock could not be taken within
    /// <see cref="DistributedCacheApsTokenStoreOptions.LockWait"/>, or when half of
    /// <see cref="DistributedCacheApsTokenStoreOptions.LockLease"/> passed before the write; nothing is written then.
    /// </remarks>
    public async ValueTask<bool> TryReplaceAsync(string key, long expectedVersion, ApsStoredToken value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedVersion, -1);
        var cacheKey = _prefix + key;
        var (lease, acquiredSince) = await AcquireAsync(cacheKey, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return false;
        }

        try
        {
            var data = await _cache.GetAsync(cacheKey, cancellationToken).ConfigureAwait(false);
            long newVersion;
            if (data is not null && ApsStoredTokenCodec.TryDecode(data, _protector, out var current))
            {
                if (current!.Version != expectedVersion)
                {
                    return false;
                }

                newVersion = expectedVersion + 1;
            }
            else
            {
                // No entry, or an unreadable one: only a new entry (−1) may take its place.
                if (expectedVersion != -1)
                {
                    return false;
                }

                newVersion = 0;
            }

            var bytes = ApsStoredTokenCodec.Encode(value, newVersion, _protector);
            if (_time.GetElapsedTime(acquiredSince) * 2 >= _lockLease)
            {
                // The lease may be about to run out (a pause since it was taken): do not write; the caller re-reads.
                return false;
            }

            await _cache.SetAsync(cacheKey, bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = _entryLifetime }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            await ReleaseAsync(lease).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Removes under the lock when it can be taken within <see cref="DistributedCacheApsTokenStoreOptions.LockWait"/>
    /// (so a swap in flight cannot bring the entry back), and removes anyway when it cannot: sign-out always wins.
    /// </remarks>
    public async ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var cacheKey = _prefix + key;
        var (lease, _) = await AcquireAsync(cacheKey, cancellationToken).ConfigureAwait(false);
        try
        {
            await _cache.RemoveAsync(cacheKey, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (lease is not null)
            {
                await ReleaseAsync(lease).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Takes the lock, retrying with a growing delay up to the wait; returns the lease and when it was asked for.</summary>
    private async ValueTask<(IAsyncDisposable? Lease, long AskedAt)> AcquireAsync(string resource, CancellationToken cancellationToken)
    {
        var waitStarted = _time.GetTimestamp();
        var delay = FirstRetryDelay;
        while (true)
        {
            var askedAt = _time.GetTimestamp();
            var lease = await _lock.TryAcquireAsync(resource, _lockLease, cancellationToken).ConfigureAwait(false);
            if (lease is not null)
            {
                return (lease, askedAt);
            }

            var waited = _time.GetElapsedTime(waitStarted);
            if (waited >= _lockWait)
            {
                return (null, 0);
            }

            var pause = delay < _lockWait - waited ? delay : _lockWait - waited;
            await Task.Delay(pause, _time, cancellationToken).ConfigureAwait(false);
            delay = delay + delay < MaxRetryDelay ? delay + delay : MaxRetryDelay;
        }
    }

    private static async ValueTask ReleaseAsync(IAsyncDisposable lease)
    {
        try
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A lease that cannot be released runs out by itself; the swap's outcome stands.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
