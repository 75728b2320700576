using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Authentication;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.Tests.DependencyInjection;

/// <summary><c>AddApsClients(...).AddDistributedTokenCache()</c>: the default provider shares tokens through the app's <c>IDistributedCache</c>.</summary>
[Collection(SharedTokenCacheCollection.Name)]
public sealed class AddDistributedTokenCacheTests
{
    private const string TokenPath = "/authentication/v2/token";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task With_AddDistributedMemoryCache_the_default_provider_uses_the_registered_cache()
    {
        var services = new ServiceCollection();
        services.AddDistributedMemoryCache();
        services.AddApsClients(o =>
        {
            o.ClientId = TestClients.ClientId;
            o.ClientSecret = TestClients.ClientSecret;
        }).AddDistributedTokenCache();
        var wire = Wire(services);
        using var provider = services.BuildServiceProvider();

        var aps = provider.GetRequiredService<ApsClient>();
        aps.Options.TokenCache.Should().BeOfType<ApsDistributedTokenCache>();
        aps.TokenProvider.Should().BeOfType<ClientCredentialsTokenProvider>();
        (await aps.Authentication.GetUserInfoAsync()).Sub.Should().Be("APP");

        var cache = provider.GetRequiredService<IDistributedCache>();
        var key = "aps:token:" + ((ClientCredentialsTokenProvider)aps.TokenProvider!).SharedKeyOf(ApsScopes.Create(ApsScopes.UserProfileRead));
        (await cache.GetAsync(key)).Should().NotBeNull("the fetched token was written to the registered cache");
        wire.Requests.Select(r => r.Uri.AbsolutePath).Should().Equal(TokenPath, "/userinfo");
    }

    [Fact]
    public async Task Two_containers_over_one_cache_make_one_token_request()
    {
        var shared = new RecordingDistributedCache();
        var wire = TokenWire();
        using var first = Container(shared, wire);
        using var second = Container(shared, wire);

        (await first.GetRequiredService<ApsClient>().Authentication.GetUserInfoAsync()).Sub.Should().Be("APP");
        (await second.GetRequiredService<ApsClient>().Authentication.GetUserInfoAsync()).Sub.Should().Be("APP");

        wire.Requests.Select(r => r.Uri.AbsolutePath).Should().Equal(TokenPath, "/userinfo", "/userinfo");
        wire.Requests.Skip(1).Select(r => r.Header("Authorization")).Should().AllBe("Bearer shared-token-0");
    }

    [Fact]
    public async Task The_entry_expires_the_registrations_refresh_margin_before_the_token_and_the_options_apply()
    {
        var shared = new RecordingDistributedCache();
        var wire = TokenWire();
        var protector = new AesGcmTestProtector(new byte[32]);
        using var container = Container(shared, wire, o => o.TokenRefreshMargin = TimeSpan.FromMinutes(2), c =>
        {
            c.KeyPrefix.Should().Be("aps:token:");
            c.RefreshMargin.Should().Be(TimeSpan.FromMinutes(2), "the margin comes from the registration's options");
            c.KeyPrefix = "staging:";
            c.Protector = protector;
        });

        await container.GetRequiredService<ApsClient>().Authentication.GetUserInfoAsync();

        var set = shared.Calls.Single(c => c.Operation == "set");
        set.Key.Should().StartWith("staging:cc:" + TestClients.ClientId + ":");
        set.Options!.AbsoluteExpirationRelativeToNow.Should().Be(TimeSpan.FromMinutes(58));
        var stored = await shared.Inner.GetAsync(set.Key);
        System.Text.Encoding.UTF8.GetString(protector.Unprotect(stored!)).Should().Contain("\"token\":\"shared-token-0\"");
    }

    [Fact]
    public async Task Named_registrations_get_their_own_cache_settings_and_the_default_one_is_untouched()
    {
        var shared = new RecordingDistributedCache();
        var wire = TokenWire();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IDistributedCache>(shared);
        services.AddApsClients(o =>
        {
            o.ClientId = "default-app";
            o.ClientSecret = "default-secret";
        });
        services.AddApsClients("second", o =>
        {
            o.ClientId = "second-app";
            o.ClientSecret = "second-secret";
        }).AddDistributedTokenCache(c => c.KeyPrefix = "second:");
        services.AddHttpClient("Aps:second").ConfigurePrimaryHttpMessageHandler(() => wire);
        using var provider = services.BuildServiceProvider();

        var second = provider.GetRequiredKeyedService<ApsClient>("second");
        await second.Authentication.GetUserInfoAsync();

        provider.GetRequiredService<ApsClient>().Options.TokenCache.Should().BeNull();
        second.Options.TokenCache.Should().BeOfType<ApsDistributedTokenCache>().Which.ToString().Should().Contain("prefix 'second:'");
        shared.Calls.Where(c => c.Operation == "set").Select(c => c.Key).Should().ContainSingle().Which.Should().StartWith("second:cc:second-app:");
    }

