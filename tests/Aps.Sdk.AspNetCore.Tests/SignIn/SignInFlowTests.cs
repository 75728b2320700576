using System.Net;
using System.Text.Json;
using System.Web;
using Aps.Sdk.AspNetCore.Tests.Support;
using Aps.Sdk.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Aps.Sdk.AspNetCore.Tests.SignIn;

/// <summary>Login, callback, profile, user clients and logout against the emulator, through TestServer.</summary>
public sealed class SignInFlowTests
{
    [Fact]
    public async Task Login_redirects_to_the_authorize_page_with_PKCE_state_and_nonce_and_binds_the_browser()
    {
        await using var app = await SignInApp.StartAsync();

        using var response = await app.Browser.GetAsync(app.Client, "/aps/login?returnUrl=%2Fhubs%3Fx%3D1");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).Should().Be(new Uri(app.Emulator.BaseAddress, "/authentication/v2/authorize").AbsoluteUri);
        var query = HttpUtility.ParseQueryString(location.Query);
        query["response_type"].Should().Be("code");
        query["client_id"].Should().Be("aps-emulator-client");
        query["redirect_uri"].Should().Be("http://localhost/aps/callback");
        query["scope"].Should().Be("data:read user-profile:read");
        query["code_challenge_method"].Should().Be("S256");
        query["code_challenge"].Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        query["state"].Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        query["nonce"].Should().MatchRegex("^[A-Za-z0-9_-]{43}$").And.NotBe(query["state"]);
        // Nothing of the sign-in travels in the browser but the opaque binding cookie.
        var binding = app.Browser.Cookies["aps.session.signin"];
        binding.HttpOnly.Should().BeTrue();
        binding.Secure.Should().BeTrue();
        binding.SameSite.Should().Be("lax");
        binding.Value.Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        location.AbsoluteUri.Should().NotContain(binding.Value);
        app.Browser.Cookies.Should().NotContainKey("aps.session");
    }

    [Fact]
    public async Task Sign_in_stores_the_pair_server_side_and_gives_the_browser_only_an_opaque_session_cookie()
    {
        await using var app = await SignInApp.StartAsync();

        using var callback = await app.SignInAsync("/hubs?x=1");

        callback.StatusCode.Should().Be(HttpStatusCode.Redirect);
        callback.Headers.Location!.OriginalString.Should().Be("/hubs?x=1");
        var session = app.Browser.Cookies["aps.session"];
        session.HttpOnly.Should().BeTrue();
        session.Secure.Should().BeTrue();
        session.SameSite.Should().Be("lax");
        session.Attributes.Should().NotContainKey("expires", "it is a browser-session cookie by default");
        session.Value.Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        app.Browser.Cookies.Should().NotContainKey("aps.session.signin", "the binding cookie is spent on the callback");

        var stored = await app.Store.GetAsync(app.SessionKey(), default);
        stored.Should().NotBeNull();
        stored!.Scope.Should().Be("data:read user-profile:read");
        (await app.Store.GetAsync(session.Value, default)).Should().BeNull("the store is keyed by a hash of the cookie, never the cookie itself");
        string.Join(";", callback.Headers.GetValues("Set-Cookie")).Should().NotContain(stored.AccessToken).And.NotContain(stored.RefreshToken);
    }

    [Fact]
    public async Task The_profile_endpoint_and_user_clients_act_as_the_signed_in_user()
    {
        await using var app = await SignInApp.StartAsync();
        using var _ = await app.SignInAsync();

        using var me = await app.Browser.GetAsync(app.Client, "/aps/me");
        using var whoami = await app.Browser.GetAsync(app.Client, "/whoami");

        me.StatusCode.Should().Be(HttpStatusCode.OK);
        me.Headers.CacheControl!.NoStore.Should().BeTrue();
        using var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("sub").GetString().Should().Be("EMULATORUSER01");
        json.RootElement.GetProperty("name").GetString().Should().Be("Emma Ulator");
        json.RootElement.GetProperty("email").GetString().Should().Be("emma.ulator@example.com");
        (await whoami.Content.ReadAsStringAsync()).Should().Be("Emma Ulator");
    }

    [Fact]
    public async Task User_clients_list_the_signed_in_users_hubs_from_data_management_and_ask_for_a_sign_in_without_a_session()
    {
        await using var app = await SignInApp.StartAsync(map: web => web.MapGet("/hubs", async (IApsUserClient user, CancellationToken ct) =>
        {
            var names = new List<string>();
            await foreach (var hub in user.Client.DataManagement.ListHubsAsync().WithCancellation(ct))
            {
                names.Add($"{hub.Attributes?.Name}:{hub.Id}");
            }

            return string.Join(",", names);
        }));
        var contoso = app.Emulator.DataManagement.AddHub("Contoso");
        var fabrikam = app.Emulator.DataManagement.AddHub("Fabrikam", region: "EMEA");

        using var anonymous = await app.Browser.GetAsync(app.Client, "/hubs", "application/json");
        using var _ = await app.SignInAsync();
        using var hubs = await app.Browser.GetAsync(app.Client, "/hubs");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.Content.ReadAsStringAsync()).Should().Contain("\"error\":\"session_expired\"");
        hubs.StatusCode.Should().Be(HttpStatusCode.OK);
        (await hubs.Content.ReadAsStringAsync()).Should().Be($"Contoso:{contoso},Fabrikam:{fabrikam}");
    }

    [Fact]
    public async Task A_non_local_return_url_falls_back_to_the_default_path()
    {
        await using var app = await SignInApp.StartAsync(o => o.DefaultReturnPath = "/home");

        foreach (var evil in new[] { "//evil.example.com/x", "https://evil.example.com/", "/\\evil.example.com" })
        {
            app.Browser.Remove("aps.session");
            using var callback = await app.SignInAsync(evil);
            callback.Headers.Location!.OriginalString.Should().Be("/home", evil);
        }
    }

    [Fact]
    public async Task Every_sign_in_starts_a_new_session_and_drops_the_old_one()
    {
        await using var app = await SignInApp.StartAsync();
        using var first = await app.SignInAsync();
        var firstKey = app.SessionKey();
        var firstCookie = app.Browser["aps.session"];

        using var second = await app.SignInAsync();

        app.Browser["aps.session"].Should().NotBe(firstCookie);
        (await app.Store.GetAsync(firstKey, default)).Should().BeNull();
        (await app.Store.GetAsync(app.SessionKey(), default)).Should().NotBeNull();
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token_clears_the_session_and_goes_to_the_APS_logout_page()
    {
        await using var app = await SignInApp.StartAsync();
        using var _ = await app.SignInAsync();
        var key = app.SessionKey();
        var stored = (await app.Store.GetAsync(key, default))!;

        using var logout = await app.Browser.PostAsync(app.Client, "/aps/logout");

        logout.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        logout.Headers.Location!.AbsoluteUri.Should().Be(new Uri(app.Emulator.BaseAddress, "/authentication/v2/logout").AbsoluteUri + "?post_logout_redirect_uri=" + Uri.EscapeDataString("http://localhost/"));
        app.Browser.Cookies.Should().NotContainKey("aps.session");
        (await app.Store.GetAsync(key, default)).Should().BeNull();
        using var aps = app.Emulator.CreateClient();
        (await aps.Authentication.IntrospectTokenAsync(stored.RefreshToken)).Active.Should().BeFalse("the refresh token is revoked at APS");
        using var me = await app.Browser.GetAsync(app.Client, "/aps/me", "application/json");
        me.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_uses_the_configured_post_logout_address_and_works_without_a_session()
    {
        await using var app = await SignInApp.StartAsync(o => o.PostLogoutRedirectUri = new Uri("https://app.example.com/bye"));

        using var logout = await app.Browser.PostAsync(app.Client, "/aps/logout");

        logout.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        HttpUtility.ParseQueryString(logout.Headers.Location!.Query)["post_logout_redirect_uri"].Should().Be("https://app.example.com/bye");
    }

    [Fact]
    public async Task Logout_is_not_served_on_GET()
    {
        await using var app = await SignInApp.StartAsync();
        using var _ = await app.SignInAsync();

        using var get = await app.Browser.GetAsync(app.Client, "/aps/logout");

        get.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await app.Store.GetAsync(app.SessionKey(), default)).Should().NotBeNull();
    }

    [Fact]
    public async Task Without_a_session_the_profile_is_401_and_user_clients_ask_for_a_sign_in()
    {
        await using var app = await SignInApp.StartAsync();

        using var me = await app.Browser.GetAsync(app.Client, "/aps/me", "application/json");
        using var whoami = await app.Browser.GetAsync(app.Client, "/whoami", "text/html");

        me.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await me.Content.ReadAsStringAsync()).Should().Contain("\"error\":\"not_signed_in\"");
        whoami.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var page = await whoami.Content.ReadAsStringAsync();
        page.Should().Contain("data-error=\"session_expired\"").And.Contain("href=\"/aps/login?returnUrl=%2Fwhoami\"");
    }

    [Fact]
    public async Task A_forged_session_cookie_is_not_signed_in()
    {
        await using var app = await SignInApp.StartAsync();
        app.Browser.Set("aps.session", new string('A', 43));

        using var me = await app.Browser.GetAsync(app.Client, "/aps/me", "application/json");

        me.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_user_client_reports_the_session_state()
    {
        await using var app = await SignInApp.StartAsync(map: a => a.MapGet("/state", async (IApsUserClient user) => $"{user.HasSession}/{await user.IsSignedInAsync()}"));

        using var before = await app.Browser.GetAsync(app.Client, "/state");
        using var _ = await app.SignInAsync();
        using var after = await app.Browser.GetAsync(app.Client, "/state");
        await app.Store.RemoveAsync(app.SessionKey(), default);
        using var removed = await app.Browser.GetAsync(app.Client, "/state");

        (await before.Content.ReadAsStringAsync()).Should().Be("False/False");
        (await after.Content.ReadAsStringAsync()).Should().Be("True/True");
        (await removed.Content.ReadAsStringAsync()).Should().Be("True/False");
    }

    [Fact]
    public async Task The_user_token_provider_serves_per_call_options_of_the_application_client()
    {
        await using var app = await SignInApp.StartAsync(map: a => a.MapGet("/via-options", async (IApsUserClient user, ApsClient aps) =>
            (await aps.Authentication.GetUserInfoAsync(new ApsRequestOptions { TokenProvider = user.TokenProvider })).Email));
        using var _ = await app.SignInAsync();

        using var response = await app.Browser.GetAsync(app.Client, "/via-options");

        (await response.Content.ReadAsStringAsync()).Should().Be("emma.ulator@example.com");
    }

    [Fact]
    public async Task A_custom_prefix_cookie_name_and_scopes_are_used()
    {
        await using var app = await SignInApp.StartAsync(
            o =>
            {
                o.CookieName = "my.aps";
                o.Scopes = "data:read data:write user-profile:read";
                o.Prompt = "login";
                o.SessionLifetime = TimeSpan.FromHours(8);
            },
            a => a.MapApsSignIn("/auth"));

        using var login = await app.Browser.GetAsync(app.Client, "/auth/login");
        var query = HttpUtility.ParseQueryString(login.Headers.Location!.Query);
        query["redirect_uri"].Should().Be("http://localhost/auth/callback");
        query["scope"].Should().Be("data:read data:write user-profile:read");
        query["prompt"].Should().Be("login");
        var callback = await app.ConsentAsync(login.Headers.Location!, "allow");
        using var done = await app.CallbackAsync(callback);

        done.StatusCode.Should().Be(HttpStatusCode.Redirect);
        app.Browser.Cookies["my.aps"].Attributes.Should().ContainKey("expires");
    }

    [Fact]
    public async Task A_configured_redirect_uri_is_sent_and_exchanged()
    {
        await using var app = await SignInApp.StartAsync(o => o.RedirectUri = new Uri("https://app.example.com/aps/callback"));

        var authorize = await app.LoginAsync();
        HttpUtility.ParseQueryString(authorize.Query)["redirect_uri"].Should().Be("https://app.example.com/aps/callback");
        var callback = await app.ConsentAsync(authorize, "allow");
        callback.GetLeftPart(UriPartial.Path).Should().Be("https://app.example.com/aps/callback");
        using var done = await app.CallbackAsync(callback);

        done.StatusCode.Should().Be(HttpStatusCode.Redirect, "the code is exchanged with the same redirect URI");
    }
}
