using System.Net;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>
/// 3-legged sessions: sign-in stores the pair; a refresh token (single use, rotating) is spent exactly once per
/// expiry, in this process and across processes sharing one store; a dead session asks the user to sign in again.
/// </summary>
public sealed class AuthorizationCodeTokenProviderTests : IDisposable
{
    private const string Session = "session-42";
    private static readonly Uri Callback = new("https://app.example.com/aps/callback");
    private static readonly ApsScopes AnyScopes = ApsScopes.Create(ApsScopes.DataRead);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _disposables = [];

    public void Dispose()
    {
        foreach (var d in _disposables)
        {
            d.Dispose();
        }
    }

    [Fact]
    public async Task Sign_in_exchanges_the_code_and_stores_the_pair()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        var provider = CreateProvider(server, store, _time);

        var stored = await provider.SignInAsync("auth-code", Callback, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        var form = FormFields.Parse(server.Handler.Single.Body);
        form["grant_type"].Should().Be("authorization_code");
        form["code"].Should().Be("auth-code");
        form["redirect_uri"].Should().Be(Callback.AbsoluteUri);
        form["code_verifier"].Should().Be("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        var entry = await store.GetAsync(Session, CancellationToken.None);
        entry.Should().NotBeNull();
        entry!.AccessToken.Should().Be("access-0");
        entry.RefreshToken.Should().Be("refresh-0");
        entry.IdToken.Should().Be("id-0");
        entry.Scope.Should().Be("data:read user-profile:read");
        entry.ExpiresOn.Should().Be(_time.GetUtcNow().AddSeconds(3600));
        entry.Version.Should().Be(0);
        entry.RefreshLeaseOwner.Should().BeNull();
        stored.Should().Be(entry);

        var token = await provider.GetTokenAsync(AnyScopes, CancellationToken.None);
        token.Value.Should().Be("access-0");
        token.Scopes.Should().Be(ApsScopes.Create("data:read", "user-profile:read"));
        server.Handler.Count.Should().Be(1, "a fresh stored token is served without a refresh");
    }

    [Fact]
    public async Task Sign_in_replaces_an_older_session()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        await Seed(store, "stale-access", "stale-refresh", _time.GetUtcNow().AddMinutes(-5));
        var provider = CreateProvider(server, store, _time);

        await provider.SignInAsync("auth-code", Callback);

        var entry = await store.GetAsync(Session, CancellationToken.None);
        entry!.AccessToken.Should().Be("access-0");
        entry.RefreshToken.Should().Be("refresh-0");
        entry.Version.Should().Be(1);
    }

    [Fact]
    public async Task A_hundred_concurrent_callers_on_an_expired_token_share_one_refresh()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        var provider = CreateProvider(server, store, _time);
        await provider.SignInAsync("auth-code", Callback);
        _time.Advance(TimeSpan.FromMinutes(61));

        server.HoldRefreshes();
        var calls = await Concurrently.StartAsync(100, () => provider.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask());
        await server.WaitForRefreshesAsync(1);
        server.ReleaseRefreshes();
        var tokens = await Task.WhenAll(calls);

