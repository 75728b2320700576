using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>
/// <see cref="AuthorizationCodeTokenProvider"/> over <see cref="DistributedCacheApsTokenStore"/>: two app instances
/// (two providers, two stores) sharing one cache and one lock spend a refresh token exactly once.
/// </summary>
public sealed class DistributedCacheTokenStoreProviderTests : IDisposable
{
    private const string Session = "aps-session:user-1";
    private static readonly ApsScopes AnyScopes = ApsScopes.Create(ApsScopes.DataRead);

    private readonly MemoryDistributedCache _cache = new(Options.Create(new MemoryDistributedCacheOptions()));
    private readonly TestDistributedLock _lock = new();
    private readonly List<IDisposable> _disposables = [];
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _refreshes;

    public void Dispose()
    {
        foreach (var d in _disposables)
        {
            d.Dispose();
        }
    }

    [Fact]
    public async Task Two_instances_refresh_an_expired_session_once_and_both_get_the_new_pair()
    {
        // Real time: the waiting instance polls the store on its own clock; nothing here asserts on durations.
        var seed = new DistributedCacheApsTokenStore(_cache, _lock, new DistributedCacheApsTokenStoreOptions { Protector = new TaggedTestProtector("shared") });
        (await seed.TryReplaceAsync(Session, -1, new ApsStoredToken
        {
            AccessToken = "access-0",
            RefreshToken = "refresh-0",
            ExpiresOn = DateTimeOffset.UtcNow.AddMinutes(-1),
            Scope = "data:read",
        }, CancellationToken.None)).Should().BeTrue();
        var storeB = new CountingStore(Instance());
        var providerA = Provider(Instance());
        var providerB = Provider(storeB);

        var callsA = Enumerable.Range(0, 20).Select(_ => providerA.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask()).ToArray();
        await WaitUntilAsync(() => Volatile.Read(ref _refreshes) >= 1); // A holds the lease and is spending refresh-0
        var callsB = Enumerable.Range(0, 20).Select(_ => providerB.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask()).ToArray();
        await WaitUntilAsync(() => storeB.Gets >= 2); // B saw A's lease and polls for the new pair
        callsB.Should().OnlyContain(c => !c.IsCompleted, "B waits for the lease holder instead of spending the same refresh token");
        _gate.SetResult();

        var tokens = await Task.WhenAll(callsA.Concat(callsB));

        tokens.Select(t => t.Value).Should().OnlyContain(v => v == "access-1");
        Volatile.Read(ref _refreshes).Should().Be(1);
        var entry = await seed.GetAsync(Session, CancellationToken.None);
        entry!.RefreshToken.Should().Be("refresh-1");
        entry.Version.Should().Be(2, "one swap took the lease, one saved the new pair");
        entry.RefreshLeaseOwner.Should().BeNull();
        _lock.HeldResources.Should().BeEmpty();
    }

    [Fact]
    public async Task Sign_in_and_sign_out_through_the_shared_store()
    {
        var storeA = Instance();
        var storeB = Instance();
        var providerA = Provider(storeA);
        var providerB = Provider(storeB);

        await providerA.SignInAsync("code", new Uri("https://app.example.com/aps/callback"));
        (await providerB.GetTokenAsync(AnyScopes, CancellationToken.None)).Value.Should().Be("access-0");

        await providerB.SignOutAsync();

        (await storeA.GetAsync(Session, CancellationToken.None)).Should().BeNull();
        var act = () => providerA.GetTokenAsync(AnyScopes, CancellationToken.None).AsTask();
        (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which.RequiresSignIn.Should().BeTrue();
    }

    /// <summary>One app instance's store: its own object over the shared cache and lock.</summary>
    private DistributedCacheApsTokenStore Instance()
        => new(_cache, _lock, new DistributedCacheApsTokenStoreOptions { Protector = new TaggedTestProtector("shared") });

    private AuthorizationCodeTokenProvider Provider(IApsTokenStore store)
    {
        var client = TestClients.Create(new RecordingHandler(RespondAsync));
        var provider = new AuthorizationCodeTokenProvider(client.Authentication, store, Session);
        _disposables.Add(client);
        _disposables.Add(provider);
        return provider;
    }

    private async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request, int index)
    {
        if (request.RequestUri!.AbsolutePath.EndsWith("/revoke", StringComparison.Ordinal))
        {
            return Responses.Status(System.Net.HttpStatusCode.OK);
        }

        var form = FormFields.Parse(await request.Content!.ReadAsStringAsync());
        if (form["grant_type"] == "authorization_code")
        {
            return Responses.Json("""{"access_token":"access-0","refresh_token":"refresh-0","token_type":"Bearer","expires_in":3600,"scope":"data:read"}""");
        }

        form["refresh_token"].Should().Be("refresh-0");
        var n = Interlocked.Increment(ref _refreshes);
        await _gate.Task;
        return Responses.Json($$"""{"access_token":"access-{{n}}","refresh_token":"refresh-{{n}}","token_type":"Bearer","expires_in":3600,"scope":"data:read"}""");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, deadline.Token);
        }
    }

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
}
