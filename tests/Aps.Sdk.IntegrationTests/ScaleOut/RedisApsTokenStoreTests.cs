using System.Text;
using Aps.Sdk.Authentication;
using Aps.Sdk.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Aps.Sdk.Tests.Authentication;
using StackExchange.Redis;

namespace Aps.Sdk.IntegrationTests.ScaleOut;

/// <summary>
/// <see cref="RedisApsTokenStore"/> on a real Redis (APS_TEST_REDIS): the Lua swap under contention from two
/// connections, the stored layout and expiry, protection, unreadable entries, and the DI registrations.
/// </summary>
public sealed class RedisApsTokenStoreTests : IDisposable
{
    private static readonly DateTimeOffset Expiry = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private readonly Lazy<ConnectionMultiplexer> _a = new(() => ConnectionMultiplexer.Connect(TestRedis.RequireEndpoint()));
    private readonly Lazy<ConnectionMultiplexer> _b = new(() => ConnectionMultiplexer.Connect(TestRedis.RequireEndpoint()));
    private readonly string _prefix = "aps-test:" + Guid.NewGuid().ToString("N") + ":";

    private ConnectionMultiplexer A => _a.Value;

    private ConnectionMultiplexer B => _b.Value;

    public void Dispose()
    {
        if (_a.IsValueCreated)
        {
            foreach (var db in new[] { -1, 3 })
            {
                foreach (var key in A.GetServers()[0].Keys(database: db < 0 ? 0 : db, pattern: _prefix + "*"))
                {
                    A.GetDatabase(db).KeyDelete(key);
                }
            }

            A.Dispose();
        }

        if (_b.IsValueCreated)
        {
            B.Dispose();
        }
    }

    private static ApsStoredToken Pair(string suffix) => new()
    {
        AccessToken = "access-" + suffix,
        RefreshToken = "refresh-" + suffix,
        ExpiresOn = Expiry,
        Scope = "data:read",
    };

    private RedisApsTokenStore Store(IConnectionMultiplexer connection, IApsTokenProtector? protector = null, int database = -1)
        => new(connection, new RedisApsTokenStoreOptions { KeyPrefix = _prefix, Protector = protector, Database = database });