        server.RefreshCount.Should().Be(1);
        tokens.Select(t => t.Value).Should().AllBe("access-1");
        FormFields.Parse(server.RefreshRequests.Single().Body).Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = "refresh-0",
        });
    }

    [Fact]
    public async Task The_new_pair_is_in_the_store_when_the_token_is_returned()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        await Seed(store, "access-0", "refresh-0", _time.GetUtcNow().AddMinutes(-1));
        var provider = CreateProvider(server, store, _time);

        var token = await provider.GetTokenAsync(AnyScopes, CancellationToken.None);

        var entry = await store.GetAsync(Session, CancellationToken.None);
        token.Value.Should().Be("access-1");
        entry!.AccessToken.Should().Be("access-1");
        entry.RefreshToken.Should().Be("refresh-1", "the rotated refresh token must be saved: the old one is spent");
        entry.ExpiresOn.Should().Be(token.ExpiresOn);
        entry.RefreshLeaseOwner.Should().BeNull("the lease ends with the save");
        entry.RefreshLeaseUntil.Should().BeNull();
        entry.Version.Should().Be(2, "one swap took the lease, one saved the new pair");
    }

    [Fact]
    public async Task Each_refresh_spends_the_latest_rotated_refresh_token()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        var provider = CreateProvider(server, store, _time);
        await provider.SignInAsync("auth-code", Callback);

        _time.Advance(TimeSpan.FromMinutes(61));
        (await provider.GetTokenAsync(AnyScopes, CancellationToken.None)).Value.Should().Be("access-1");
        _time.Advance(TimeSpan.FromMinutes(61));
        (await provider.GetTokenAsync(AnyScopes, CancellationToken.None)).Value.Should().Be("access-2");

        server.RefreshRequests.Select(r => FormFields.Parse(r.Body)["refresh_token"]).Should().Equal("refresh-0", "refresh-1");
    }

    [Fact]
    public async Task Refresh_starts_inside_the_margin_before_the_token_expires()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        var provider = CreateProvider(server, store, _time);
        await provider.SignInAsync("auth-code", Callback);

        _time.Advance(TimeSpan.FromMinutes(54));
        (await provider.GetTokenAsync(AnyScopes, CancellationToken.None)).Value.Should().Be("access-0");
        _time.Advance(TimeSpan.FromMinutes(2)); // 4 minutes left: inside the 5-minute margin
        (await provider.GetTokenAsync(AnyScopes, CancellationToken.None)).Value.Should().Be("access-1");

        server.RefreshCount.Should().Be(1);
    }

    [Fact]
    public async Task Invalidate_makes_the_next_call_refresh_even_before_expiry()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        var provider = CreateProvider(server, store, _time);
        await provider.SignInAsync("auth-code", Callback);
        var rejected = await provider.GetTokenAsync(AnyScopes, CancellationToken.None);

        await provider.InvalidateAsync(rejected, CancellationToken.None);
        var fresh = await provider.GetTokenAsync(AnyScopes, CancellationToken.None);

        fresh.Value.Should().Be("access-1");
        server.RefreshCount.Should().Be(1);
    }

    [Fact]
    public async Task Two_processes_sharing_a_store_spend_the_refresh_token_once()
    {
        // Real time: the waiting process polls the store on its own clock; nothing here asserts on durations.
        var server = new UserTokenServer();
        var shared = new InMemoryApsTokenStore();
        await Seed(shared, "access-0", "refresh-0", DateTimeOffset.UtcNow.AddMinutes(-1));
        var storeA = new CountingStore(shared);
        var storeB = new CountingStore(shared);
        var processA = CreateProvider(server, storeA, TimeProvider.System);
        var processB = CreateProvider(server, storeB, TimeProvider.System);

        server.HoldRefreshes();
        var a = processA.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask();
        await server.WaitForRefreshesAsync(1); // A holds the lease and is spending the refresh token
        var b = processB.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask();
        await WaitUntilAsync(() => storeB.Gets >= 2); // B saw A's lease and is polling for the new pair

        b.IsCompleted.Should().BeFalse("B waits for the lease holder instead of spending the same refresh token");
        server.ReleaseRefreshes();
        var tokenA = await a;
        var tokenB = await b;

        server.RefreshCount.Should().Be(1);
        tokenA.Value.Should().Be("access-1");
        tokenB.Value.Should().Be("access-1");
        (await shared.GetAsync(Session, CancellationToken.None))!.RefreshToken.Should().Be("refresh-1");
    }

    [Fact]
    public async Task A_lease_left_by_a_crashed_process_is_taken_over_once_it_expires()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        var now = _time.GetUtcNow();
        await store.TryReplaceAsync(Session, -1, new ApsStoredToken
        {
            AccessToken = "access-0",
            RefreshToken = "refresh-0",
            ExpiresOn = now.AddMinutes(-1),
            RefreshLeaseOwner = "crashed-process",
            RefreshLeaseUntil = now.AddSeconds(10),
        }, CancellationToken.None);
        var counting = new CountingStore(store);
        var provider = CreateProvider(server, counting, _time, leaseDuration: TimeSpan.FromSeconds(10));

        var call = provider.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask();
        await WaitUntilAsync(() => counting.Gets >= 1);
        call.IsCompleted.Should().BeFalse("the lease is still held");
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (server.RefreshCount == 0)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(5, deadline.Token);
            }
        }

        var token = await call;

        token.Value.Should().Be("access-1");
        server.RefreshCount.Should().Be(1);
        var entry = await store.GetAsync(Session, CancellationToken.None);
        entry!.RefreshToken.Should().Be("refresh-1");
        entry.RefreshLeaseOwner.Should().BeNull();
    }

    [Fact]
    public async Task Invalid_grant_on_refresh_requires_sign_in_and_removes_the_session()
    {
        var server = new UserTokenServer(refresh: _ => Responses.Json("""{"error":"invalid_grant","error_description":"The refresh token has been revoked."}""", HttpStatusCode.BadRequest));
        var store = new InMemoryApsTokenStore();
        await Seed(store, "access-0", "refresh-0", _time.GetUtcNow().AddMinutes(-1));
        var provider = CreateProvider(server, store, _time);

        var act = () => provider.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask();

        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        error.RequiresSignIn.Should().BeTrue();
        error.Message.Should().NotContain("refresh-0");
        (await store.GetAsync(Session, CancellationToken.None)).Should().BeNull("a dead refresh token is not kept");

        var again = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        again.RequiresSignIn.Should().BeTrue();
        server.RefreshCount.Should().Be(1, "the dead refresh token is not tried again");
    }

    [Fact]
    public async Task A_transient_refresh_failure_releases_the_lease_and_keeps_the_session()
    {
        var server = new UserTokenServer(refresh: n => n == 1 ? Responses.Text("token service down", HttpStatusCode.InternalServerError) : null);
        var store = new InMemoryApsTokenStore();
        await Seed(store, "access-0", "refresh-0", _time.GetUtcNow().AddMinutes(-1));
        var provider = CreateProvider(server, store, _time);

        var first = () => provider.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask();
        var error = (await first.Should().ThrowAsync<ApsException>()).Which;
        error.Should().NotBeOfType<ApsAuthenticationException>();
        var afterFailure = await store.GetAsync(Session, CancellationToken.None);
        afterFailure!.RefreshToken.Should().Be("refresh-0");
        afterFailure.RefreshLeaseOwner.Should().BeNull("the lease is released so the next caller can try");

        var token = await provider.GetTokenAsync(AnyScopes, CancellationToken.None);

        token.Value.Should().Be("access-2");
        server.RefreshCount.Should().Be(2);
    }

    [Fact]
    public async Task Without_a_stored_session_the_user_must_sign_in()
    {
        var server = new UserTokenServer();
        var provider = CreateProvider(server, new InMemoryApsTokenStore(), _time);

        var act = () => provider.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask();

        (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which.RequiresSignIn.Should().BeTrue();
        server.Handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Sign_out_revokes_the_refresh_token_and_removes_the_session()
    {
        var server = new UserTokenServer();
        var store = new InMemoryApsTokenStore();
        var provider = CreateProvider(server, store, _time);
        await provider.SignInAsync("auth-code", Callback);

        await provider.SignOutAsync();

        (await store.GetAsync(Session, CancellationToken.None)).Should().BeNull();
        var revoke = server.Handler.Requests.Last();
        revoke.Uri.AbsolutePath.Should().Be("/authentication/v2/revoke");
        FormFields.Parse(revoke.Body).Should().Equal(new Dictionary<string, string>
        {
            ["token"] = "refresh-0",
            ["token_type_hint"] = "refresh_token",
        });
        var act = () => provider.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask();
        (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which.RequiresSignIn.Should().BeTrue();
    }

    private static async Task Seed(InMemoryApsTokenStore store, string access, string refresh, DateTimeOffset expiresOn)
    {
        var added = await store.TryReplaceAsync(Session, -1, new ApsStoredToken { AccessToken = access, RefreshToken = refresh, ExpiresOn = expiresOn, Scope = "data:read" }, CancellationToken.None);
        added.Should().BeTrue();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, deadline.Token);
        }
    }

    private AuthorizationCodeTokenProvider CreateProvider(UserTokenServer server, IApsTokenStore store, TimeProvider time, TimeSpan? leaseDuration = null)
    {
        var client = TestClients.Create(server.Handler, time: time);
        var provider = new AuthorizationCodeTokenProvider(client.Authentication, store, Session, time, leaseDuration: leaseDuration);
        _disposables.Add(client);
        _disposables.Add(provider);
        return provider;
    }

    /// <summary>Counts reads, so a test can tell when a provider is polling the store.</summary>
    private sealed class CountingStore(IApsTokenStore inner) : IApsTokenStore
    {
        private int _gets;

        public int Gets => Volatile.Read(ref _gets);

        public ValueTask<ApsStoredToken?> GetAsync(string key, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _gets);
            return inner.GetAsync(key, cancellationToken);
        }

        public ValueTask<bool> TryReplaceAsync(string key, long expectedVersion, ApsStoredToken value, CancellationToken cancellationToken)
            => inner.TryReplaceAsync(key, expectedVersion, value, cancellationToken);

        public ValueTask RemoveAsync(string key, CancellationToken cancellationToken) => inner.RemoveAsync(key, cancellationToken);
    }

    /// <summary>
    /// An in-memory APS token endpoint: the code grant answers access-0/refresh-0; the N-th refresh answers
    /// access-N/refresh-N (or <c>refresh(N)</c>'s answer); revoke answers 200. Refreshes can be held.
    /// </summary>
    private sealed class UserTokenServer
    {
        private readonly Func<int, HttpResponseMessage?> _refresh;
        private TaskCompletionSource _gate;
        private int _refreshes;

        public UserTokenServer(Func<int, HttpResponseMessage?>? refresh = null)
        {
            _refresh = refresh ?? (_ => null);
            _gate = new TaskCompletionSource();
            _gate.SetResult();
            Handler = new RecordingHandler(RespondAsync);
        }

        public RecordingHandler Handler { get; }

        public int RefreshCount => Volatile.Read(ref _refreshes);

        public IEnumerable<RecordedRequest> RefreshRequests
            => Handler.Requests.Where(r => r.Body is { } body && FormFields.Parse(body).GetValueOrDefault("grant_type") == "refresh_token");

        public void HoldRefreshes() => Volatile.Write(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        public void ReleaseRefreshes() => Volatile.Read(ref _gate).TrySetResult();

        public Task WaitForRefreshesAsync(int count) => WaitUntilAsync(() => RefreshCount >= count);

        private async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request, int index)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/revoke", StringComparison.Ordinal))
            {
                return Responses.Status(HttpStatusCode.OK);
            }

            var form = FormFields.Parse(await request.Content!.ReadAsStringAsync());
            if (form["grant_type"] == "authorization_code")
            {
                return Responses.Json("""{"access_token":"access-0","refresh_token":"refresh-0","id_token":"id-0","token_type":"Bearer","expires_in":3600,"scope":"data:read user-profile:read"}""");
            }

            var n = Interlocked.Increment(ref _refreshes);
            await Volatile.Read(ref _gate).Task;
            return _refresh(n) ?? Responses.Json($$"""{"access_token":"access-{{n}}","refresh_token":"refresh-{{n}}","token_type":"Bearer","expires_in":3600,"scope":"data:read"}""");
        }
    }
}
