using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Observability;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>
/// App-only tokens shared between instances through <see cref="ApsDistributedTokenCache"/>: each "instance" is its own
/// client and provider (own in-memory cache, own wire), all over one <c>IDistributedCache</c>.
/// </summary>
[Collection(SharedTokenCacheCollection.Name)]
public sealed class SharedTokenCacheTests : IDisposable
{
    private static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);
    private static readonly string DataReadHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("data:read"))).ToLowerInvariant();
    private static readonly string DataReadKey = "aps:token:cc:" + Support.TestClients.ClientId + ":" + DataReadHash;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingDistributedCache _store = new();
    private readonly List<IDisposable> _disposables = [];

    public void Dispose()
    {
        foreach (var d in _disposables)
        {
            d.Dispose();
        }
    }

    [Fact]
    public async Task A_second_instance_uses_the_token_the_first_fetched_without_a_token_request()
    {
        var (a, providerA) = Instance("a");
        var (b, providerB) = Instance("b");

        var first = await providerA.GetTokenAsync(DataRead, CancellationToken.None);
        var second = await providerB.GetTokenAsync(DataRead, CancellationToken.None);
        var secondAgain = await providerB.GetTokenAsync(DataRead, CancellationToken.None);

        first.Value.Should().Be("a-token-0");
        second.Value.Should().Be("a-token-0", "instance b reads the token instance a shared");
        second.ExpiresOn.Should().Be(first.ExpiresOn);
        second.Scopes.Should().Be(DataRead);
        secondAgain.Should().BeSameAs(second, "after the shared hit, b serves it from memory");
        a.TokenRequests.Should().Be(1);
        b.TokenRequests.Should().Be(0);
        _store.Count("get").Should().Be(2, "one lookup per instance miss; b's second call never left memory");
        _store.Count("set").Should().Be(1, "only a fetched token is written");
    }

    [Fact]
    public async Task The_entry_is_small_versioned_json_under_a_key_without_the_secret_expiring_a_refresh_margin_before_the_token()
    {
        var (_, provider) = Instance("a");

        var token = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        var set = _store.Calls.Single(c => c.Operation == "set");
        set.Key.Should().Be(DataReadKey);
        set.Key.Should().NotContain(Support.TestClients.ClientSecret);
        set.Options!.AbsoluteExpirationRelativeToNow.Should().Be(TimeSpan.FromMinutes(55), "expires_in 3600 s minus the 5-minute refresh margin");
        set.Options.AbsoluteExpiration.Should().BeNull();
        set.Options.SlidingExpiration.Should().BeNull();

        using var json = JsonDocument.Parse(await _store.Inner.GetAsync(DataReadKey));
        var root = json.RootElement;
        root.GetProperty("v").GetInt32().Should().Be(1);
        root.GetProperty("token").GetString().Should().Be("a-token-0");
        root.GetProperty("expiresOn").GetDateTimeOffset().Should().Be(token.ExpiresOn);
        root.GetProperty("scope").GetString().Should().Be("data:read");
        root.EnumerateObject().Select(p => p.Name).Should().Equal("v", "token", "expiresOn", "scope");
    }

    [Fact]
    public void Keys_hash_the_scopes_and_never_hold_a_secret_and_service_account_keys_name_the_account()
    {
        var (a, ccProvider) = Instance("a");
        using var rsa = RSA.Create(2048);
        using var credential = ServiceAccountKeyCredential.FromPem("SA0001ROBOT", "kid-0001", rsa.ExportPkcs8PrivateKeyPem());
        var ssaProvider = new ServiceAccountTokenProvider(a.Client.Authentication, credential, _time, sharedCache: Cache());
        var scopes = ApsScopes.Create("data:write", "data:read");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("data:read data:write"))).ToLowerInvariant();

        ccProvider.SharedKeyOf(scopes).Should().Be($"cc:{Support.TestClients.ClientId}:{hash}");
        ssaProvider.SharedKeyOf(scopes).Should().Be($"ssa:{Support.TestClients.ClientId}:SA0001ROBOT:{hash}");
        ssaProvider.SharedKeyOf(scopes).Should().NotContain(Support.TestClients.ClientSecret).And.NotContain("PRIVATE");
        hash.Should().HaveLength(64).And.MatchRegex("^[0-9a-f]+$");
    }

    [Fact]
    public async Task Service_account_tokens_are_shared_per_account_between_instances()
    {
        var (a, _) = Instance("a");
        var (b, _) = Instance("b");
        using var rsa = RSA.Create(2048);
        using var credential = ServiceAccountKeyCredential.FromPem("SA0001ROBOT", "kid-0001", rsa.ExportPkcs8PrivateKeyPem());
        using var other = ServiceAccountKeyCredential.FromPem("SA0002OTHER", "kid-0002", rsa.ExportPkcs8PrivateKeyPem());
        var ssaA = new ServiceAccountTokenProvider(a.Client.Authentication, credential, _time, sharedCache: Cache());
        var ssaB = new ServiceAccountTokenProvider(b.Client.Authentication, credential, _time, sharedCache: Cache());
        var otherAccountB = new ServiceAccountTokenProvider(b.Client.Authentication, other, _time, sharedCache: Cache());

        var first = await ssaA.GetTokenAsync(DataRead, CancellationToken.None);
        var second = await ssaB.GetTokenAsync(DataRead, CancellationToken.None);
        var otherAccount = await otherAccountB.GetTokenAsync(DataRead, CancellationToken.None);

        second.Value.Should().Be(first.Value);
        a.TokenRequests.Should().Be(1);
        otherAccount.Value.Should().Be("b-token-0", "another service account never gets this account's token");
        b.TokenRequests.Should().Be(1);
        _store.Calls.Where(c => c.Operation == "set").Select(c => c.Key).Should().Equal(
            $"aps:token:ssa:{Support.TestClients.ClientId}:SA0001ROBOT:{DataReadHash}",
            $"aps:token:ssa:{Support.TestClients.ClientId}:SA0002OTHER:{DataReadHash}");
    }

    [Fact]
    public async Task A_shared_token_inside_the_refresh_margin_is_a_miss_and_the_new_token_replaces_it()
    {
        var (a, providerA) = Instance("a");
        var (b, providerB) = Instance("b");
        var (c, providerC) = Instance("c");
        await providerA.GetTokenAsync(DataRead, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(56)); // 4 minutes left: inside b's 5-minute margin
        var fromB = await providerB.GetTokenAsync(DataRead, CancellationToken.None);
        var fromC = await providerC.GetTokenAsync(DataRead, CancellationToken.None);

        fromB.Value.Should().Be("b-token-0", "no instance starts with a token it would refresh at once");
        b.TokenRequests.Should().Be(1);
        fromC.Value.Should().Be("b-token-0", "b's token replaced the old entry");
        c.TokenRequests.Should().Be(0);
        a.TokenRequests.Should().Be(1);
    }

    [Fact]
    public async Task A_background_refresh_takes_a_newer_token_another_instance_shared_instead_of_fetching()
    {
        var (a, providerA) = Instance("a");
        var (b, providerB) = Instance("b", o => o.TokenRefreshMargin = TimeSpan.FromMinutes(10));
        await providerA.GetTokenAsync(DataRead, CancellationToken.None);
        await providerB.GetTokenAsync(DataRead, CancellationToken.None); // b shares a's token

        _time.Advance(TimeSpan.FromMinutes(51)); // 9 minutes left: b refreshes (10-minute margin), a does not yet
        var refreshedB = await WaitForAsync(providerB, t => t.Value != "a-token-0");
        _time.Advance(TimeSpan.FromMinutes(5)); // 4 minutes left on a's token: a refreshes
        var refreshedA = await WaitForAsync(providerA, t => t.Value != "a-token-0");

        refreshedB.Value.Should().Be("b-token-0");
        refreshedA.Value.Should().Be("b-token-0", "a's refresh found b's fresher token in the shared cache");
        a.TokenRequests.Should().Be(1);
        b.TokenRequests.Should().Be(1);
    }

    [Fact]
    public async Task Invalidating_a_rejected_token_removes_it_from_the_shared_cache_so_other_instances_fetch()
    {
        var (a, providerA) = Instance("a");
        var (b, providerB) = Instance("b");
        var (c, providerC) = Instance("c");
        var rejected = await providerA.GetTokenAsync(DataRead, CancellationToken.None);
        (await providerB.GetTokenAsync(DataRead, CancellationToken.None)).Value.Should().Be(rejected.Value);

        // b's call is answered 401 (revoked): b forgets it and removes it from the shared cache.
        var bToken = await providerB.GetTokenAsync(DataRead, CancellationToken.None);
        await providerB.InvalidateAsync(bToken, CancellationToken.None);
        var fresh = await providerB.GetTokenAsync(DataRead, CancellationToken.None);
        var fromC = await providerC.GetTokenAsync(DataRead, CancellationToken.None);

        fresh.Value.Should().Be("b-token-0", "b fetched, since the shared entry was gone");
        fromC.Value.Should().Be("b-token-0", "c never sees the rejected token");
        c.TokenRequests.Should().Be(0);
        _store.Calls.Should().Contain(call => call.Operation == "remove" && call.Key == DataReadKey);

        // a only learns of the revocation from its own 401: then the shared cache holds b's token, which is kept.
        await providerA.InvalidateAsync(rejected, CancellationToken.None);
        var aAfter = await providerA.GetTokenAsync(DataRead, CancellationToken.None);

        aAfter.Value.Should().Be("b-token-0", "a late invalidation of the old token does not remove the newer shared one");
        a.TokenRequests.Should().Be(1);
        (await Cache().GetAsync(DataReadKey["aps:token:".Length..], CancellationToken.None))!.Value.Should().Be("b-token-0");
    }

    [Fact]
    public async Task A_typed_call_rejected_with_401_on_one_instance_fetches_once_and_the_other_instance_gets_the_replacement()
    {
        var revoked = "a-token-0";
        var a = new AppInstance("a", _time, o => o.TokenCache = Cache());
        var b = new AppInstance("b", _time, o => o.TokenCache = Cache());
        _disposables.Add(a);
        _disposables.Add(b);
        await a.Client.TokenProvider!.GetTokenAsync(ApsScopes.Create(ApsScopes.UserProfileRead), CancellationToken.None);

        // A third instance's first call carries a's (revoked) token: the stub answers 401 for it.
        var handler = new Support.RecordingHandler((request, index) =>
        {
            if (request.RequestUri!.AbsolutePath == AppInstance.TokenPath)
            {
                return Support.Responses.Json("""{"access_token":"replacement-token","token_type":"Bearer","expires_in":3600}""");
            }

            return request.Headers.Authorization!.Parameter == revoked
                ? Support.Responses.Json("""{"developerMessage":"The token is not valid"}""", System.Net.HttpStatusCode.Unauthorized)
                : Support.Responses.Json("""{"sub":"APP"}""");
        });
        using var client = Support.TestClients.Create(handler, o => o.TokenCache = Cache(), _time);

        var user = await client.Authentication.GetUserInfoAsync();
        var viaA = await a.Client.TokenProvider!.GetTokenAsync(ApsScopes.Create(ApsScopes.UserProfileRead), CancellationToken.None);
        var viaB = await b.Client.TokenProvider!.GetTokenAsync(ApsScopes.Create(ApsScopes.UserProfileRead), CancellationToken.None);

        user.Sub.Should().Be("APP");
        handler.Requests.Select(r => r.Uri.AbsolutePath).Should().Equal("/userinfo", AppInstance.TokenPath, "/userinfo");
        handler.Requests.Last().Header("Authorization").Should().Be("Bearer replacement-token");
        viaA.Value.Should().Be(revoked, "a has not been told yet: it serves its in-memory token until its own 401");
        viaB.Value.Should().Be("replacement-token", "an instance starting now reads the replacement, never the revoked token");
        b.TokenRequests.Should().Be(0);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"v":2,"token":"future-format","expiresOn":"2025-03-01T13:00:00+00:00"}""")]
    [InlineData("""{"v":1,"expiresOn":"2025-03-01T13:00:00+00:00"}""")]
    [InlineData("""{"v":1,"token":"no-expiry"}""")]
    [InlineData("""{"v":1,"token":"  ","expiresOn":"2025-03-01T13:00:00+00:00"}""")]
    [InlineData("""{"v":"one","token":"x","expiresOn":"2025-03-01T13:00:00+00:00"}""")]
    [InlineData("[]")]
    public async Task A_corrupt_or_other_version_entry_is_a_miss_and_is_removed(string stored)
    {
        await _store.Inner.SetAsync(DataReadKey, Encoding.UTF8.GetBytes(stored), new DistributedCacheEntryOptions());
        using var capture = new TelemetryCapture(m => m.Instrument == "aps.auth.token_cache.errors");

        var read = await Cache().GetAsync(DataReadKey["aps:token:".Length..], CancellationToken.None);

        read.Should().BeNull();
        (await _store.Inner.GetAsync(DataReadKey)).Should().BeNull("an unreadable entry is removed");
        capture.Of("aps.auth.token_cache.errors").Should().ContainSingle(m => (string?)m.Tag("error.type") == "invalid_entry" && (string?)m.Tag("aps.auth.token_cache.operation") == "get");
    }

    [Fact]
    public async Task A_provider_that_meets_a_corrupt_entry_fetches_and_replaces_it()
    {
        await _store.Inner.SetAsync(DataReadKey, [0xff, 0x00, 0x7b], new DistributedCacheEntryOptions());
        var (a, provider) = Instance("a");

        var token = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        token.Value.Should().Be("a-token-0");
        a.TokenRequests.Should().Be(1);
        (await Cache().GetAsync(DataReadKey["aps:token:".Length..], CancellationToken.None))!.Value.Should().Be("a-token-0");
    }

    [Fact]
    public async Task An_expired_entry_still_in_the_backend_is_a_miss()
    {
        var cache = Cache();
        await cache.SetAsync("cc:x:y", new ApsAccessToken("old-token", _time.GetUtcNow().AddMinutes(30)), CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(26)); // inside the cache's 5-minute margin (the memory cache runs on the real clock)

        (await cache.GetAsync("cc:x:y", CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task A_token_already_inside_the_margin_is_not_written()
    {
        var cache = Cache();

        await cache.SetAsync("cc:x:y", new ApsAccessToken("short-lived", _time.GetUtcNow().AddMinutes(4)), CancellationToken.None);

        _store.Count("set").Should().Be(0);
    }

    [Fact]
    public async Task A_failing_cache_never_fails_a_call_the_provider_fetches_and_the_outage_is_counted()
    {
        _store.Fail = () => new TestCacheOutageException();
        using var capture = new TelemetryCapture(m => m.Instrument == "aps.auth.token_cache.errors" && (string?)m.Tag("error.type") == typeof(TestCacheOutageException).FullName);
        var (a, provider) = Instance("a");

        var token = await provider.GetTokenAsync(DataRead, CancellationToken.None);
        var again = await provider.GetTokenAsync(DataRead, CancellationToken.None);
        await provider.InvalidateAsync(token, CancellationToken.None);
        var fresh = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        token.Value.Should().Be("a-token-0");
        again.Should().BeSameAs(token);
        fresh.Value.Should().Be("a-token-1");
        a.TokenRequests.Should().Be(2);
        capture.Of("aps.auth.token_cache.errors").Select(m => (string?)m.Tag("aps.auth.token_cache.operation"))
            .Should().Equal("get", "set", "get", "get", "set");
        await Cache().RemoveAsync("cc:x:y", CancellationToken.None); // nothing thrown
    }

    [Fact]
    public async Task A_custom_cache_that_throws_is_treated_as_a_miss()
    {
        var a = new AppInstance("a", _time);
        _disposables.Add(a);
        var provider = new ClientCredentialsTokenProvider(a.Client.Authentication, _time, sharedCache: new ThrowingTokenCache());

        var token = await provider.GetTokenAsync(DataRead, CancellationToken.None);
        await provider.InvalidateAsync(token, CancellationToken.None);
        var fresh = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        token.Value.Should().Be("a-token-0");
        fresh.Value.Should().Be("a-token-1");
    }

    [Fact]
    public async Task Protected_entries_round_trip_between_instances_and_never_hold_the_token_in_clear()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var (a, providerA) = Instance("a", protector: new AesGcmTestProtector(key));
        var (b, providerB) = Instance("b", protector: new AesGcmTestProtector(key));

        var first = await providerA.GetTokenAsync(DataRead, CancellationToken.None);
        var second = await providerB.GetTokenAsync(DataRead, CancellationToken.None);

        second.Value.Should().Be(first.Value);
        b.TokenRequests.Should().Be(0);
        var stored = await _store.Inner.GetAsync(DataReadKey);
        stored.Should().NotBeNull();
        Encoding.UTF8.GetString(stored!).Should().NotContain("a-token-0").And.NotContain("\"v\"");
        stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes("a-token-0")).Should().Be(-1);
        a.TokenRequests.Should().Be(1);
    }

    [Fact]
    public async Task An_entry_protected_with_another_key_is_a_miss_and_is_replaced()
    {
        var (_, providerA) = Instance("a", protector: new AesGcmTestProtector(RandomNumberGenerator.GetBytes(32)));
        var (b, providerB) = Instance("b", protector: new AesGcmTestProtector(RandomNumberGenerator.GetBytes(32)));
        await providerA.GetTokenAsync(DataRead, CancellationToken.None);

        var fromB = await providerB.GetTokenAsync(DataRead, CancellationToken.None);

        fromB.Value.Should().Be("b-token-0");
        b.TokenRequests.Should().Be(1);
        _store.Calls.Select(c => c.Operation).Should().Equal("get", "set", "get", "remove", "set");
    }

    [Fact]
    public async Task Concurrent_cold_callers_share_one_lookup_one_fetch_and_one_write()
    {
        var (a, provider) = Instance("a");
        _store.HoldGets();

        var calls = await Concurrently.StartAsync(200, () => provider.GetTokenAsync(DataRead, CancellationToken.None).AsTask());
        await WaitUntilAsync(() => _store.Count("get") >= 1);
        _store.ReleaseGets();
        var tokens = await Task.WhenAll(calls);

        tokens.Select(t => t.Value).Should().AllBe("a-token-0");
        a.TokenRequests.Should().Be(1);
        _store.Count("get").Should().Be(1);
        _store.Count("set").Should().Be(1);
    }

    [Fact]
    public async Task A_cached_lookup_never_touches_the_shared_cache()
    {
        var (_, provider) = Instance("a");
        var token = await provider.GetTokenAsync(DataRead, CancellationToken.None);
        var calls = _store.Calls.Count;

        for (var i = 0; i < 100; i++)
        {
            var call = provider.GetTokenAsync(DataRead, CancellationToken.None);
            call.IsCompletedSuccessfully.Should().BeTrue();
            (await call).Should().BeSameAs(token);
        }

        _store.Calls.Count.Should().Be(calls);
    }

    [Fact]
    public async Task A_caller_cancelled_while_the_shared_cache_is_slow_gets_OperationCanceledException_and_others_still_get_the_token()
    {
        var (a, provider) = Instance("a");
        _store.HoldGets();
        using var cancel = new CancellationTokenSource();

        var cancelled = provider.GetTokenAsync(DataRead, cancel.Token).AsTask();
        var patient = provider.GetTokenAsync(DataRead, CancellationToken.None).AsTask();
        await WaitUntilAsync(() => _store.Count("get") >= 1);
        await cancel.CancelAsync();

        await ((Func<Task>)(() => cancelled)).Should().ThrowAsync<OperationCanceledException>();
        _store.ReleaseGets();
        (await patient).Value.Should().Be("a-token-0");
        a.TokenRequests.Should().Be(1);
    }

    [Fact]
    public async Task The_cache_honours_the_callers_cancellation()
    {
        var cache = Cache();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var token = new ApsAccessToken("value", _time.GetUtcNow().AddHours(1));

        await ((Func<Task>)(() => cache.GetAsync("k", cancelled.Token).AsTask())).Should().ThrowAsync<OperationCanceledException>();
        await ((Func<Task>)(() => cache.SetAsync("k", token, cancelled.Token).AsTask())).Should().ThrowAsync<OperationCanceledException>();
        await ((Func<Task>)(() => cache.RemoveAsync("k", cancelled.Token).AsTask())).Should().ThrowAsync<OperationCanceledException>();

        _store.HoldGets();
        using var later = new CancellationTokenSource();
        var pending = cache.GetAsync("k", later.Token).AsTask();
        await later.CancelAsync();
        await ((Func<Task>)(() => pending)).Should().ThrowAsync<OperationCanceledException>("a cancellation while the backend is slow is the caller's, not an outage");
    }

    [Fact]
    public async Task A_shared_hit_is_counted_as_a_lookup_hit_and_not_as_a_token_fetch()
    {
        using var capture = new TelemetryCapture(m => m.Instrument == "aps.auth.token_cache.lookups");
        var (_, providerA) = Instance("a");
        var (_, providerB) = Instance("b");

        await providerA.GetTokenAsync(DataRead, CancellationToken.None);
        await providerB.GetTokenAsync(DataRead, CancellationToken.None);

        capture.Of("aps.auth.token_cache.lookups").Select(m => ((string?)m.Tag("aps.auth.grant_type"), (string?)m.Tag("aps.auth.token_cache.result")))
            .Should().Equal(("client_credentials", "miss"), ("client_credentials", "hit"));
    }

    [Fact]
    public async Task The_default_client_credentials_provider_uses_ApsOptions_TokenCache()
    {
        var a = new AppInstance("a", _time, o => o.TokenCache = Cache());
        var b = new AppInstance("b", _time, o => o.TokenCache = Cache());
        _disposables.Add(a);
        _disposables.Add(b);

        (await a.Client.Authentication.GetUserInfoAsync()).Sub.Should().Be("APP");
        (await b.Client.Authentication.GetUserInfoAsync()).Sub.Should().Be("APP");

        a.TokenRequests.Should().Be(1);
        b.TokenRequests.Should().Be(0);
        b.Handler.Requests.Should().ContainSingle().Which.Header("Authorization").Should().Be("Bearer a-token-0");
    }

    [Fact]
    public void A_shared_cache_needs_the_client_id_and_validates_its_settings()
    {
        var mock = new MockAuthenticationClient();
        var withCache = () => new ClientCredentialsTokenProvider(mock, sharedCache: Cache());
        var withoutCache = () => new ClientCredentialsTokenProvider(mock);

        withCache.Should().Throw<ArgumentException>().WithParameterName("authentication");
        withoutCache.Should().NotThrow();
        ((Func<ApsDistributedTokenCache>)(() => new ApsDistributedTokenCache(_store, new ApsDistributedTokenCacheOptions { RefreshMargin = TimeSpan.FromSeconds(-1) })))
            .Should().Throw<ArgumentException>();
        ((Func<ApsDistributedTokenCache>)(() => new ApsDistributedTokenCache(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task Nothing_prints_a_token()
    {
        var cache = new ApsDistributedTokenCache(_store, new ApsDistributedTokenCacheOptions { KeyPrefix = "env1:", Protector = new AesGcmTestProtector(new byte[32]) }, _time);
        var (_, provider) = Instance("a");
        var token = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        cache.ToString().Should().Be("ApsDistributedTokenCache(prefix 'env1:', protected yes, refresh margin 00:05:00)");
        token.ToString().Should().NotContain(token.Value);
        provider.ToString().Should().NotContain(token.Value);
    }

    private ApsDistributedTokenCache Cache(IApsTokenProtector? protector = null, TimeSpan? margin = null)
        => new(_store, new ApsDistributedTokenCacheOptions { Protector = protector, RefreshMargin = margin ?? TimeSpan.FromMinutes(5) }, _time);

    private (AppInstance Instance, ClientCredentialsTokenProvider Provider) Instance(string name, Action<ApsOptions>? configure = null, IApsTokenProtector? protector = null)
    {
        var instance = new AppInstance(name, _time, configure);
        _disposables.Add(instance);
        var provider = new ClientCredentialsTokenProvider(instance.Client.Authentication, _time, instance.Client.Options.TokenRefreshMargin, Cache(protector, instance.Client.Options.TokenRefreshMargin));
        return (instance, provider);
    }

    private static async Task<ApsAccessToken> WaitForAsync(ClientCredentialsTokenProvider provider, Func<ApsAccessToken, bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var token = await provider.GetTokenAsync(DataRead, CancellationToken.None);
            if (condition(token))
            {
                return token;
            }

            await Task.Delay(10, deadline.Token);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, deadline.Token);
        }
    }

    private sealed class MockAuthenticationClient : AuthenticationClient
    {
    }

    private sealed class ThrowingTokenCache : IApsTokenCache
    {
        public ValueTask<ApsAccessToken?> GetAsync(string key, CancellationToken cancellationToken) => throw new TestCacheOutageException();

        public ValueTask SetAsync(string key, ApsAccessToken token, CancellationToken cancellationToken) => throw new TestCacheOutageException();

        public ValueTask RemoveAsync(string key, CancellationToken cancellationToken) => throw new TestCacheOutageException();
    }
}
