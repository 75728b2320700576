using Aps.Sdk.Core.Handlers;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Aps.Sdk.Tests.Pipeline;

/// <summary><see cref="ApsResilienceOptions.MaxConnectionsPerServer"/>: off by default, caps the API client's sockets when set, never the transfer client's.</summary>
public sealed class ConnectionCapTests
{
    [Fact]
    public void By_default_the_primary_handlers_have_no_connection_cap_of_their_own()
    {
        var options = TestClients.Options();

        options.Resilience.MaxConnectionsPerServer.Should().BeNull();
        ApsHttpChain.CreatePrimaryHandler(options).MaxConnectionsPerServer.Should().Be(int.MaxValue);
        ApsHttpChain.CreatePrimaryHandler(options, apiCalls: false).MaxConnectionsPerServer.Should().Be(int.MaxValue);
    }

    [Fact]
    public void A_cap_applies_to_the_api_client_and_not_to_transfers()
    {
        var options = TestClients.Options(o => o.Resilience.MaxConnectionsPerServer = 16);

        using var api = ApsHttpChain.CreatePrimaryHandler(options);
        using var transfers = ApsHttpChain.CreatePrimaryHandler(options, apiCalls: false);

        api.MaxConnectionsPerServer.Should().Be(16);
        transfers.MaxConnectionsPerServer.Should().Be(int.MaxValue, "transfer parts are bounded by the transfer's own concurrency");
    }

    [Fact]
    public void The_cap_binds_from_configuration_and_reaches_the_factory_handler()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ClientId"] = "id",
            ["ClientSecret"] = "secret",
            ["Resilience:MaxConnectionsPerServer"] = "16",
        }).Build();
        var services = new ServiceCollection();
        services.AddApsClients(configuration);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpMessageHandlerFactory>();

        provider.GetRequiredService<ApsClient>().Options.Resilience.MaxConnectionsPerServer.Should().Be(16);
        ((SocketsHttpHandler)Innermost(factory.CreateHandler("Aps"))).MaxConnectionsPerServer.Should().Be(16);
        ((SocketsHttpHandler)Innermost(factory.CreateHandler("Aps.Transfer"))).MaxConnectionsPerServer.Should().Be(int.MaxValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_cap_below_one_is_rejected(int cap)
    {
        var act = () => new ApsClient(TestClients.Options(o => o.Resilience.MaxConnectionsPerServer = cap));

        act.Should().Throw<ArgumentException>().WithMessage("*MaxConnectionsPerServer*");
    }

    private static HttpMessageHandler Innermost(HttpMessageHandler handler)
    {
        while (handler is DelegatingHandler delegating && delegating.InnerHandler is not null)
        {
            handler = delegating.InnerHandler;
        }

        return handler;
    }
}
