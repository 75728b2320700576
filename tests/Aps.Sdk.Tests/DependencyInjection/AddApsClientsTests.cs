using System.Net;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.Tests.DependencyInjection;

public class AddApsClientsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Resolves_every_client_as_a_singleton()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o =>
        {
            o.ClientId = "id";
            o.ClientSecret = "secret";
        });
        using var provider = services.BuildServiceProvider();

        var aps = provider.GetRequiredService<ApsClient>();
        provider.GetRequiredService<ApsClient>().Should().BeSameAs(aps);
        provider.GetRequiredService<AuthenticationClient>().Should().BeSameAs(aps.Authentication);
        aps.TokenProvider.Should().BeOfType<ClientCredentialsTokenProvider>();
        provider.GetRequiredService<IApsTokenStore>().Should().BeOfType<InMemoryApsTokenStore>();
        provider.GetRequiredService<Aps.Sdk.Oss.OssClient>().Should().BeSameAs(aps.Oss);
        provider.GetRequiredService<global::Aps.Sdk.ModelDerivative.ModelDerivativeClient>().Should().BeSameAs(aps.ModelDerivative);
        provider.GetRequiredService<global::Aps.Sdk.DataManagement.DataManagementClient>().Should().BeSameAs(aps.DataManagement);
        provider.GetRequiredService<global::Aps.Sdk.Webhooks.WebhooksClient>().Should().BeSameAs(aps.Webhooks);
        provider.GetRequiredService<global::Aps.Sdk.ServiceAccounts.ServiceAccountsClient>().Should().BeSameAs(aps.ServiceAccounts);
        provider.GetRequiredService<global::Aps.Sdk.Construction.ConstructionClient>().Should().BeSameAs(aps.Construction);
        provider.GetRequiredService<global::Aps.Sdk.Construction.Issues.IssuesClient>().Should().BeSameAs(aps.Construction.Issues);
        provider.GetRequiredService<global::Aps.Sdk.Construction.AutoSpecs.AutoSpecsClient>().Should().BeSameAs(aps.Construction.AutoSpecs);
    }

    [Fact]
    public void Binds_options_from_configuration()
    {
        var services = new ServiceCollection();
        services.AddApsClients(Config(
            ("ClientId", "cfg-id"),
            ("ClientSecret", "cfg-secret"),
            ("DefaultRegion", "EMEA"),
            ("ApplicationId", "MyApp"),
            ("BaseAddress", "https://aps.example.com"),
            ("TokenRefreshMargin", "00:02:00"),
            ("Resilience:MaxRetryAttempts", "5"),
            ("Resilience:CircuitBreaker:Enabled", "false"),
            ("Resilience:RateLimiter:PermitLimit", "7")));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<ApsClient>().Options;
        options.ClientId.Should().Be("cfg-id");
        options.ClientSecret.Should().Be("cfg-secret");
        options.DefaultRegion.Should().Be(ApsRegion.EMEA);
        options.ApplicationId.Should().Be("MyApp");
        options.BaseAddress.Should().Be(new Uri("https://aps.example.com"));
        options.TokenRefreshMargin.Should().Be(TimeSpan.FromMinutes(2));
        options.Resilience.MaxRetryAttempts.Should().Be(5);
        options.Resilience.CircuitBreaker.Enabled.Should().BeFalse();
        options.Resilience.RateLimiter.PermitLimit.Should().Be(7);
    }

    [Fact]
    public void ConfigureResilience_changes_the_settings()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o =>
        {
            o.ClientId = "id";
            o.ClientSecret = "secret";
        }).ConfigureResilience(r => r.MaxRetryAttempts = 9);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ApsClient>().Options.Resilience.MaxRetryAttempts.Should().Be(9);
    }

    [Fact]
    public async Task Invalid_options_fail_on_start_with_a_clear_message()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddApsClients(Config(("ClientSecret", "only-a-secret"), ("BaseAddress", "http://not-loopback.example.com")));
        using var host = builder.Build();

        var act = () => host.StartAsync();

        var failure = (await act.Should().ThrowAsync<OptionsValidationException>()).Which;
        failure.Message.Should().Contain("Aps:ClientId is required");
        failure.Message.Should().Contain("Aps:BaseAddress must use https");
        failure.Message.Should().NotContain("only-a-secret");
    }

    [Fact]
    public async Task Valid_options_start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddApsClients(Config(("ClientId", "id"), ("ClientSecret", "secret")));
        using var host = builder.Build();

        await host.StartAsync();
        host.Services.GetRequiredService<ApsClient>().Options.ClientId.Should().Be("id");
        await host.StopAsync();
    }

    [Fact]
    public void Keyed_registrations_serve_several_apps()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o =>
        {
            o.ClientId = "default-app";
            o.ClientSecret = "s1";
        });
        services.AddApsClients("second", o =>
        {
            o.ClientId = "second-app";
            o.ClientSecret = "s2";
            o.DefaultRegion = ApsRegion.EMEA;
        });
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<ApsClient>();
        var second = provider.GetRequiredKeyedService<ApsClient>("second");
        second.Should().NotBeSameAs(first);
        first.Options.ClientId.Should().Be("default-app");
        second.Options.ClientId.Should().Be("second-app");
        second.Options.DefaultRegion.Should().Be(ApsRegion.EMEA);
        provider.GetRequiredKeyedService<AuthenticationClient>("second").Should().BeSameAs(second.Authentication);
        second.TokenProvider.Should().NotBeSameAs(first.TokenProvider);
    }

    [Fact]
    public void Registrations_use_TryAdd_so_users_can_override()
    {
        var services = new ServiceCollection();
        var mine = new ApsClient(TestClients.Options(), new RecordingHandler((_, _) => Responses.Status(HttpStatusCode.OK)));
        services.AddSingleton(mine);
        services.AddApsClients(o =>
        {
            o.ClientId = "id";
            o.ClientSecret = "secret";
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ApsClient>().Should().BeSameAs(mine);
    }

    [Fact]
    public async Task UseTokenProvider_replaces_the_default_and_AddHttpMessageHandler_sees_requests()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new RecordingHandler((_, _) => Responses.Json("""{"keys":[{"kid":"k1","kty":"RSA"}]}""")));
        services.AddApsClients(o => o.ClientId = "public-client")
            .UseTokenProvider<FixedTokenProvider>()
            .AddHttpMessageHandler<HeaderStampingHandler>();
        services.AddHttpClient("Aps").ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<RecordingHandler>());
        using var provider = services.BuildServiceProvider();

        var aps = provider.GetRequiredService<ApsClient>();
        aps.TokenProvider.Should().BeOfType<FixedTokenProvider>();

        using var response = await aps.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/some/raw/path"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var recorded = provider.GetRequiredService<RecordingHandler>().Single;
        recorded.Uri.AbsoluteUri.Should().Be("https://developer.api.autodesk.com/some/raw/path");
        recorded.Header("Authorization").Should().Be("Bearer fixed-token-value");
        recorded.Header("X-Stamp").Should().Be("stamped");
        recorded.Header("User-Agent").Should().StartWith("Aps.Sdk/");
    }

    [Fact]
    public void The_factory_clients_never_follow_redirects_or_share_cookies()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o =>
        {
            o.ClientId = "id";
            o.ClientSecret = "secret";
        });
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpMessageHandlerFactory>();

        foreach (var name in new[] { "Aps", "Aps.Transfer" })
        {
            var primary = InnermostHandler(factory.CreateHandler(name));
            var sockets = primary.Should().BeOfType<SocketsHttpHandler>().Subject;
            sockets.AllowAutoRedirect.Should().BeFalse();
            sockets.UseCookies.Should().BeFalse();
            sockets.PooledConnectionLifetime.Should().Be(TimeSpan.FromMinutes(5));

            // Neither primary handler decompresses: the Aps chain asks for and decodes compressed JSON itself
            // (CompressionTests), and a transfer's byte range must mean bytes of the object.
            sockets.AutomaticDecompression.Should().Be(DecompressionMethods.None);
        }
    }

    [Fact]
    public async Task A_registered_token_provider_may_depend_on_the_clients()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o => o.ClientId = "public-client").UseTokenProvider<ProviderNeedingTheAuthenticationClient>();
        await using var provider = services.BuildServiceProvider();

        // Resolving used to dead-lock: the pipeline resolved the provider, which needs the client being built.
        var resolve = Task.Run(() => provider.GetRequiredService<ApsClient>().TokenProvider);
        var tokenProvider = await resolve.WaitAsync(TimeSpan.FromSeconds(30));

        tokenProvider.Should().BeOfType<ProviderNeedingTheAuthenticationClient>()
            .Which.Authentication.Should().BeSameAs(provider.GetRequiredService<AuthenticationClient>());
    }

    [Fact]
    public void Registering_the_same_name_twice_builds_one_handler_chain_with_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o => o.ClientId = "id");
        services.AddApsClients(o => o.ClientSecret = "secret").ConfigureResilience(r => r.MaxRetryAttempts = 1);
        using var provider = services.BuildServiceProvider();

        var handlers = new List<string>();
        HttpMessageHandler? handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("Aps");
        while (handler is DelegatingHandler delegating)
        {
            handlers.Add(delegating.GetType().Name);
            handler = delegating.InnerHandler;
        }

        handlers.Where(h => h != "LifetimeTrackingHttpMessageHandler").Should().Equal(
            "DiagnosticsHandler", "ApsResilienceHandler", "RedactingLoggingHandler");
        var options = provider.GetRequiredService<ApsClient>().Options;
        options.ClientId.Should().Be("id");
        options.ClientSecret.Should().Be("secret");
        options.Resilience.MaxRetryAttempts.Should().Be(1);
    }

    [Fact]
    public void A_public_client_needs_only_its_client_id()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o => o.ClientId = "public-client");
        using var provider = services.BuildServiceProvider();

        var aps = provider.GetRequiredService<ApsClient>();
        aps.TokenProvider.Should().BeNull("without a secret there is no 2-legged provider; calls pass the user's provider");
    }

    public sealed class ProviderNeedingTheAuthenticationClient(AuthenticationClient authentication) : IApsTokenProvider
    {
        public AuthenticationClient Authentication { get; } = authentication;

        public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
            => new(new ApsAccessToken("from-provider", DateTimeOffset.UtcNow.AddHours(1)));

        public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private static HttpMessageHandler InnermostHandler(HttpMessageHandler handler)
    {
        while (handler is DelegatingHandler delegating && delegating.InnerHandler is not null)
        {
            handler = delegating.InnerHandler;
        }

        return handler;
    }

    public sealed class FixedTokenProvider : IApsTokenProvider
    {
        public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
            => new(new ApsAccessToken("fixed-token-value", DateTimeOffset.UtcNow.AddHours(1)));

        public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    public sealed class HeaderStampingHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("X-Stamp", "stamped");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
