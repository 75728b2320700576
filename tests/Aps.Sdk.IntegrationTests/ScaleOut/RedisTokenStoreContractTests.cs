using Aps.Sdk.Authentication;
using Aps.Sdk.IntegrationTests.ScaleOut;
using Aps.Sdk.Redis;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

#pragma warning disable IDE0130 // The linked contract's attribute lives in the contract's namespace.
namespace Aps.Sdk.Tests.Authentication;
#pragma warning restore IDE0130

/// <summary>The contract's facts, against a real Redis: skipped, with the reason shown, when APS_TEST_REDIS is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
    public StoreFactAttribute()
    {
        if (TestRedis.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>Two connections to one Redis (two app instances); each test under its own key prefix.</summary>
public abstract class RedisContractBase : TokenStoreContract, IDisposable
{
    private readonly Lazy<ConnectionMultiplexer[]> _connections = new(() =>
    [
        ConnectionMultiplexer.Connect(TestRedis.RequireEndpoint()),
        ConnectionMultiplexer.Connect(TestRedis.RequireEndpoint()),
    ]);

    private int _next;

    protected string Prefix { get; } = "aps-test:" + Guid.NewGuid().ToString("N") + ":";

    /// <summary>The next connection, alternating, so stores created one after the other talk over different connections.</summary>
    protected ConnectionMultiplexer NextConnection() => _connections.Value[Interlocked.Increment(ref _next) % 2];

    public void Dispose()
    {
        if (_connections.IsValueCreated)
        {
            var server = _connections.Value[0].GetServers()[0];
            foreach (var key in server.Keys(pattern: Prefix + "*"))
            {
                _connections.Value[0].GetDatabase().KeyDelete(key);
            }

            foreach (var connection in _connections.Value)
            {
                connection.Dispose();
            }
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The <see cref="IApsTokenStore"/> contract of <see cref="RedisApsTokenStore"/> (one Lua script per swap).</summary>
public sealed class RedisApsTokenStoreContractTests : RedisContractBase
{
    protected override IApsTokenStore CreateStore() => new RedisApsTokenStore(NextConnection(), new RedisApsTokenStoreOptions { KeyPrefix = Prefix });
}

/// <summary>The contract of <see cref="DistributedCacheApsTokenStore"/> over <see cref="RedisCache"/> and <see cref="RedisApsDistributedLock"/>.</summary>
public sealed class DistributedCacheOverRedisTokenStoreContractTests : RedisContractBase
{
    protected override IApsTokenStore CreateStore()
    {
        var connection = NextConnection();
        var cache = new RedisCache(new RedisCacheOptions
        {
            ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(connection),
            InstanceName = Prefix,
        });
        return new DistributedCacheApsTokenStore(cache, new RedisApsDistributedLock(connection, Prefix + "lock:"));
    }
}
