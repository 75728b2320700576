using System.Net;
using System.Text;
using System.Web;
using Aps.Sdk.AspNetCore.SignIn;
using Aps.Sdk.AspNetCore.Tests.Support;
using Aps.Sdk.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.Tests.SignIn;

/// <summary>Denied consent, state mismatch, replay, failed exchange, expired refresh token, configuration mistakes.</summary>
public sealed class SignInFailureTests
{
    [Fact]
    public async Task Denied_consent_shows_the_access_not_granted_page_and_stores_nothing()
    {
        await using var app = await SignInApp.StartAsync();
        var authorize = await app.LoginAsync();
        var callback = await app.ConsentAsync(authorize, "deny");
        HttpUtility.ParseQueryString(callback.Query)["error"].Should().Be("access_denied");

        using var response = await app.CallbackAsync(callback);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("data-error=\"consent_denied\"").And.Contain("Access was not granted").And.Contain("href=\"/aps/login\"");
        app.Browser.Cookies.Should().NotContainKey("aps.session");
    }

    [Fact]
    public async Task An_unknown_state_is_refused_with_the_state_mismatch_page()
    {
        await using var app = await SignInApp.StartAsync();
        var authorize = await app.LoginAsync();
        var callback = await app.ConsentAsync(authorize, "allow");
        var forged = callback.PathAndQuery.Replace(HttpUtility.ParseQueryString(callback.Query)["state"]!, "forged-state");

        using var response = await app.Browser.GetAsync(app.Client, forged);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("data-error=\"state_mismatch\"");
        app.Browser.Cookies.Should().NotContainKey("aps.session");
        app.Logs.GetSnapshot().Should().Contain(r => r.Message.Contains("callback rejected"));
    }

    [Fact]
    public async Task A_callback_without_state_is_refused()
    {
        await using var app = await SignInApp.StartAsync();
        await app.LoginAsync();

        using var response = await app.Browser.GetAsync(app.Client, "/aps/callback?code=abc", "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"error\":\"state_mismatch\"");
    }