    [Fact]
    public async Task A_registered_IApsTokenProtector_encrypts_the_entries()
    {
        var shared = new RecordingDistributedCache();
        var wire = TokenWire();
        var protector = new AesGcmTestProtector(new byte[32]);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IDistributedCache>(shared);
        services.AddSingleton<IApsTokenProtector>(protector);
        services.AddApsClients(o =>
        {
            o.ClientId = TestClients.ClientId;
            o.ClientSecret = TestClients.ClientSecret;
        }).AddDistributedTokenCache();
        services.AddHttpClient("Aps").ConfigurePrimaryHttpMessageHandler(() => wire);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ApsClient>().Authentication.GetUserInfoAsync();

        var stored = await shared.Inner.GetAsync(shared.Calls.Single(c => c.Operation == "set").Key);
        System.Text.Encoding.UTF8.GetString(stored!).Should().NotContain("shared-token-0");
        System.Text.Encoding.UTF8.GetString(protector.Unprotect(stored!)).Should().Contain("\"token\":\"shared-token-0\"");
    }

    [Fact]
    public async Task A_named_registration_uses_the_IApsTokenProtector_registered_under_its_name()
    {
        var shared = new RecordingDistributedCache();
        var wire = TokenWire();
        var named = new AesGcmTestProtector(Enumerable.Repeat((byte)7, 32).ToArray());
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IDistributedCache>(shared);
        services.AddSingleton<IApsTokenProtector>(new AesGcmTestProtector(new byte[32]));
        services.AddKeyedSingleton<IApsTokenProtector>("second", named);
        services.AddApsClients("second", o =>
        {
            o.ClientId = "second-app";
            o.ClientSecret = "second-secret";
        }).AddDistributedTokenCache();
        services.AddHttpClient("Aps:second").ConfigurePrimaryHttpMessageHandler(() => wire);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<ApsClient>("second").Authentication.GetUserInfoAsync();

        var stored = await shared.Inner.GetAsync(shared.Calls.Single(c => c.Operation == "set").Key);
        System.Text.Encoding.UTF8.GetString(named.Unprotect(stored!)).Should().Contain("\"token\":\"shared-token-0\"");
    }

    [Fact]
    public void A_TokenCache_set_in_code_is_kept()
    {
        var mine = new ApsDistributedTokenCache(new RecordingDistributedCache());
        var services = new ServiceCollection();
        services.AddDistributedMemoryCache();
        services.AddApsClients(o =>
        {
            o.ClientId = TestClients.ClientId;
            o.ClientSecret = TestClients.ClientSecret;
            o.TokenCache = mine;
        }).AddDistributedTokenCache();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ApsClient>().Options.TokenCache.Should().BeSameAs(mine);
    }

    [Fact]
    public void Without_a_registered_IDistributedCache_resolving_fails_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o =>
        {
            o.ClientId = TestClients.ClientId;
            o.ClientSecret = TestClients.ClientSecret;
        }).AddDistributedTokenCache();
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<ApsClient>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*AddDistributedTokenCache needs an IDistributedCache*");
    }

    private static RecordingHandler TokenWire()
    {
        var tokens = 0;
        return new RecordingHandler((request, _) => request.RequestUri!.AbsolutePath == TokenPath
            ? Responses.Json($$"""{"access_token":"shared-token-{{Interlocked.Increment(ref tokens) - 1}}","token_type":"Bearer","expires_in":3600}""")
            : Responses.Json("""{"sub":"APP"}"""));
    }

    private static RecordingHandler Wire(IServiceCollection services)
    {
        var wire = TokenWire();
        services.AddHttpClient("Aps").ConfigurePrimaryHttpMessageHandler(() => wire);
        return wire;
    }

    private ServiceProvider Container(IDistributedCache cache, RecordingHandler wire, Action<ApsOptions>? configure = null, Action<ApsDistributedTokenCacheOptions>? cacheOptions = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(cache);
        services.AddApsClients(o =>
        {
            o.ClientId = TestClients.ClientId;
            o.ClientSecret = TestClients.ClientSecret;
            configure?.Invoke(o);
        }).AddDistributedTokenCache(cacheOptions);
        services.AddHttpClient("Aps").ConfigurePrimaryHttpMessageHandler(() => wire);
        return services.BuildServiceProvider();
    }
}
