using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>The <see cref="IApsTokenStore"/> contract of <see cref="DistributedCacheApsTokenStore"/>: several stores (instances) over one cache and one lock.</summary>
public sealed class DistributedCacheTokenStoreContractTests : TokenStoreContract
{
    private readonly MemoryDistributedCache _cache = new(Options.Create(new MemoryDistributedCacheOptions()));
    private readonly TestDistributedLock _lock = new();

    protected override IApsTokenStore CreateStore() => new DistributedCacheApsTokenStore(_cache, _lock);
}

/// <summary>What <see cref="DistributedCacheApsTokenStore"/> adds to the contract: the lock, its lease, protection, unreadable entries, expiry.</summary>
public sealed class DistributedCacheApsTokenStoreTests
{
    private const string Session = "aps-session:abc";
    private const string CacheKey = "aps:session:" + Session;
    private static readonly DateTimeOffset Expiry = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryDistributedCache _memory = new(Options.Create(new MemoryDistributedCacheOptions()));
    private readonly TestDistributedLock _lock = new();

    private static ApsStoredToken Pair(string suffix) => new()
    {
        AccessToken = "access-" + suffix,
        RefreshToken = "refresh-" + suffix,
        ExpiresOn = Expiry,
        Scope = "data:read",
    };

    [Fact]
    public async Task Each_swap_takes_the_lock_on_the_prefixed_key_with_the_lease_time_and_releases_it()
    {
        var store = new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { KeyPrefix = "app1:", LockLease = TimeSpan.FromSeconds(7) });

        (await store.TryReplaceAsync("k", -1, Pair("a"), CancellationToken.None)).Should().BeTrue();
        (await store.TryReplaceAsync("k", 5, Pair("b"), CancellationToken.None)).Should().BeFalse();

