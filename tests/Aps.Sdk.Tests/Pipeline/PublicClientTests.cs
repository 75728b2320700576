using System.Net;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Pipeline;

public class PublicClientTests
{
    [Fact]
    public async Task A_public_client_without_a_per_call_provider_gets_a_clear_authentication_error_and_sends_nothing()
    {
        var handler = new RecordingHandler((_, _) => Responses.Json("{}"));
        using var aps = new ApsClient(new ApsOptions { ClientId = "public-client" }, handler);

        var act = () => aps.Authentication.GetUserInfoAsync();

        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        error.Message.Should().Contain("ApsRequestOptions.TokenProvider");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_public_client_calls_with_the_signed_in_users_provider()
    {
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"sub":"U1","name":"Ada"}"""));
        using var aps = new ApsClient(new ApsOptions { ClientId = "public-client" }, handler);
        var user = new StaticTokenProvider(new ApsAccessToken("user-token", DateTimeOffset.UtcNow.AddHours(1)));

        var info = await aps.Authentication.GetUserInfoAsync(new ApsRequestOptions { TokenProvider = user });

        info.Sub.Should().Be("U1");
        handler.Single.Header("Authorization").Should().Be("Bearer user-token");
        handler.Single.Uri.Host.Should().Be("api.userprofile.autodesk.com");
    }

    [Fact]
    public async Task A_public_client_cannot_ask_for_a_2_legged_token()
    {
        var handler = new RecordingHandler((_, _) => Responses.Status(HttpStatusCode.OK));
        using var aps = new ApsClient(new ApsOptions { ClientId = "public-client" }, handler);

        var act = () => aps.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create(ApsScopes.DataRead));

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("ClientSecret");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public void Options_without_a_client_id_or_provider_are_refused_with_the_configuration_key()
    {
        var act = () => new ApsClient(new ApsOptions());

        act.Should().Throw<ArgumentException>().WithMessage("*Aps:ClientId*Aps__ClientId*");
    }

    [Fact]
    public void Text_converts_to_a_region_through_Parse()
    {
        ApsRegion eu = "EU";
        ApsRegion emea = "emea";

        eu.Should().Be(ApsRegion.EMEA);
        emea.Should().Be(ApsRegion.EMEA);
    }
}
