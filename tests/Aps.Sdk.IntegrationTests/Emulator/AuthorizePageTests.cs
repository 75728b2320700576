using System.Net;
using System.Web;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

/// <summary>The emulator's browser pages: the authorize (consent) page with Allow and Deny, and the logout page.</summary>
public class AuthorizePageTests
{
    private static readonly Uri Callback = new("https://app.example.com/aps/callback");

    [Fact]
    public async Task The_consent_page_shows_the_user_the_scopes_and_carries_the_request_in_its_form()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var pkce = ApsPkce.Create();
        var authorize = aps.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest
        {
            RedirectUri = Callback,
            Scopes = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.UserProfileRead),
            State = "st-1",
            Nonce = "n<1>",
            Pkce = pkce,
        });
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await raw.GetAsync(authorize);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("<strong id=\"user-name\">Emma Ulator</strong>")
            .And.Contain("<li>data:read</li>").And.Contain("<li>user-profile:read</li>")
            .And.Contain("id=\"allow\"").And.Contain("id=\"deny\"")
            .And.Contain("name=\"state\" value=\"st-1\"")
            .And.Contain("name=\"nonce\" value=\"n&lt;1&gt;\"", "values are HTML-encoded")
            .And.Contain($"name=\"code_challenge\" value=\"{pkce.Challenge}\"");
    }

    [Fact]
    public async Task Allow_redirects_with_a_code_that_exchanges_with_the_PKCE_verifier()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var pkce = ApsPkce.Create();
        var scopes = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.UserProfileRead);

        var location = await DecideAsync(emulator, "allow", scopes, pkce.Challenge, "st-2");

        location.GetLeftPart(UriPartial.Path).Should().Be(Callback.AbsoluteUri);
        var query = HttpUtility.ParseQueryString(location.Query);
        query["state"].Should().Be("st-2");
        var token = await aps.Authentication.GetThreeLeggedTokenAsync(query["code"]!, Callback, pkce.Verifier);
        token.RefreshToken.Should().NotBeNullOrEmpty();
        ApsScopes.Create(token.Scope!).Should().Be(scopes);
    }

    [Fact]
    public async Task Deny_redirects_with_access_denied_and_the_state()
    {
        await using var emulator = await ApsEmulator.StartAsync();

        var location = await DecideAsync(emulator, "deny", ApsScopes.Create(ApsScopes.DataRead), null, "st-3");

        var query = HttpUtility.ParseQueryString(location.Query);
        query["error"].Should().Be("access_denied");
        query["state"].Should().Be("st-3");
        query["code"].Should().BeNull();
    }

    [Theory]
    [InlineData("client_id=someone-else&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&scope=data%3Aread", "client_id")]
    [InlineData("client_id=aps-emulator-client&redirect_uri=%2Fcb&response_type=code&scope=data%3Aread", "redirect_uri")]
    [InlineData("client_id=aps-emulator-client&response_type=code&scope=data%3Aread", "redirect_uri")]
    public async Task A_bad_client_or_redirect_uri_is_shown_on_the_page_never_redirected(string query, string mentions)
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseAddress };

        using var response = await raw.GetAsync("/authentication/v2/authorize?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Location.Should().BeNull();
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"authorize-error\"").And.Contain(mentions);
    }

    [Theory]
    [InlineData("response_type=token&scope=data%3Aread", "unsupported_response_type")]
    [InlineData("response_type=code&scope=nope%3Aread", "invalid_scope")]
    [InlineData("response_type=code", "invalid_scope")]
    [InlineData("response_type=code&scope=data%3Aread&code_challenge=abc&code_challenge_method=plain", "invalid_request")]
    [InlineData("response_type=code&scope=data%3Aread&response_mode=fragment", "invalid_request")]
    public async Task Other_problems_go_back_to_the_redirect_uri_as_an_error(string query, string error)
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseAddress };

        using var response = await raw.GetAsync("/authentication/v2/authorize?client_id=aps-emulator-client&state=s9&redirect_uri=" + Uri.EscapeDataString(Callback.AbsoluteUri) + "&" + query);

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        var back = HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        back["error"].Should().Be(error);
        back["state"].Should().Be("s9");
    }

    [Fact]
    public async Task A_decision_other_than_allow_or_deny_is_refused()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await raw.PostAsync(new Uri(emulator.BaseAddress, "/authentication/v2/authorize"), new FormUrlEncodedContent(
        [
            new("client_id", "aps-emulator-client"), new("redirect_uri", Callback.AbsoluteUri), new("response_type", "code"),
            new("scope", "data:read"), new("decision", "maybe"),
        ]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Logout_without_a_redirect_shows_the_signed_out_page()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseAddress };

        using var response = await raw.GetAsync("/authentication/v2/logout");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"signed-out\"");
    }

    private static async Task<Uri> DecideAsync(ApsEmulator emulator, string decision, ApsScopes scopes, string? challenge, string state)
    {
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        List<KeyValuePair<string, string>> form =
        [
            new("client_id", "aps-emulator-client"), new("redirect_uri", Callback.AbsoluteUri), new("response_type", "code"),
            new("scope", scopes.Key), new("state", state), new("decision", decision),
        ];
        if (challenge is not null)
        {
            form.Add(new("code_challenge", challenge));
            form.Add(new("code_challenge_method", "S256"));
        }

        using var response = await raw.PostAsync(new Uri(emulator.BaseAddress, "/authentication/v2/authorize"), new FormUrlEncodedContent(form));
        response.StatusCode.Should().Be(HttpStatusCode.Found);
        return response.Headers.Location!;
    }
}
