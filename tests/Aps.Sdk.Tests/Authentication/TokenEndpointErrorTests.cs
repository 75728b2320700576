using Aps.Sdk.Authentication;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>How token-endpoint failures surface, and which grants the pipeline may replay.</summary>
public sealed class TokenEndpointErrorTests : IDisposable
{
    private static readonly Uri Callback = new("https://app.example.com/aps/callback");

    private readonly AuthWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Invalid_grant_on_refresh_requires_sign_in()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 400, """{"error":"invalid_grant","error_description":"The refresh token is invalid or expired."}""");
        var client = _wire.Client();

        var act = () => client.Authentication.RefreshTokenAsync("dead-refresh-token");

        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        error.RequiresSignIn.Should().BeTrue();
        error.StatusCode.Should().Be(400);
        error.ErrorCode.Should().Be("invalid_grant");
        error.Detail.Should().Be("The refresh token is invalid or expired.");
        error.Message.Should().NotContain("dead-refresh-token");
        _wire.Requests.Should().ContainSingle("a refresh token is single use, so the grant is never replayed");
    }

    [Fact]
    public async Task Invalid_client_is_an_authentication_error_that_does_not_ask_the_user_to_sign_in()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 401, """{"error":"invalid_client","error_description":"The client credentials are invalid."}""");
        var client = _wire.Client();

        var act = () => client.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create("data:read"));

        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        error.RequiresSignIn.Should().BeFalse();
        error.StatusCode.Should().Be(401);
        error.ErrorCode.Should().Be("invalid_client");
        error.Message.Should().NotContain(Support.TestClients.ClientSecret);
        _wire.Requests.Should().ContainSingle("401 is not transient");
    }

    [Fact]
    public async Task Rate_limit_with_a_retry_after_beyond_the_budget_surfaces_at_once()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 429, """{"error":"rate_limit_exceeded"}""", ("Retry-After", "120"));
        var client = _wire.Client(o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(60));

        var act = () => client.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create("data:read"));

        var error = (await act.Should().ThrowAsync<ApsRateLimitException>()).Which;
        error.StatusCode.Should().Be(429);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        _wire.Requests.Should().ContainSingle("a Retry-After longer than the pipeline may wait is not waited for");
    }

    [Fact]
    public async Task Server_error_with_a_plain_text_body_is_an_ApsException_with_the_status()
    {
        _wire.Server.Given(Request.Create().WithPath(AuthWire.TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "text/plain").WithBody("Internal token service failure"));
        var client = _wire.Client();

        var act = () => client.Authentication.RefreshTokenAsync("some-refresh-token");

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.Should().NotBeOfType<ApsAuthenticationException>("a server fault does not mean the session is over");
        error.StatusCode.Should().Be(500);
        error.Detail.Should().Contain("Internal token service failure");
    }

    [Fact]
    public async Task Client_credentials_fetch_is_retried_on_503()
    {
        _wire.Server.Given(Request.Create().WithPath(AuthWire.TokenPath).UsingPost())
            .InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/plain").WithBody("busy"));
        _wire.Server.Given(Request.Create().WithPath(AuthWire.TokenPath).UsingPost())
            .InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"access_token":"after-retry","token_type":"Bearer","expires_in":3599}"""));
        var client = _wire.Client();

        var token = await client.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create("data:read"));

        token.AccessToken.Should().Be("after-retry");
        _wire.Requests.Should().HaveCount(2);
        _wire.Requests.Select(r => FormFields.Parse(AuthWire.Body(r))["grant_type"]).Should().AllBe("client_credentials");
    }

    [Fact]
    public async Task Authorization_code_exchange_is_not_retried_on_503()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 503, """{"error":"temporarily_unavailable"}""");
        var client = _wire.Client();

        var act = () => client.Authentication.GetThreeLeggedTokenAsync("single-use-code", Callback);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(503);
        _wire.Requests.Should().ContainSingle("an authorization code is single use; replaying it could burn the session");
    }

    [Fact]
    public async Task Refresh_is_not_retried_on_503()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 503, null);
        var client = _wire.Client();

        var act = () => client.Authentication.RefreshTokenAsync("single-use-refresh");

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(503);
        _wire.Requests.Should().ContainSingle();
    }
}