    [Fact]
    public async Task A_state_is_single_use()
    {
        await using var app = await SignInApp.StartAsync();
        var authorize = await app.LoginAsync();
        var callback = await app.ConsentAsync(authorize, "allow");
        using var first = await app.CallbackAsync(callback);
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        app.Browser.Set("aps.session.signin", new string('b', 43));

        using var replay = await app.CallbackAsync(callback);

        replay.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await replay.Content.ReadAsStringAsync()).Should().Contain("state_mismatch");
    }

    [Fact]
    public async Task A_callback_in_another_browser_is_refused_even_with_a_valid_state()
    {
        await using var app = await SignInApp.StartAsync();
        var authorize = await app.LoginAsync();
        var callback = await app.ConsentAsync(authorize, "allow");
        var victim = new CookieJar();

        using var response = await victim.GetAsync(app.Client, callback.PathAndQuery);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("state_mismatch");
        victim.Cookies.Should().NotContainKey("aps.session");
    }

    [Fact]
    public async Task A_callback_after_the_sign_in_timeout_is_refused()
    {
        await using var app = await SignInApp.StartAsync(o => o.SignInTimeout = TimeSpan.FromMilliseconds(1));
        var authorize = await app.LoginAsync();
        var callback = await app.ConsentAsync(authorize, "allow");
        await Task.Delay(50);

        using var response = await app.CallbackAsync(callback);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("state_mismatch");
    }

    [Fact]
    public async Task A_code_APS_refuses_shows_the_sign_in_failed_page_without_details()
    {
        await using var app = await SignInApp.StartAsync();
        var authorize = await app.LoginAsync();
        var callback = await app.ConsentAsync(authorize, "allow");
        var code = HttpUtility.ParseQueryString(callback.Query)["code"]!;
        var wrong = callback.PathAndQuery.Replace("code=" + Uri.EscapeDataString(code), "code=not-a-code");

        using var response = await app.CallbackAsync(new Uri(new Uri("http://localhost"), wrong));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("data-error=\"sign_in_failed\"").And.NotContain("not-a-code");
        app.Browser.Cookies.Should().NotContainKey("aps.session");
        // ASP.NET Core's own request log prints the query; the package's log lines never carry the code.
        app.Logs.GetSnapshot().Where(r => r.Category?.StartsWith("Aps.Sdk", StringComparison.Ordinal) == true).Should().Contain(r => r.Message.Contains("code exchange failed"))
            .And.NotContain(r => r.Message.Contains("not-a-code"));
    }

    [Fact]
    public async Task Another_callback_error_is_shown_as_sign_in_failed()
    {
        await using var app = await SignInApp.StartAsync();
        var authorize = await app.LoginAsync();
        var state = HttpUtility.ParseQueryString(authorize.Query)["state"];

        using var response = await app.Browser.GetAsync(app.Client, $"/aps/callback?error=server_error%3Cscript%3E&state={state}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("sign_in_failed").And.NotContain("<script>");
    }

    [Fact]
    public async Task An_expired_refresh_token_shows_the_sign_in_again_page_and_ends_the_session()
    {
        await using var app = await SignInApp.StartAsync();
        using var _ = await app.SignInAsync();
        var key = app.SessionKey();
        var stored = (await app.Store.GetAsync(key, default))!;
        using (var aps = app.Emulator.CreateClient())
        {
            await aps.Authentication.RevokeTokenAsync(stored.RefreshToken, ApsTokenTypeHint.RefreshToken);
        }

        (await app.Store.TryReplaceAsync(key, stored.Version, stored with { ExpiresOn = DateTimeOffset.UtcNow.AddMinutes(-1) }, default)).Should().BeTrue();

        using var page = await app.Browser.GetAsync(app.Client, "/whoami", "text/html");
        page.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await page.Content.ReadAsStringAsync()).Should().Contain("data-error=\"session_expired\"").And.Contain("Your Autodesk session has ended");
        app.Browser.Cookies.Should().NotContainKey("aps.session");
        (await app.Store.GetAsync(key, default)).Should().BeNull();
    }

    [Fact]
    public async Task An_expired_refresh_token_answers_API_callers_with_JSON()
    {
        await using var app = await SignInApp.StartAsync();
        using var _ = await app.SignInAsync();
        var key = app.SessionKey();
        var stored = (await app.Store.GetAsync(key, default))!;
        using (var aps = app.Emulator.CreateClient())
        {
            await aps.Authentication.RevokeTokenAsync(stored.RefreshToken, ApsTokenTypeHint.RefreshToken);
        }

        await app.Store.TryReplaceAsync(key, stored.Version, stored with { ExpiresOn = DateTimeOffset.UtcNow.AddMinutes(-1) }, default);

        using var me = await app.Browser.GetAsync(app.Client, "/aps/me", "application/json");
        me.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await me.Content.ReadAsStringAsync()).Should().Contain("\"error\":\"session_expired\"");
    }

    [Fact]
    public async Task An_expiring_access_token_is_refreshed_once_for_concurrent_requests_of_a_session()
    {
        await using var app = await SignInApp.StartAsync();
        using var _ = await app.SignInAsync();
        var key = app.SessionKey();
        var stored = (await app.Store.GetAsync(key, default))!;
        await app.Store.TryReplaceAsync(key, stored.Version, stored with { ExpiresOn = DateTimeOffset.UtcNow.AddSeconds(30) }, default);
        var before = (await app.Store.GetAsync(key, default))!;

        var calls = Enumerable.Range(0, 8).Select(async _ =>
        {
            var jar = new CookieJar();
            jar.Set("aps.session", app.Browser["aps.session"]!);
            using var r = await jar.GetAsync(app.Client, "/whoami");
            return await r.Content.ReadAsStringAsync();
        });
        var names = await Task.WhenAll(calls);

        names.Should().AllBe("Emma Ulator");
        var after = (await app.Store.GetAsync(key, default))!;
        after.Version.Should().Be(before.Version + 2, "one lease and one save: a single refresh");
        after.RefreshToken.Should().NotBe(before.RefreshToken);
        after.RefreshLeaseOwner.Should().BeNull();
    }

    [Fact]
    public void The_nonce_check_reads_the_ID_token_claim()
    {
        static string Token(string payload) => "eyJhbGciOiJSUzI1NiJ9." + Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + ".sig";

        ApsSignInHandler.NonceMatches(Token("""{"nonce":"n-123","sub":"x"}"""), "n-123").Should().BeTrue();
        ApsSignInHandler.NonceMatches(Token("""{"nonce":"other"}"""), "n-123").Should().BeFalse();
        ApsSignInHandler.NonceMatches(Token("""{"sub":"x"}"""), "n-123").Should().BeFalse();
        ApsSignInHandler.NonceMatches(Token("[1]"), "n-123").Should().BeFalse();
        ApsSignInHandler.NonceMatches("not-a-jwt", "n-123").Should().BeFalse();
        ApsSignInHandler.NonceMatches("a.!!!.b", "n-123").Should().BeFalse();
    }

    [Fact]
    public async Task An_openid_sign_in_checks_the_nonce_of_the_ID_token()
    {
        await using var app = await SignInApp.StartAsync(o => o.Scopes = "openid data:read user-profile:read");

        using var callback = await app.SignInAsync();

        callback.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.Store.GetAsync(app.SessionKey(), default))!.IdToken.Should().NotBeNull();
    }

    [Theory]
    [InlineData("scopes")]
    [InlineData("redirect")]
    [InlineData("signedout")]
    [InlineData("cookie")]
    [InlineData("timeout")]
    public async Task Invalid_options_fail_on_start(string what)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApsClients(o => o.ClientId = "id").AddApsSignIn(o =>
        {
            switch (what)
            {
                case "scopes": o.Scopes = " "; break;
                case "redirect": o.RedirectUri = new Uri("/cb", UriKind.Relative); break;
                case "signedout": o.SignedOutPath = "https://evil.example.com"; break;
                case "cookie": o.CookieName = "a b"; break;
                default: o.SignInTimeout = TimeSpan.Zero; break;
            }
        });
        await using var app = builder.Build();

        var act = () => app.StartAsync();

        await act.Should().ThrowAsync<OptionsValidationException>();
    }

    [Fact]
    public void Mapping_without_AddApsSignIn_says_what_to_call()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddApsClients(o => o.ClientId = "id");
        var app = builder.Build();

        var act = () => app.MapApsSignIn();

        act.Should().Throw<InvalidOperationException>().WithMessage("*AddApsSignIn*");
    }

    [Fact]
    public void Sign_in_belongs_to_one_registration()
    {
        var services = new ServiceCollection();
        services.AddApsClients(o => o.ClientId = "id").AddApsSignIn();

        var act = () => services.AddApsClients("other", o => o.ClientId = "id2").AddApsSignIn();

        act.Should().Throw<InvalidOperationException>().WithMessage("*already*");
    }

    [Fact]
    public void A_prefix_must_be_a_local_path()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddApsClients(o => o.ClientId = "id").AddApsSignIn();
        var app = builder.Build();

        var act = () => app.MapApsSignIn("//evil");

        act.Should().Throw<ArgumentException>();
    }
}

/// <summary>The in-memory session cache stays bounded, whatever cookies arrive.</summary>
public sealed class SessionRegistryTests
{
    [Fact]
    public async Task Sessions_share_one_provider_and_the_cache_never_grows_past_its_size()
    {
        await using var app = await SignInApp.StartAsync(o => o.SessionCacheSize = 3);
        var registry = app.App.Services.GetRequiredService<ApsSessionRegistry>();

        registry.Get("k1").Should().BeSameAs(registry.Get("k1"));
        for (var i = 0; i < 20; i++)
        {
            registry.Get("forged-" + i).Provider.SessionKey.Should().Be("forged-" + i);
        }

        registry.Count.Should().BeLessThanOrEqualTo(3);
        registry.Forget("k1");
        registry.Count.Should().BeLessThanOrEqualTo(2);
    }
}
