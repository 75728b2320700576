using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class AuthenticationTests
{
    private static readonly Uri Callback = new("https://app.example.com/callback");

    [Fact]
    public async Task Two_legged_token_echoes_the_scopes_and_is_active()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();

        var token = await aps.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create(ApsScopes.DataRead, ApsScopes.BucketRead));

        token.TokenType.Should().Be("Bearer");
        token.ExpiresIn.Should().Be(3599);
        ApsScopes.Create(token.Scope!).Should().Be(ApsScopes.Create(ApsScopes.DataRead, ApsScopes.BucketRead));
        token.RefreshToken.Should().BeNull();

        var introspection = await aps.Authentication.IntrospectTokenAsync(token.AccessToken);
        introspection.Active.Should().BeTrue();
        introspection.ClientId.Should().Be(emulator.CreateOptions().ClientId);
        introspection.UserId.Should().BeNull();
        ApsScopes.Create(introspection.Scope!).Should().Be(ApsScopes.Create(ApsScopes.DataRead, ApsScopes.BucketRead));
        introspection.ExpiresOn.Should().BeAfter(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Wrong_client_secret_is_rejected_as_invalid_client()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient(o => o.ClientSecret = "not-the-secret");

        var act = () => aps.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create(ApsScopes.DataRead));

        var thrown = await act.Should().ThrowAsync<ApsAuthenticationException>();
        thrown.Which.RequiresSignIn.Should().BeFalse();
        thrown.Which.ErrorCode.Should().Be("invalid_client");
        thrown.Which.Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unknown_scope_is_rejected_as_invalid_scope()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Raw(emulator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/authentication/v2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "data:read frobnicate:all" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("aps-emulator-client:aps-emulator-secret")));

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.JsonAsync();
        body.GetProperty("error").GetString().Should().Be("invalid_scope");
        body.GetProperty("error_description").GetString().Should().Contain("frobnicate:all");
    }

    [Fact]
    public async Task Authorization_code_with_pkce_gives_a_user_token_pair()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var pkce = ApsPkce.Create();
        var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.DataRead, ApsScopes.UserProfileRead), pkce.Challenge);

        var token = await aps.Authentication.GetThreeLeggedTokenAsync(code, Callback, pkce.Verifier);

        token.AccessToken.Should().NotBeNullOrEmpty();
        token.RefreshToken.Should().NotBeNullOrEmpty();
        token.ExpiresIn.Should().Be(3599);
        var introspection = await aps.Authentication.IntrospectTokenAsync(token.AccessToken);
        introspection.Active.Should().BeTrue();
        introspection.UserId.Should().Be(new ApsEmulatorUser().UserId);
    }

    [Fact]
    public async Task Authorization_code_with_a_wrong_verifier_fails_and_the_code_is_spent()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var pkce = ApsPkce.Create();
        var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.DataRead), pkce.Challenge);

        var wrong = () => aps.Authentication.GetThreeLeggedTokenAsync(code, Callback, ApsPkce.Create().Verifier);
        var thrown = await wrong.Should().ThrowAsync<ApsAuthenticationException>();
        thrown.Which.RequiresSignIn.Should().BeTrue();
        thrown.Which.ErrorCode.Should().Be("invalid_grant");

        // Codes are single use, even after a failed attempt.
        var again = () => aps.Authentication.GetThreeLeggedTokenAsync(code, Callback, pkce.Verifier);
        await again.Should().ThrowAsync<ApsAuthenticationException>();
    }

    [Fact]
    public async Task Authorization_code_needs_the_same_redirect_uri_and_expires_after_five_minutes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { TimeProvider = clock });
        using var aps = emulator.CreateClient();
        var scopes = ApsScopes.Create(ApsScopes.DataRead);

        var mismatched = emulator.Authentication.IssueAuthorizationCode(Callback, scopes);
        await FluentActions.Invoking(() => aps.Authentication.GetThreeLeggedTokenAsync(mismatched, new Uri("https://other.example.com/cb")))
            .Should().ThrowAsync<ApsAuthenticationException>();

        var expired = emulator.Authentication.IssueAuthorizationCode(Callback, scopes);
        clock.Advance(TimeSpan.FromMinutes(6));
        await FluentActions.Invoking(() => aps.Authentication.GetThreeLeggedTokenAsync(expired, Callback))
            .Should().ThrowAsync<ApsAuthenticationException>();

        var fresh = emulator.Authentication.IssueAuthorizationCode(Callback, scopes);
        (await aps.Authentication.GetThreeLeggedTokenAsync(fresh, Callback)).RefreshToken.Should().NotBeNull();
    }

    [Fact]
    public async Task Refresh_rotates_the_pair_and_a_spent_refresh_token_requires_sign_in()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite));
        var first = await aps.Authentication.GetThreeLeggedTokenAsync(code, Callback);

        var second = await aps.Authentication.RefreshTokenAsync(first.RefreshToken!);

        second.AccessToken.Should().NotBe(first.AccessToken);
        second.RefreshToken.Should().NotBeNullOrEmpty().And.NotBe(first.RefreshToken);
        ApsScopes.Create(second.Scope!).Should().Be(ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite));

        var replay = () => aps.Authentication.RefreshTokenAsync(first.RefreshToken!);
        var thrown = await replay.Should().ThrowAsync<ApsAuthenticationException>();
        thrown.Which.RequiresSignIn.Should().BeTrue();
        thrown.Which.ErrorCode.Should().Be("invalid_grant");
        thrown.Which.Status.Should().Be(HttpStatusCode.BadRequest);

        // The new refresh token still works, and can narrow the scopes.
        var third = await aps.Authentication.RefreshTokenAsync(second.RefreshToken!, ApsScopes.Create(ApsScopes.DataRead));
        third.Scope.Should().Be(ApsScopes.DataRead);
    }

    [Fact]
    public async Task Revoked_tokens_are_inactive_and_rejected()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.BucketRead));
        var pair = await aps.Authentication.GetThreeLeggedTokenAsync(code, Callback);

        await aps.Authentication.RevokeTokenAsync(pair.AccessToken, ApsTokenTypeHint.AccessToken);
        await aps.Authentication.RevokeTokenAsync(pair.RefreshToken!, ApsTokenTypeHint.RefreshToken);

        (await aps.Authentication.IntrospectTokenAsync(pair.AccessToken)).Active.Should().BeFalse();
        (await aps.Authentication.IntrospectTokenAsync(pair.RefreshToken!)).Active.Should().BeFalse();
        using var raw = EmulatorTestHelpers.Raw(emulator);
        raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", pair.AccessToken);
        using var response = await raw.GetAsync("/oss/v2/buckets");
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var refresh = () => aps.Authentication.RefreshTokenAsync(pair.RefreshToken!);
        (await refresh.Should().ThrowAsync<ApsAuthenticationException>()).Which.RequiresSignIn.Should().BeTrue();
    }

    [Fact]
    public async Task Tokens_expire_on_the_emulator_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { TimeProvider = clock });
        using var aps = emulator.CreateClient();
        var token = await aps.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create(ApsScopes.DataRead));
        (await aps.Authentication.IntrospectTokenAsync(token.AccessToken)).ExpiresOn.Should().Be(DateTimeOffset.FromUnixTimeSeconds((clock.GetUtcNow() + TimeSpan.FromSeconds(3599)).ToUnixTimeSeconds()));

        clock.Advance(TimeSpan.FromHours(1));

        (await aps.Authentication.IntrospectTokenAsync(token.AccessToken)).Active.Should().BeFalse();
    }

    [Fact]
    public async Task Keys_are_a_json_web_key_set()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();

        var keys = await aps.Authentication.GetKeysAsync();

        var key = keys.Keys.Should().ContainSingle().Subject;
        key.KeyType.Should().Be("RSA");
        key.Use.Should().Be("sig");
        key.KeyId.Should().NotBeNullOrEmpty();
        Base64UrlDecode(key.Modulus!).Should().HaveCount(256);
        Base64UrlDecode(key.Exponent!).Should().Equal(1, 0, 1);
    }

    [Fact]
    public async Task Id_token_is_signed_with_the_published_key()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.OpenId, ApsScopes.DataRead), nonce: "n-0S6_WzA2Mj");
        var pair = await aps.Authentication.GetThreeLeggedTokenAsync(code, Callback);
        var key = (await aps.Authentication.GetKeysAsync()).Keys.Single();

        var parts = pair.IdToken!.Split('.');
        parts.Should().HaveCount(3);
        using var rsa = RSA.Create(new RSAParameters { Modulus = Base64UrlDecode(key.Modulus!), Exponent = Base64UrlDecode(key.Exponent!) });
        rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).Should().BeTrue();
        using var claims = JsonDocument.Parse(Base64UrlDecode(parts[1]));
        claims.RootElement.GetProperty("sub").GetString().Should().Be(new ApsEmulatorUser().UserId);
        claims.RootElement.GetProperty("aud").GetString().Should().Be(emulator.CreateOptions().ClientId);
        claims.RootElement.GetProperty("nonce").GetString().Should().Be("n-0S6_WzA2Mj");
    }

    [Fact]
    public async Task Oidc_discovery_points_at_the_emulator()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();

        var oidc = await aps.Authentication.GetOidcConfigurationAsync();

        var root = emulator.BaseAddress.GetLeftPart(UriPartial.Authority);
        oidc.Issuer.Should().Be(root);
        oidc.TokenEndpoint.Should().Be(root + "/authentication/v2/token");
        oidc.JwksUri.Should().Be(root + "/authentication/v2/keys");
        oidc.UserInfoEndpoint.Should().Be(root + "/userinfo");
        oidc.RevocationEndpoint.Should().Be(root + "/authentication/v2/revoke");
        oidc.IntrospectionEndpoint.Should().Be(root + "/authentication/v2/introspect");
        oidc.ScopesSupported.Should().Contain([ApsScopes.DataRead, ApsScopes.BucketCreate, ApsScopes.OpenId]);
        oidc.GrantTypesSupported.Should().BeEquivalentTo("authorization_code", "client_credentials", "refresh_token");
        oidc.IdTokenSigningAlgValuesSupported.Should().Equal("RS256");
    }

    [Fact]
    public async Task User_info_needs_a_three_legged_token()
    {
        var user = new ApsEmulatorUser { UserId = "U123", Name = "Ada Lovelace", GivenName = "Ada", FamilyName = "Lovelace", Email = "ada@example.com" };
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.UserProfileRead), user: user);
        var pair = await aps.Authentication.GetThreeLeggedTokenAsync(code, Callback);
        var userToken = new StaticTokenProvider(pair.ToAccessToken(DateTimeOffset.UtcNow));

        var info = await aps.Authentication.GetUserInfoAsync(new ApsRequestOptions { TokenProvider = userToken });

        info.Sub.Should().Be("U123");
        info.Name.Should().Be("Ada Lovelace");
        info.GivenName.Should().Be("Ada");
        info.FamilyName.Should().Be("Lovelace");
        info.Email.Should().Be("ada@example.com");

        // The default (2-legged) provider is refused.
        var twoLegged = () => aps.Authentication.GetUserInfoAsync();
        (await twoLegged.Should().ThrowAsync<ApsException>()).Which.Status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Logout_redirects()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseAddress };

        using var response = await client.GetAsync("/authentication/v2/logout?post_logout_redirect_uri=" + Uri.EscapeDataString("https://app.example.com/bye"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location.Should().Be(new Uri("https://app.example.com/bye"));
    }

    [Fact]
    public async Task Public_clients_send_their_id_in_the_body_and_must_use_pkce()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var publicClient = emulator.CreateClient(o => o.ClientSecret = null);
        var pkce = ApsPkce.Create();

        var withPkce = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.DataRead), pkce.Challenge);
        (await publicClient.Authentication.GetThreeLeggedTokenAsync(withPkce, Callback, pkce.Verifier)).RefreshToken.Should().NotBeNull();

        var withoutPkce = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.DataRead));
        await FluentActions.Invoking(() => publicClient.Authentication.GetThreeLeggedTokenAsync(withoutPkce, Callback))
            .Should().ThrowAsync<ApsAuthenticationException>();
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
