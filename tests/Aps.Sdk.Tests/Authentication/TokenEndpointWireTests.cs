using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using WireMock;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>What every grant, revoke and introspect put on the wire, and how the answers are read.</summary>
public sealed class TokenEndpointWireTests : IDisposable
{
    private const string FormContentType = "application/x-www-form-urlencoded";
    private const string Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static readonly Uri Callback = new("https://app.example.com/aps/callback");
    private static readonly string ExpectedBasic = AuthWire.BasicCredentials(TestClients.ClientId, TestClients.ClientSecret);

    private readonly AuthWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Two_legged_token_posts_client_credentials_with_basic_auth()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"two-legged-access","token_type":"Bearer","expires_in":3599,"scope":"data:read data:write"}""");
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var client = _wire.Client(time: time);

        var token = await client.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create("data:write", "data:read"));

        var request = SingleTokenRequest();
        AuthWire.Header(request, "Authorization").Should().Be(ExpectedBasic);
        FormFields.Parse(AuthWire.Body(request)).Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = "data:read data:write",
        });
        token.AccessToken.Should().Be("two-legged-access");
        token.TokenType.Should().Be("Bearer");
        token.ExpiresIn.Should().Be(3599);
        token.Scope.Should().Be("data:read data:write");
        token.RefreshToken.Should().BeNull();

        var access = token.ToAccessToken(time.GetUtcNow());
        access.Value.Should().Be("two-legged-access");
        access.ExpiresOn.Should().Be(time.GetUtcNow().AddSeconds(3599));
        access.Scopes.Should().Be(ApsScopes.Create("data:read", "data:write"));
    }

    [Fact]
    public async Task Three_legged_code_exchange_sends_code_redirect_uri_and_verifier()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """
            {"access_token":"user-access","refresh_token":"user-refresh","id_token":"header.payload.sig","token_type":"Bearer","expires_in":3600,"expires_at":1740830400}
            """);
        var client = _wire.Client();

        var token = await client.Authentication.GetThreeLeggedTokenAsync("auth-code-123", Callback, Verifier);

        var request = SingleTokenRequest();
        AuthWire.Header(request, "Authorization").Should().Be(ExpectedBasic);
        FormFields.Parse(AuthWire.Body(request)).Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = "auth-code-123",
            ["redirect_uri"] = "https://app.example.com/aps/callback",
            ["code_verifier"] = Verifier,
        });
        token.AccessToken.Should().Be("user-access");
        token.RefreshToken.Should().Be("user-refresh");
        token.IdToken.Should().Be("header.payload.sig");
        token.ExpiresIn.Should().Be(3600);
        token.ExpiresAt.Should().Be(1740830400);
    }

    [Fact]
    public async Task Three_legged_code_exchange_without_pkce_sends_no_verifier()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"a","refresh_token":"r","expires_in":3600}""");
        var client = _wire.Client();

        await client.Authentication.GetThreeLeggedTokenAsync("auth-code-123", Callback);

        FormFields.Parse(AuthWire.Body(SingleTokenRequest())).Keys.Should().BeEquivalentTo("grant_type", "code", "redirect_uri");
    }

    [Fact]
    public async Task Three_legged_code_exchange_rejects_a_malformed_verifier_before_sending()
    {
        var client = _wire.Client();

        var act = () => client.Authentication.GetThreeLeggedTokenAsync("auth-code-123", Callback, "too-short");

        await act.Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Refresh_spends_the_refresh_token()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"new-access","refresh_token":"new-refresh","token_type":"Bearer","expires_in":3600}""");
        var client = _wire.Client();

        var token = await client.Authentication.RefreshTokenAsync("old-refresh");

        var request = SingleTokenRequest();
        AuthWire.Header(request, "Authorization").Should().Be(ExpectedBasic);
        FormFields.Parse(AuthWire.Body(request)).Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = "old-refresh",
        });
        token.AccessToken.Should().Be("new-access");
        token.RefreshToken.Should().Be("new-refresh");
    }

    [Fact]
    public async Task Refresh_can_narrow_the_scopes()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"new-access","refresh_token":"new-refresh","expires_in":3600,"scope":"data:read"}""");
        var client = _wire.Client();

        var token = await client.Authentication.RefreshTokenAsync("old-refresh", ApsScopes.Create("data:read"));

        FormFields.Parse(AuthWire.Body(SingleTokenRequest()))["scope"].Should().Be("data:read");
        token.Scope.Should().Be("data:read");
    }

    [Fact]
    public async Task Jwt_assertion_exchange_uses_the_jwt_bearer_grant()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"ssa-access","token_type":"Bearer","expires_in":3599}""");
        var client = _wire.Client();
        const string assertion = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJ0ZXN0In0.c2ln";

        var token = await client.Authentication.ExchangeJwtAssertionAsync(assertion, ApsScopes.Create("data:read", "data:create"));

        var request = SingleTokenRequest();
        AuthWire.Header(request, "Authorization").Should().Be(ExpectedBasic);
        FormFields.Parse(AuthWire.Body(request)).Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = assertion,
            ["scope"] = "data:create data:read",
        });
        token.AccessToken.Should().Be("ssa-access");
    }

    [Fact]
    public async Task Public_client_sends_client_id_in_the_body_and_no_authorization_header()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"pub-access","refresh_token":"pub-refresh","expires_in":3600}""");
        var client = PublicClient();

        var token = await client.Authentication.GetThreeLeggedTokenAsync("auth-code-123", Callback, Verifier);

        var request = SingleTokenRequest();
        AuthWire.Header(request, "Authorization").Should().BeNull();
        FormFields.Parse(AuthWire.Body(request)).Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = "auth-code-123",
            ["redirect_uri"] = "https://app.example.com/aps/callback",
            ["code_verifier"] = Verifier,
            ["client_id"] = TestClients.ClientId,
        });
        token.AccessToken.Should().Be("pub-access");
    }

    [Fact]
    public async Task Public_client_refresh_sends_client_id_in_the_body_and_no_authorization_header()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"pub-access-2","refresh_token":"pub-refresh-2","expires_in":3600}""");
        var client = PublicClient();

        await client.Authentication.RefreshTokenAsync("pub-refresh");

        var request = SingleTokenRequest();
        AuthWire.Header(request, "Authorization").Should().BeNull();
        FormFields.Parse(AuthWire.Body(request)).Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = "pub-refresh",
            ["client_id"] = TestClients.ClientId,
        });
    }

    [Fact]
    public async Task Public_client_cannot_ask_for_a_two_legged_token()
    {
        var client = PublicClient();

        var act = () => client.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create("data:read"));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*ClientSecret*");
        _wire.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(ApsTokenTypeHint.AccessToken, "access_token")]
    [InlineData(ApsTokenTypeHint.RefreshToken, "refresh_token")]
    public async Task Revoke_posts_the_token_and_its_type_hint(ApsTokenTypeHint hint, string wireHint)
    {
        _wire.Reply("POST", "/authentication/v2/revoke", 200, null);
        var client = _wire.Client();

        await client.Authentication.RevokeTokenAsync("token-to-revoke", hint);

        var request = _wire.Requests.Should().ContainSingle().Subject;
        AssertFormPost(request, "/authentication/v2/revoke");
        AuthWire.Header(request, "Authorization").Should().Be(ExpectedBasic);
        FormFields.Parse(AuthWire.Body(request)).Should().Equal(new Dictionary<string, string>
        {
            ["token"] = "token-to-revoke",
            ["token_type_hint"] = wireHint,
        });
    }

    [Fact]
    public async Task Revoke_by_a_public_client_sends_client_id_in_the_body()
    {
        _wire.Reply("POST", "/authentication/v2/revoke", 200, null);
        var client = PublicClient();

        await client.Authentication.RevokeTokenAsync("token-to-revoke", ApsTokenTypeHint.RefreshToken);

        var request = _wire.Requests.Should().ContainSingle().Subject;
        AuthWire.Header(request, "Authorization").Should().BeNull();
        FormFields.Parse(AuthWire.Body(request))["client_id"].Should().Be(TestClients.ClientId);
    }

    [Fact]
    public async Task Introspect_posts_the_token_and_reads_the_metadata()
    {
        _wire.Reply("POST", "/authentication/v2/introspect", 200, """
            {"active":true,"scope":"data:read data:write","client_id":"test-client-id","exp":1740830400,"userid":"USER123","token_type":"Bearer"}
            """);
        var client = _wire.Client();

        var info = await client.Authentication.IntrospectTokenAsync("token-to-inspect");

        var request = _wire.Requests.Should().ContainSingle().Subject;
        AssertFormPost(request, "/authentication/v2/introspect");
        AuthWire.Header(request, "Authorization").Should().Be(ExpectedBasic);
        FormFields.Parse(AuthWire.Body(request)).Should().Equal(new Dictionary<string, string> { ["token"] = "token-to-inspect" });
        info.Active.Should().BeTrue();
        info.Scope.Should().Be("data:read data:write");
        info.ClientId.Should().Be("test-client-id");
        info.UserId.Should().Be("USER123");
        info.ExpiresAtUnixSeconds.Should().Be(1740830400);
        info.ExpiresOn.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1740830400));
        info.AdditionalData.Should().ContainKey("token_type");
    }

    [Fact]
    public async Task Introspect_reads_an_inactive_token()
    {
        _wire.Reply("POST", "/authentication/v2/introspect", 200, """{"active":false}""");
        var client = _wire.Client();

        var info = await client.Authentication.IntrospectTokenAsync("revoked-token");

        info.Active.Should().BeFalse();
        info.ExpiresOn.Should().BeNull();
    }

    [Fact]
    public async Task A_token_answer_without_an_access_token_is_an_authentication_error()
    {
        _wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"","token_type":"Bearer","expires_in":3600}""");
        var client = _wire.Client();

        var act = () => client.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create("data:read"));

        await act.Should().ThrowAsync<ApsAuthenticationException>();
    }

    private ApsClient PublicClient() => _wire.Client(o =>
    {
        o.ClientSecret = null;
        o.TokenProvider = new StaticTokenProvider("unused-user-token", DateTimeOffset.UtcNow.AddHours(1));
    });

    private IRequestMessage SingleTokenRequest()
    {
        var request = _wire.Requests.Should().ContainSingle().Subject;
        AssertFormPost(request, AuthWire.TokenPath);
        return request;
    }

    private static void AssertFormPost(IRequestMessage request, string path)
    {
        request.Method.Should().Be("POST");
        request.Path.Should().Be(path);
        request.RawQuery.Should().BeNullOrEmpty();
        AuthWire.Header(request, "Content-Type").Should().StartWith(FormContentType);
        AuthWire.Header(request, "Accept").Should().Contain("application/json");
    }
}