    [RedisFact]
    public async Task A_hundred_concurrent_swaps_from_two_connections_have_exactly_one_winner_per_version()
    {
        var storeA = Store(A);
        var storeB = Store(B);
        (await storeA.TryReplaceAsync("s", -1, Pair("seed"), CancellationToken.None)).Should().BeTrue();

        for (long version = 0; version < 10; version++)
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var expected = version;
            var attempts = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
            {
                await start.Task;
                return await (i % 2 == 0 ? storeA : storeB).TryReplaceAsync("s", expected, Pair($"v{expected}-c{i}"), CancellationToken.None);
            })).ToArray();
            start.SetResult();
            var results = await Task.WhenAll(attempts);

            results.Count(r => r).Should().Be(1, $"exactly one swap from version {version} wins");
            var entry = await storeB.GetAsync("s", CancellationToken.None);
            entry!.Version.Should().Be(version + 1);
            entry.AccessToken.Should().Be($"access-v{version}-c{Array.IndexOf(results, true)}");
        }
    }

    [RedisFact]
    public async Task An_entry_is_one_hash_with_the_version_and_the_json_and_expires_its_lifetime_after_the_last_write()
    {
        var store = new RedisApsTokenStore(A, new RedisApsTokenStoreOptions { KeyPrefix = _prefix, EntryLifetime = TimeSpan.FromHours(2) });
        await store.TryReplaceAsync("s", -1, Pair("a"), CancellationToken.None);
        var db = A.GetDatabase();
        await db.KeyExpireAsync(_prefix + "s", TimeSpan.FromMinutes(1)); // as if time passed: the next write restores the lifetime

        await store.TryReplaceAsync("s", 0, Pair("b"), CancellationToken.None);

        var fields = (await db.HashGetAllAsync(_prefix + "s")).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        fields.Keys.Should().BeEquivalentTo("version", "data");
        fields["version"].Should().Be("1");
        fields["data"].Should().Contain("\"v\":1").And.Contain("\"accessToken\":\"access-b\"").And.Contain("\"refreshToken\":\"refresh-b\"");
        var ttl = await db.KeyTimeToLiveAsync(_prefix + "s");
        ttl.Should().BeGreaterThan(TimeSpan.FromMinutes(100)).And.BeLessThanOrEqualTo(TimeSpan.FromHours(2));
        new RedisApsTokenStoreOptions().EntryLifetime.Should().Be(TimeSpan.FromDays(30));
    }

    [RedisFact]
    public async Task The_database_option_picks_the_redis_database()
    {
        var store = Store(A, database: 3);

        await store.TryReplaceAsync("s", -1, Pair("a"), CancellationToken.None);

        (await A.GetDatabase(3).KeyExistsAsync(_prefix + "s")).Should().BeTrue();
        (await A.GetDatabase(0).KeyExistsAsync(_prefix + "s")).Should().BeFalse();
        (await Store(B, database: 3).GetAsync("s", CancellationToken.None))!.AccessToken.Should().Be("access-a");
        (await Store(B).GetAsync("s", CancellationToken.None)).Should().BeNull();
    }

    [RedisFact]
    public async Task A_protector_keeps_tokens_out_of_redis_and_another_key_cannot_read_them()
    {
        var store = Store(A, new TaggedTestProtector("k1"));
        await store.TryReplaceAsync("s", -1, Pair("secret") with { IdToken = "id-secret" }, CancellationToken.None);

        var raw = Encoding.UTF8.GetString((byte[])(await A.GetDatabase().HashGetAsync(_prefix + "s", "data"))!);

        raw.Should().NotContain("access-secret").And.NotContain("refresh-secret").And.NotContain("id-secret");
        (await Store(B, new TaggedTestProtector("k1")).GetAsync("s", CancellationToken.None))!.RefreshToken.Should().Be("refresh-secret");
        (await Store(B, new TaggedTestProtector("k2")).GetAsync("s", CancellationToken.None)).Should().BeNull();
    }

    public static TheoryData<string, string?> Unreadable() => new()
    {
        { "0", "not json" },
        { "abc", """{"v":1,"accessToken":"a","refreshToken":"r","expiresOn":"2031-01-01T00:00:00Z"}""" },
        { "2", null },
        { "4", """{"v":9,"accessToken":"a","refreshToken":"r","expiresOn":"2031-01-01T00:00:00Z"}""" },
    };

    [RedisTheory]
    [MemberData(nameof(Unreadable))]
    public async Task An_unreadable_entry_reads_as_null_and_only_a_new_sign_in_replaces_it(string version, string? data)
    {
        var db = A.GetDatabase();
        await db.HashSetAsync(_prefix + "s", data is null ? [new HashEntry("version", version)] : [new HashEntry("version", version), new HashEntry("data", data), new HashEntry("stray", "x")]);
        var store = Store(A);

        (await store.GetAsync("s", CancellationToken.None)).Should().BeNull();
        (await store.TryReplaceAsync("s", 99, Pair("a"), CancellationToken.None)).Should().BeFalse();
        (await db.HashGetAsync(_prefix + "s", "version")).ToString().Should().Be(version, "a swap from another version never touches the entry");

        (await store.TryReplaceAsync("s", -1, Pair("new"), CancellationToken.None)).Should().BeTrue();

        (await Store(B).GetAsync("s", CancellationToken.None)).Should().Be(Pair("new"));
        (await db.HashKeysAsync(_prefix + "s")).Select(k => k.ToString()).Should().BeEquivalentTo("version", "data");
        (await db.KeyTimeToLiveAsync(_prefix + "s")).Should().NotBeNull("the replaced entry expires like any other");
    }

    [RedisFact]
    public async Task Concurrent_sign_ins_over_one_unreadable_entry_have_exactly_one_winner()
    {
        await A.GetDatabase().HashSetAsync(_prefix + "s", [new HashEntry("version", "7"), new HashEntry("data", "garbage")]);
        var stores = new[] { Store(A), Store(B) };

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => stores[i % 2].TryReplaceAsync("s", -1, Pair("signin-" + i), CancellationToken.None).AsTask())));

        results.Count(r => r).Should().Be(1);
        var entry = await stores[0].GetAsync("s", CancellationToken.None);
        entry.Should().Be(Pair("signin-" + Array.IndexOf(results, true)));
    }

    [RedisFact]
    public async Task A_cancelled_token_stops_the_call_before_anything_is_sent()
    {
        var store = Store(A);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => store.TryReplaceAsync("s", -1, Pair("a"), cancelled.Token).AsTask();

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await A.GetDatabase().KeyExistsAsync(_prefix + "s")).Should().BeFalse();
    }

    [RedisFact]
    public async Task UseRedisTokenStore_with_a_configuration_string_registers_the_store_with_a_registered_protector()
    {
        var services = new ServiceCollection();
        var protector = new TaggedTestProtector("k");
        services.AddSingleton<IApsTokenProtector>(protector);
        services.AddApsClients(o => { o.ClientId = "id"; o.ClientSecret = "secret"; })
            .UseRedisTokenStore(TestRedis.RequireEndpoint(), o => o.KeyPrefix = _prefix);
        ApsStoredToken? read;
        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IApsTokenStore>();
            store.Should().BeOfType<RedisApsTokenStore>();
            (await store.TryReplaceAsync("s", -1, Pair("a"), CancellationToken.None)).Should().BeTrue();
            read = await store.GetAsync("s", CancellationToken.None);
        }

        read!.AccessToken.Should().Be("access-a");
        protector.Protected.Should().Be(1);
        (await Store(A, new TaggedTestProtector("k")).GetAsync("s", CancellationToken.None))!.RefreshToken.Should().Be("refresh-a");
    }

    [RedisFact]
    public async Task UseRedisTokenStore_over_the_apps_connection_and_a_named_registration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConnectionMultiplexer>(A);
        services.AddApsClients("second", o => { o.ClientId = "id"; o.ClientSecret = "secret"; })
            .UseRedisTokenStore(sp => sp.GetRequiredService<IConnectionMultiplexer>(), o => o.KeyPrefix = _prefix + "second:");
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredKeyedService<IApsTokenStore>("second");
        await store.TryReplaceAsync("s", -1, Pair("a"), CancellationToken.None);

        store.Should().BeOfType<RedisApsTokenStore>();
        provider.GetRequiredService<IApsTokenStore>().Should().BeOfType<InMemoryApsTokenStore>();
        (await A.GetDatabase().KeyExistsAsync(_prefix + "second:s")).Should().BeTrue();
    }

    [RedisFact]
    public async Task UseDistributedCacheTokenStore_with_AddRedisDistributedLock_and_a_redis_cache_works_end_to_end()
    {
        var services = new ServiceCollection();
        services.AddStackExchangeRedisCache(o => { o.Configuration = TestRedis.RequireEndpoint(); o.InstanceName = _prefix; });
        services.AddApsClients(o => { o.ClientId = "id"; o.ClientSecret = "secret"; })
            .AddRedisDistributedLock(TestRedis.RequireEndpoint(), _prefix + "lock:")
            .UseDistributedCacheTokenStore();
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IApsTokenStore>();
        (await store.TryReplaceAsync("s", -1, Pair("a"), CancellationToken.None)).Should().BeTrue();
        (await store.TryReplaceAsync("s", 0, Pair("b"), CancellationToken.None)).Should().BeTrue();

        store.Should().BeOfType<DistributedCacheApsTokenStore>();
        provider.GetRequiredService<IApsDistributedLock>().Should().BeOfType<RedisApsDistributedLock>();
        (await store.GetAsync("s", CancellationToken.None))!.Version.Should().Be(1);
        (await provider.GetRequiredService<IDistributedCache>().GetAsync("aps:session:s")).Should().NotBeNull();
        (await A.GetDatabase().KeyExistsAsync(_prefix + "lock:aps:session:s")).Should().BeFalse("the lock is released after each swap");
    }

}