        _lock.Acquired.Should().Be(2);
        _lock.LeaseTimes.Should().Equal(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7));
        _lock.HeldResources.Should().BeEmpty("the lock is released after a win and after a loss");
        (await _memory.GetAsync("app1:k")).Should().NotBeNull("entries live under the key prefix");
        (await _memory.GetAsync("aps:session:k")).Should().BeNull();
    }

    [Fact]
    public async Task Entries_are_versioned_json_and_expire_the_entry_lifetime_after_the_last_write()
    {
        var recording = new RecordingCache(_memory);
        var store = new DistributedCacheApsTokenStore(recording, _lock, new DistributedCacheApsTokenStoreOptions { EntryLifetime = TimeSpan.FromDays(3) });

        await store.TryReplaceAsync(Session, -1, Pair("a") with { IdToken = "id-a", RefreshLeaseOwner = "me", RefreshLeaseUntil = Expiry }, CancellationToken.None);

        recording.Writes.Should().ContainSingle().Which.Should().Match<DistributedCacheEntryOptions>(o =>
            o.AbsoluteExpirationRelativeToNow == TimeSpan.FromDays(3) && o.SlidingExpiration == null && o.AbsoluteExpiration == null);
        using var json = JsonDocument.Parse(await _memory.GetAsync(CacheKey));
        var root = json.RootElement;
        root.GetProperty("v").GetInt32().Should().Be(1);
        root.GetProperty("version").GetInt64().Should().Be(0);
        root.GetProperty("accessToken").GetString().Should().Be("access-a");
        root.GetProperty("refreshToken").GetString().Should().Be("refresh-a");
        root.GetProperty("expiresOn").GetDateTimeOffset().Should().Be(Expiry);
        root.GetProperty("scope").GetString().Should().Be("data:read");
        root.GetProperty("idToken").GetString().Should().Be("id-a");
        root.GetProperty("leaseOwner").GetString().Should().Be("me");
        root.GetProperty("leaseUntil").GetDateTimeOffset().Should().Be(Expiry);
    }

    [Fact]
    public async Task A_lock_held_elsewhere_past_the_wait_makes_the_swap_lose_without_writing()
    {
        var store = new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { LockWait = TimeSpan.Zero });
        _lock.HoldElsewhere(CacheKey);

        (await store.TryReplaceAsync(Session, -1, Pair("a"), CancellationToken.None)).Should().BeFalse();

        (await _memory.GetAsync(CacheKey)).Should().BeNull();
        _lock.Refused.Should().Be(1, "a zero wait tries once");
    }

    [Fact]
    public async Task A_swap_retries_the_lock_until_the_wait_runs_out()
    {
        var store = new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { LockWait = TimeSpan.FromSeconds(1) }, _time);
        _lock.HoldElsewhere(CacheKey);

        var swap = store.TryReplaceAsync(Session, -1, Pair("a"), CancellationToken.None).AsTask();
        for (var i = 0; i < 400 && !swap.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Yield();
            await Task.Delay(1);
        }

        (await swap).Should().BeFalse();
        _lock.Refused.Should().BeGreaterThan(2, "the lock is asked again while the wait lasts");
        (await _memory.GetAsync(CacheKey)).Should().BeNull();
    }

    [Fact]
    public async Task A_swap_that_waited_wins_once_the_other_holder_lets_go()
    {
        var store = new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { LockWait = TimeSpan.FromMinutes(1) }, _time);
        _lock.HoldElsewhere(CacheKey);

        var swap = store.TryReplaceAsync(Session, -1, Pair("a"), CancellationToken.None).AsTask();
        await WaitUntilAsync(() => _lock.Refused >= 1);
        swap.IsCompleted.Should().BeFalse();
        _lock.ReleaseElsewhere(CacheKey);
        while (!swap.IsCompleted)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        (await swap).Should().BeTrue();
        (await store.GetAsync(Session, CancellationToken.None))!.AccessToken.Should().Be("access-a");
    }

    [Theory]
    [InlineData(4_999, true)]
    [InlineData(5_000, false)]
    [InlineData(60_000, false)]
    public async Task A_swap_writes_only_while_less_than_half_the_lease_has_passed(int pauseMilliseconds, bool writes)
    {
        var paused = new RecordingCache(_memory) { OnGet = () => _time.Advance(TimeSpan.FromMilliseconds(pauseMilliseconds)) };
        var seeded = new DistributedCacheApsTokenStore(_memory, _lock);
        await seeded.TryReplaceAsync(Session, -1, Pair("a"), CancellationToken.None);
        var store = new DistributedCacheApsTokenStore(paused, _lock, new DistributedCacheApsTokenStoreOptions { LockLease = TimeSpan.FromSeconds(10) }, _time);

        var swapped = await store.TryReplaceAsync(Session, 0, Pair("b"), CancellationToken.None);

        swapped.Should().Be(writes);
        var entry = await seeded.GetAsync(Session, CancellationToken.None);
        entry!.AccessToken.Should().Be(writes ? "access-b" : "access-a");
        entry.Version.Should().Be(writes ? 1 : 0);
        _lock.HeldResources.Should().BeEmpty();
    }

    [Fact]
    public async Task The_lock_is_released_when_the_cache_fails_and_the_error_reaches_the_caller()
    {
        var failing = new RecordingCache(_memory) { OnGet = () => throw new InvalidOperationException("cache down") };
        var store = new DistributedCacheApsTokenStore(failing, _lock);

        var act = () => store.TryReplaceAsync(Session, -1, Pair("a"), CancellationToken.None).AsTask();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("cache down");
        _lock.HeldResources.Should().BeEmpty();
    }

    [Fact]
    public async Task A_lease_that_fails_to_release_does_not_undo_a_won_swap()
    {
        var store = new DistributedCacheApsTokenStore(_memory, new FailingReleaseLock());

        (await store.TryReplaceAsync(Session, -1, Pair("a"), CancellationToken.None)).Should().BeTrue();

        (await store.GetAsync(Session, CancellationToken.None))!.AccessToken.Should().Be("access-a");
    }

    [Fact]
    public async Task Remove_takes_the_lock_and_removes_even_when_the_lock_stays_held_elsewhere()
    {
        var store = new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { LockWait = TimeSpan.Zero });
        await store.TryReplaceAsync(Session, -1, Pair("a"), CancellationToken.None);
        await store.RemoveAsync(Session, CancellationToken.None);
        _lock.Acquired.Should().Be(2);
        (await store.GetAsync(Session, CancellationToken.None)).Should().BeNull();

        await store.TryReplaceAsync(Session, -1, Pair("b"), CancellationToken.None);
        _lock.HoldElsewhere(CacheKey);
        await store.RemoveAsync(Session, CancellationToken.None);

        (await store.GetAsync(Session, CancellationToken.None)).Should().BeNull("sign-out always wins");
        _lock.HeldResources.Should().Equal(CacheKey); // the other holder's lock is left alone
    }

    [Fact]
    public async Task A_protector_encrypts_entries_at_rest_and_a_store_with_another_key_cannot_read_them()
    {
        var protector = new TaggedTestProtector("key-1");
        var store = new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { Protector = protector });

        await store.TryReplaceAsync(Session, -1, Pair("secret") with { IdToken = "id-secret" }, CancellationToken.None);

        var raw = Encoding.UTF8.GetString((await _memory.GetAsync(CacheKey))!);
        raw.Should().NotContain("access-secret").And.NotContain("refresh-secret").And.NotContain("id-secret");
        protector.Protected.Should().Be(1);
        (await store.GetAsync(Session, CancellationToken.None))!.RefreshToken.Should().Be("refresh-secret");
        (await new DistributedCacheApsTokenStore(_memory, _lock).GetAsync(Session, CancellationToken.None)).Should().BeNull("an unprotected store cannot read a protected entry");
        var otherKey = new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { Protector = new TaggedTestProtector("key-2") });
        (await otherKey.GetAsync(Session, CancellationToken.None)).Should().BeNull();
        (await otherKey.TryReplaceAsync(Session, 0, Pair("x"), CancellationToken.None)).Should().BeFalse();
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"v":1,"version":3}""")]
    [InlineData("""{"v":2,"version":3,"accessToken":"a","refreshToken":"r","expiresOn":"2031-01-01T00:00:00Z"}""")]
    [InlineData("""{"v":1,"version":-4,"accessToken":"a","refreshToken":"r","expiresOn":"2031-01-01T00:00:00Z"}""")]
    public async Task An_unreadable_entry_reads_as_null_and_only_a_new_sign_in_replaces_it(string corrupt)
    {
        await _memory.SetAsync(CacheKey, Encoding.UTF8.GetBytes(corrupt), new DistributedCacheEntryOptions());
        var store = new DistributedCacheApsTokenStore(_memory, _lock);

        (await store.GetAsync(Session, CancellationToken.None)).Should().BeNull();
        (await store.TryReplaceAsync(Session, 0, Pair("a"), CancellationToken.None)).Should().BeFalse();
        (await store.TryReplaceAsync(Session, 3, Pair("a"), CancellationToken.None)).Should().BeFalse();
        Encoding.UTF8.GetString((await _memory.GetAsync(CacheKey))!).Should().Be(corrupt, "a version swap never touches an unreadable entry");

        (await store.TryReplaceAsync(Session, -1, Pair("new"), CancellationToken.None)).Should().BeTrue();
        (await store.GetAsync(Session, CancellationToken.None)).Should().Be(Pair("new"));
    }

    [Fact]
    public async Task Two_sign_ins_over_one_unreadable_entry_cannot_both_win()
    {
        await _memory.SetAsync(CacheKey, [0xde, 0xad], new DistributedCacheEntryOptions());
        var stores = Enumerable.Range(0, 20).Select(_ => new DistributedCacheApsTokenStore(_memory, _lock)).ToArray();

        var results = await Task.WhenAll(stores.Select((s, i) => Task.Run(() => s.TryReplaceAsync(Session, -1, Pair("signin-" + i), CancellationToken.None).AsTask())));

        results.Count(r => r).Should().Be(1);
        (await stores[0].GetAsync(Session, CancellationToken.None))!.AccessToken.Should().Be("access-signin-" + Array.IndexOf(results, true));
    }

    [Fact]
    public void Construction_checks_its_arguments()
    {
        var act1 = () => new DistributedCacheApsTokenStore(null!, _lock);
        var act2 = () => new DistributedCacheApsTokenStore(_memory, null!);
        var act3 = () => new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { LockLease = TimeSpan.Zero });
        var act4 = () => new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { LockWait = TimeSpan.FromSeconds(-1) });
        var act5 = () => new DistributedCacheApsTokenStore(_memory, _lock, new DistributedCacheApsTokenStoreOptions { EntryLifetime = TimeSpan.Zero });

        act1.Should().Throw<ArgumentNullException>();
        act2.Should().Throw<ArgumentNullException>();
        act3.Should().Throw<ArgumentOutOfRangeException>();
        act4.Should().Throw<ArgumentOutOfRangeException>();
        act5.Should().Throw<ArgumentOutOfRangeException>();
        var defaults = new DistributedCacheApsTokenStoreOptions();
        defaults.KeyPrefix.Should().Be("aps:session:");
        defaults.EntryLifetime.Should().Be(TimeSpan.FromDays(30));
        defaults.LockLease.Should().Be(TimeSpan.FromSeconds(10));
        defaults.LockWait.Should().Be(TimeSpan.FromSeconds(5));
        defaults.Protector.Should().BeNull();
    }

    [Fact]
    public async Task A_version_below_minus_one_is_rejected_before_any_call()
    {
        var store = new DistributedCacheApsTokenStore(_memory, _lock);

        var act = () => store.TryReplaceAsync(Session, -2, Pair("a"), CancellationToken.None).AsTask();

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        _lock.Acquired.Should().Be(0);
    }

    [Fact]
    public void Resolving_the_store_without_a_lock_fails_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddDistributedMemoryCache();
        services.AddApsClients(o => { o.ClientId = "id"; o.ClientSecret = "secret"; }).UseDistributedCacheTokenStore();
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IApsTokenStore>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*IApsDistributedLock*AddRedisDistributedLock*UseRedisTokenStore*");
    }

    [Fact]
    public async Task The_registered_store_uses_the_cache_the_lock_the_options_and_a_registered_protector()
    {
        var services = new ServiceCollection();
        var protector = new TaggedTestProtector("k");
        services.AddSingleton<IDistributedCache>(_memory);
        services.AddSingleton<IApsDistributedLock>(_lock);
        services.AddSingleton<IApsTokenProtector>(protector);
        services.AddApsClients(o => { o.ClientId = "id"; o.ClientSecret = "secret"; })
            .UseDistributedCacheTokenStore(o => o.KeyPrefix = "myapp:");
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IApsTokenStore>();
        await store.TryReplaceAsync("s", -1, Pair("a"), CancellationToken.None);

        store.Should().BeOfType<DistributedCacheApsTokenStore>().And.BeSameAs(provider.GetRequiredService<IApsTokenStore>());
        _lock.Acquired.Should().Be(1);
        protector.Protected.Should().Be(1);
        (await _memory.GetAsync("myapp:s")).Should().NotBeNull();
    }

    [Fact]
    public async Task A_named_registration_gets_its_own_keyed_store_and_prefers_a_lock_keyed_with_its_name()
    {
        var services = new ServiceCollection();
        var namedLock = new TestDistributedLock();
        services.AddSingleton<IDistributedCache>(_memory);
        services.AddSingleton<IApsDistributedLock>(_lock);
        services.AddKeyedSingleton<IApsDistributedLock>("other", namedLock);
        services.AddApsClients("other", o => { o.ClientId = "id"; o.ClientSecret = "secret"; })
            .UseDistributedCacheTokenStore(o => o.KeyPrefix = "other:");
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredKeyedService<IApsTokenStore>("other");
        await store.TryReplaceAsync("s", -1, Pair("a"), CancellationToken.None);

        store.Should().BeOfType<DistributedCacheApsTokenStore>();
        provider.GetRequiredService<IApsTokenStore>().Should().BeOfType<InMemoryApsTokenStore>("the default registration keeps its store");
        namedLock.Acquired.Should().Be(1);
        _lock.Acquired.Should().Be(0);
        (await _memory.GetAsync("other:s")).Should().NotBeNull();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, deadline.Token);
        }
    }

    /// <summary>Passes calls to a cache, recording writes and running a hook on reads.</summary>
    private sealed class RecordingCache(IDistributedCache inner) : IDistributedCache
    {
        public Action? OnGet { get; init; }

        public List<DistributedCacheEntryOptions> Writes { get; } = [];

        public byte[]? Get(string key) => throw new NotSupportedException("the store is async");

        public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
        {
            OnGet?.Invoke();
            return await inner.GetAsync(key, token);
        }

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new NotSupportedException("the store is async");

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Writes.Add(options);
            return inner.SetAsync(key, value, options, token);
        }

        public void Refresh(string key) => throw new NotSupportedException();

        public Task RefreshAsync(string key, CancellationToken token = default) => throw new NotSupportedException("entries slide on writes only");

        public void Remove(string key) => throw new NotSupportedException("the store is async");

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);
    }

    private sealed class FailingReleaseLock : IApsDistributedLock
    {
        public ValueTask<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan leaseTime, CancellationToken cancellationToken)
            => new(new FailingLease());

        private sealed class FailingLease : IAsyncDisposable
        {
            public ValueTask DisposeAsync() => ValueTask.FromException(new InvalidOperationException("lock service unreachable"));
        }
    }
}
