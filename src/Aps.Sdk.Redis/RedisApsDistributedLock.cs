using System.Security.Cryptography;
using Aps.Sdk.Authentication;
using StackExchange.Redis;

namespace Aps.Sdk.Redis;

/// <summary>
/// An <see cref="IApsDistributedLock"/> in Redis, for <see cref="DistributedCacheApsTokenStore"/>: taking the lock is
/// <c>SET {keyPrefix}{resource} {random owner token} NX PX {lease}</c>; releasing it is a Lua script that deletes the key
/// only if it still holds this lease's owner token, so a lease that ran out never releases the next holder's lock.
/// </summary>
/// <remarks>
/// A single Redis server (or a primary with replicas) is assumed: a failover that loses the key before it reached a
/// replica can let a second holder in, which is why <see cref="DistributedCacheApsTokenStore"/> documents its
/// assumption and <see cref="RedisApsTokenStore"/>, which needs no lock, is preferred with Redis.
/// </remarks>
public sealed class RedisApsDistributedLock : IApsDistributedLock
{
    // KEYS[1] = lock; ARGV[1] = owner token.
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly string _keyPrefix;

    /// <summary>Creates the lock.</summary>
    /// <param name="redis">The connection (share one per app), on the connection's default database.</param>
    /// <param name="keyPrefix">The prefix of every lock key; <c>aps:lock:</c> by default.</param>
    public RedisApsDistributedLock(IConnectionMultiplexer redis, string keyPrefix = "aps:lock:")
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _redis = redis;
        _keyPrefix = keyPrefix;
    }

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan leaseTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (leaseTime < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(leaseTime), "The lease time must be at least one millisecond.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var key = new RedisKey(_keyPrefix + resource);
        var owner = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var database = _redis.GetDatabase();
        var taken = await database.StringSetAsync(key, owner, leaseTime, When.NotExists).ConfigureAwait(false);
        return taken ? new Lease(database, key, owner) : null;
    }

    /// <summary>One held lock; disposing it releases the lock if this lease still holds it.</summary>
    private sealed class Lease(IDatabase database, RedisKey key, string owner) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await database.ScriptEvaluateAsync(ReleaseScript, [key], [owner]).ConfigureAwait(false);
            }
        }

        public override string ToString() => "RedisApsDistributedLock lease";
    }
}
