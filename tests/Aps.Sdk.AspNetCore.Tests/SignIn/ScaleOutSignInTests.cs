using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Aps.Sdk.AspNetCore.SignIn;
using Aps.Sdk.AspNetCore.Tests.Support;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.Tests.SignIn;

/// <summary>
/// Two instances of one app (two TestServers) behind a load balancer: each has its own
/// <see cref="DistributedCacheApsTokenStore"/> over one shared cache and one shared lock, and Data Protection with one
/// shared key ring. A session signed in on one instance works on the other.
/// </summary>
public sealed class ScaleOutSignInTests
{
    private readonly MemoryDistributedCache _cache = new(Options.Create(new MemoryDistributedCacheOptions()));
    private readonly InProcessLock _lock = new();
    private readonly EphemeralDataProtectionProvider _keyRing = new();

    [Fact]
    public async Task A_session_signed_in_on_one_instance_works_on_the_other_and_is_refreshed_once()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        await using var a = await StartInstanceAsync(emulator);
        await using var b = await StartInstanceAsync(emulator);
        a.Store.Should().BeOfType<DistributedCacheApsTokenStore>().And.NotBeSameAs(b.Store);

        using var signIn = await a.SignInAsync();
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sessionKey = a.SessionKey();
        var signedIn = await a.Store.GetAsync(sessionKey, default);
        signedIn.Should().NotBeNull();

        // At rest, the pair is protected with the shared key ring: no token in the shared cache.
        var raw = Encoding.UTF8.GetString((await _cache.GetAsync("aps:session:" + sessionKey))!);
        raw.Should().NotContain(signedIn!.AccessToken).And.NotContain(signedIn.RefreshToken);

        // The access token has expired: the next request, on B, refreshes it and saves the new pair for both.
        (await a.Store.TryReplaceAsync(sessionKey, signedIn.Version, signedIn with { ExpiresOn = DateTimeOffset.UtcNow.AddMinutes(-1) }, default)).Should().BeTrue();
        using var onB = await a.Browser.GetAsync(b.Client, "/whoami");
        onB.StatusCode.Should().Be(HttpStatusCode.OK);
        var user = await onB.Content.ReadAsStringAsync();
        user.Should().NotBe("?").And.NotBeNullOrEmpty();
        var refreshed = await b.Store.GetAsync(sessionKey, default);
        refreshed!.RefreshToken.Should().NotBe(signedIn.RefreshToken, "B spent the refresh token and saved the rotated pair");
        refreshed.Version.Should().Be(signedIn.Version + 3, "the expiry rewrite, B's lease and B's new pair");

        // A serves the same session from the pair B saved: no second refresh.
        using var onA = await a.Browser.GetAsync(a.Client, "/whoami");
        onA.StatusCode.Should().Be(HttpStatusCode.OK);
        (await onA.Content.ReadAsStringAsync()).Should().Be(user);
        (await a.Store.GetAsync(sessionKey, default)).Should().Be(refreshed);
        _lock.Held.Should().BeEmpty();
    }

    [Fact]
    public async Task An_instance_with_another_key_ring_cannot_read_the_session_and_asks_for_a_sign_in()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        await using var a = await StartInstanceAsync(emulator);
        await using var stranger = await StartInstanceAsync(emulator, new EphemeralDataProtectionProvider());
        using var _ = await a.SignInAsync();
        var sessionKey = a.SessionKey();

        using var me = await a.Browser.GetAsync(stranger.Client, "/aps/me");

        me.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the session reads as signed out there");
        (await stranger.Store.GetAsync(sessionKey, default)).Should().BeNull("the entry reads as absent, never as an exception");
    }

    [Fact]
    public void The_Data_Protection_adapter_uses_the_Aps_Sdk_TokenStore_purpose()
    {
        var adapter = new DataProtectionApsTokenProtector(_keyRing);
        var plaintext = Encoding.UTF8.GetBytes("""{"refreshToken":"r"}""");

        var protectedData = adapter.Protect(plaintext);

        protectedData.Should().NotEqual(plaintext);
        _keyRing.CreateProtector("Aps.Sdk.TokenStore").Unprotect(protectedData).Should().Equal(plaintext);
        adapter.Unprotect(_keyRing.CreateProtector("Aps.Sdk.TokenStore").Protect(plaintext)).Should().Equal(plaintext);
        var otherPurpose = () => adapter.Unprotect(_keyRing.CreateProtector("something-else").Protect(plaintext));
        otherPurpose.Should().Throw<System.Security.Cryptography.CryptographicException>();
    }

    [Fact]
    public void ProtectTokensWithDataProtection_registers_the_adapter_for_the_default_and_named_registrations()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o => { o.ClientId = "id"; o.ClientSecret = "secret"; }).ProtectTokensWithDataProtection();
        services.AddApsClients("second", o => { o.ClientId = "id2"; o.ClientSecret = "secret2"; }).ProtectTokensWithDataProtection();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IApsTokenProtector>().Should().BeOfType<DataProtectionApsTokenProtector>();
        provider.GetRequiredKeyedService<IApsTokenProtector>("second").Should().BeOfType<DataProtectionApsTokenProtector>();
        provider.GetRequiredService<IDataProtectionProvider>().Should().NotBeNull("Data Protection is added");
    }

    [Fact]
    public void Sign_in_on_a_named_registration_uses_the_store_registered_for_that_name()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDistributedCache>(_cache);
        services.AddSingleton<IApsDistributedLock>(_lock);
        services.AddApsClients("second", o => { o.ClientId = "id"; o.ClientSecret = "secret"; })
            .UseDistributedCacheTokenStore()
            .AddApsSignIn();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ApsSessionRegistry>().Store.Should().BeSameAs(provider.GetRequiredKeyedService<IApsTokenStore>("second"))
            .And.BeOfType<DistributedCacheApsTokenStore>();
    }

    private Task<SignInApp> StartInstanceAsync(ApsEmulator emulator, IDataProtectionProvider? keyRing = null)
        => SignInApp.StartAsync(
            services: s =>
            {
                s.AddSingleton<IDistributedCache>(_cache);
                s.AddSingleton<IApsDistributedLock>(_lock);
                s.AddSingleton<IDataProtectionProvider>(keyRing ?? _keyRing);
            },
            sharedEmulator: emulator,
            aps: b => b.UseDistributedCacheTokenStore().ProtectTokensWithDataProtection());

    /// <summary>The lock service both instances share (in process here; Redis in production).</summary>
    private sealed class InProcessLock : IApsDistributedLock
    {
        private readonly ConcurrentDictionary<string, object> _held = new(StringComparer.Ordinal);

        public IReadOnlyCollection<string> Held => _held.Keys.ToArray();

        public ValueTask<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan leaseTime, CancellationToken cancellationToken)
        {
            var owner = new object();
            return new ValueTask<IAsyncDisposable?>(_held.TryAdd(resource, owner) ? new Lease(_held, resource, owner) : null);
        }

        private sealed class Lease(ConcurrentDictionary<string, object> held, string resource, object owner) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                held.TryRemove(new KeyValuePair<string, object>(resource, owner));
                return ValueTask.CompletedTask;
            }
        }
    }
}
