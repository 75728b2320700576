using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>The browser URLs (authorize, logout): built locally from the options, never sent by the SDK.</summary>
public sealed class AuthorizeUrlTests : IDisposable
{
    private const string RfcVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    // RFC 7636 appendix B: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) of the verifier above.
    private const string RfcChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static readonly Uri Callback = new("https://app.example.com/aps/callback");

    private readonly AuthWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public void Authorize_url_carries_every_parameter_and_the_S256_challenge()
    {
        var client = _wire.Client();
        var request = new ApsAuthorizeRequest
        {
            RedirectUri = Callback,
            Scopes = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite, ApsScopes.UserProfileRead),
            State = "abc-123_x.y,z",
            Nonce = "n-0S6_WzA2Mj",
            Prompt = "login",
            ResponseMode = "form_post",
            AuthOptions = """{"uitype":"mobile"}""",
            Pkce = ApsPkce.FromVerifier(RfcVerifier),
        };

        var uri = client.Authentication.GetAuthorizeUrl(request);

        uri.GetLeftPart(UriPartial.Path).Should().Be(_wire.Url.GetLeftPart(UriPartial.Authority) + "/authentication/v2/authorize");
        FormFields.Query(uri).Should().Equal(new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = TestClients.ClientId,
            ["redirect_uri"] = "https://app.example.com/aps/callback",
            ["scope"] = "data:read data:write user-profile:read",
            ["state"] = "abc-123_x.y,z",
            ["nonce"] = "n-0S6_WzA2Mj",
            ["prompt"] = "login",
            ["response_mode"] = "form_post",
            ["authoptions"] = """{"uitype":"mobile"}""",
            ["code_challenge"] = RfcChallenge,
            ["code_challenge_method"] = "S256",
        });
        uri.AbsoluteUri.Should().NotContain(RfcVerifier, "the PKCE verifier stays on the server");
        uri.AbsoluteUri.Should().NotContain(TestClients.ClientSecret);
        _wire.Requests.Should().BeEmpty("building a browser URL makes no call");
    }

    [Fact]
    public void Authorize_url_escapes_values_that_would_break_the_query()
    {
        var client = _wire.Client();
        var uri = client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest
        {
            RedirectUri = new Uri("https://app.example.com/cb?tenant=a&b=c d"),
            Scopes = ApsScopes.Create("data:read"),
            AuthOptions = """{"uitype":"mobile","x":"a&b=c#d"}""",
        });

        var query = FormFields.Query(uri);
        query["redirect_uri"].Should().Be("https://app.example.com/cb?tenant=a&b=c%20d");
        query["authoptions"].Should().Be("""{"uitype":"mobile","x":"a&b=c#d"}""");
        uri.Fragment.Should().BeEmpty();
    }

    [Fact]
    public void Authorize_url_omits_optional_parameters_that_were_not_set()
    {
        var client = _wire.Client();

        var uri = client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest { RedirectUri = Callback, Scopes = ApsScopes.Create("data:read") });

        FormFields.Query(uri).Keys.Should().BeEquivalentTo("response_type", "client_id", "redirect_uri", "scope");
        FormFields.Query(uri)["response_type"].Should().Be("code");
    }

    [Fact]
    public void Authorize_url_allows_id_token_with_form_post()
    {
        var client = _wire.Client();

        var uri = client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest
        {
            RedirectUri = Callback,
            Scopes = ApsScopes.Create(ApsScopes.OpenId),
            ResponseType = "id_token",
            ResponseMode = "form_post",
            Nonce = "abc",
        });

        var query = FormFields.Query(uri);
        query["response_type"].Should().Be("id_token");
        query["response_mode"].Should().Be("form_post");
        query["scope"].Should().Be("openid");
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("a&b")]
    [InlineData("a=b")]
    [InlineData("a/b")]
    [InlineData("caf\u00e9")]
    [InlineData("")]
    public void Authorize_url_rejects_a_state_with_characters_APS_does_not_allow(string state)
    {
        var client = _wire.Client();

        var act = () => client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest { RedirectUri = Callback, Scopes = ApsScopes.Create("data:read"), State = state });

        act.Should().Throw<ArgumentException>().WithMessage("*State*");
    }

    [Theory]
    [InlineData("query")]
    [InlineData("fragment")]
    public void Authorize_url_rejects_id_token_with_a_response_mode_other_than_form_post(string mode)
    {
        var client = _wire.Client();

        var act = () => client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest
        {
            RedirectUri = Callback,
            Scopes = ApsScopes.Create(ApsScopes.OpenId),
            ResponseType = "id_token",
            ResponseMode = mode,
        });

        act.Should().Throw<ArgumentException>().WithMessage("*form_post*");
    }

    [Fact]
    public void Authorize_url_requires_at_least_one_scope()
    {
        var client = _wire.Client();

        var act = () => client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest { RedirectUri = Callback, Scopes = ApsScopes.None });

        act.Should().Throw<ArgumentException>().WithMessage("*scope*");
    }

    [Fact]
    public void Authorize_url_requires_an_absolute_redirect_uri()
    {
        var client = _wire.Client();

        var act = () => client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest { RedirectUri = new Uri("/callback", UriKind.Relative), Scopes = ApsScopes.Create("data:read") });

        act.Should().Throw<ArgumentException>().WithMessage("*RedirectUri*");
    }

    [Theory]
    [InlineData("token", null)]
    [InlineData("code", "web_message")]
    public void Authorize_url_rejects_unknown_response_types_and_modes(string responseType, string? responseMode)
    {
        var client = _wire.Client();

        var act = () => client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest
        {
            RedirectUri = Callback,
            Scopes = ApsScopes.Create("data:read"),
            ResponseType = responseType,
            ResponseMode = responseMode,
        });

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Authorize_url_needs_a_client_id()
    {
        using var client = new ApsClient(TestClients.Options(o =>
        {
            o.ClientId = null;
            o.ClientSecret = null;
            o.TokenProvider = new StaticTokenProvider("some-token", DateTimeOffset.UtcNow.AddHours(1));
        }));

        var act = () => client.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest { RedirectUri = Callback, Scopes = ApsScopes.Create("data:read") });

        act.Should().Throw<InvalidOperationException>().WithMessage("*ClientId*");
    }

    [Fact]
    public void Logout_url_carries_the_post_logout_redirect()
    {
        var client = _wire.Client();

        var uri = client.Authentication.GetLogoutUrl(new Uri("https://app.example.com/signed-out?from=aps"));

        uri.GetLeftPart(UriPartial.Path).Should().Be(_wire.Url.GetLeftPart(UriPartial.Authority) + "/authentication/v2/logout");
        FormFields.Query(uri).Should().Equal(new Dictionary<string, string> { ["post_logout_redirect_uri"] = "https://app.example.com/signed-out?from=aps" });
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Logout_url_without_redirect_has_no_query()
    {
        var client = _wire.Client();

        var uri = client.Authentication.GetLogoutUrl();

        uri.AbsoluteUri.Should().Be(_wire.Url.GetLeftPart(UriPartial.Authority) + "/authentication/v2/logout");
    }

    [Fact]
    public void Logout_url_rejects_a_relative_redirect()
    {
        var client = _wire.Client();

        var act = () => client.Authentication.GetLogoutUrl(new Uri("/signed-out", UriKind.Relative));

        act.Should().Throw<ArgumentException>();
    }
}
