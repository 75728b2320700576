using Aps.Sdk.Authentication;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>JWKS, OIDC discovery and user info: GETs that carry no client credentials (user info carries the user's token).</summary>
public sealed class DiscoveryAndUserInfoWireTests : IDisposable
{
    private readonly AuthWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Keys_are_read_from_the_jwks_endpoint_without_credentials()
    {
        _wire.Reply("GET", "/authentication/v2/keys", 200, """
            {"keys":[
              {"kid":"key-1","kty":"RSA","use":"sig","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB","alg":"RS256"},
              {"kid":"key-2","kty":"RSA","use":"sig","n":"AQAB","e":"AQAB"}
            ]}
            """);
        var client = _wire.Client();

        var set = await client.Authentication.GetKeysAsync();

        var request = _wire.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.Path.Should().Be("/authentication/v2/keys");
        request.RawQuery.Should().BeNullOrEmpty();
        AuthWire.Header(request, "Authorization").Should().BeNull("the JWKS endpoint is public: neither the secret nor a token is sent");
        set.Keys.Should().HaveCount(2);
        var first = set.Keys[0];
        first.KeyId.Should().Be("key-1");
        first.KeyType.Should().Be("RSA");
        first.Use.Should().Be("sig");
        first.Exponent.Should().Be("AQAB");
        first.Modulus.Should().StartWith("sXchDaQeb");
        first.AdditionalData.Should().ContainKey("alg").WhoseValue.GetString().Should().Be("RS256");
        set.Keys[1].KeyId.Should().Be("key-2");
    }

    [Fact]
    public async Task Oidc_discovery_document_is_read_without_credentials()
    {
        _wire.Reply("GET", "/.well-known/openid-configuration", 200, AuthFixtures.Read("oidc-configuration.json"));
        var client = _wire.Client();

        var oidc = await client.Authentication.GetOidcConfigurationAsync();

        var request = _wire.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.Path.Should().Be("/.well-known/openid-configuration");
        AuthWire.Header(request, "Authorization").Should().BeNull();
        oidc.Issuer.Should().Be("https://developer.api.autodesk.com");
        oidc.AuthorizationEndpoint.Should().Be("https://developer.api.autodesk.com/authentication/v2/authorize");
        oidc.TokenEndpoint.Should().Be("https://developer.api.autodesk.com/authentication/v2/token");
        oidc.UserInfoEndpoint.Should().Be("https://api.userprofile.autodesk.com/userinfo");
        oidc.JwksUri.Should().Be("https://developer.api.autodesk.com/authentication/v2/keys");
        oidc.RevocationEndpoint.Should().Be("https://developer.api.autodesk.com/authentication/v2/revoke");
        oidc.IntrospectionEndpoint.Should().Be("https://developer.api.autodesk.com/authentication/v2/introspect");
        oidc.ScopesSupported.Should().HaveCount(16).And.Contain(["user-profile:read", "data:read", "openid"]);
        oidc.ResponseTypesSupported.Should().Equal("code", "code id_token", "id_token");
        oidc.ResponseModesSupported.Should().Equal("fragment", "form_post", "query");
        oidc.GrantTypesSupported.Should().Equal("authorization_code", "client_credentials", "refresh_token");
        oidc.SubjectTypesSupported.Should().Equal("public");
        oidc.IdTokenSigningAlgValuesSupported.Should().Equal("RS256");
    }

    [Fact]
    public async Task User_info_goes_to_the_user_profile_host_with_the_users_bearer_token()
    {
        using var profileWire = new AuthWire();
        profileWire.Reply("GET", "/userinfo", 200, AuthFixtures.Read("userinfo.json"));
        var client = _wire.Client(o => o.UserProfileAddress = profileWire.Url);
        var userToken = new StaticTokenProvider("three-legged-user-token", DateTimeOffset.UtcNow.AddHours(1));

        var user = await client.Authentication.GetUserInfoAsync(new ApsRequestOptions { TokenProvider = userToken });

        _wire.Requests.Should().BeEmpty("user info is not served by the API host, and a per-call provider needs no 2-legged token");
        var request = profileWire.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.Path.Should().Be("/userinfo");
        request.RawQuery.Should().BeNullOrEmpty();
        AuthWire.Header(request, "Authorization").Should().Be("Bearer three-legged-user-token");

        user.Sub.Should().Be("ABCDEFGH");
        user.Name.Should().Be("First Last");
        user.GivenName.Should().Be("First");
        user.FamilyName.Should().Be("Last");
        user.PreferredUsername.Should().Be("username");
        user.Email.Should().Be("test@test.com");
        user.EmailVerified.Should().BeTrue();
        user.Profile.Should().Be("https://profile(-dev/-int/-stg/'').autodesk.com");
        user.Locale.Should().Be("en-US");
        user.UpdatedAt.Should().Be(1662583480);
        user.Is2FaEnabled.Should().BeFalse();
        user.CountryCode.Should().Be("US");
        user.Address!.StreetAddress.Should().Be("testaddress1\n");
        user.Address.Locality.Should().Be("testcity");
        user.Address.Country.Should().Be("US");
        user.PhoneNumber.Should().Be("+1 1234567890 #123");
        user.PhoneNumberVerified.Should().BeFalse();
        user.LdapEnabled.Should().BeTrue();
        user.LdapDomain.Should().Be("autodesk.com");
        user.JobTitle.Should().Be("3D generalist");
        user.IndustryCode.Should().Be("NoGroupOther");
        user.AboutMe.Should().Be("I'm completing a test right now.");
        user.Language.Should().Be("en");
        user.Company.Should().Be("Autodeskf");
        user.CreatedDate.Should().Be("2017-12-11T20:54:18Z");
        user.LastLoginDate.Should().Be("2020-05-10T04:00:29Z");
        user.EidmGuid.Should().Be("ABCDEFGH");
        user.OptIn.Should().BeFalse();
        var social = user.SocialUserInfoList.Should().ContainSingle().Subject;
        social.SocialUserId.Should().Be("test.social_userid");
        social.ProviderId.Should().Be("test1.uid");
        social.ProviderName.Should().Be("Google");
        user.Thumbnails.Should().HaveCount(10);
        user.Thumbnails["sizeX360"].Should().Be("https://images.profile-dev.autodesk.com/default/user_X360.png");
    }

    [Fact]
    public async Task User_info_with_a_rejected_static_token_is_an_authentication_error_and_is_not_resent()
    {
        using var profileWire = new AuthWire();
        profileWire.Reply("GET", "/userinfo", 401, """{"error":"invalid_token","error_description":"The access token expired"}""");
        var client = _wire.Client(o => o.UserProfileAddress = profileWire.Url);

        var act = () => client.Authentication.GetUserInfoAsync(new ApsRequestOptions { TokenProvider = new StaticTokenProvider("stale-user-token", DateTimeOffset.UtcNow.AddHours(1)) });

        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        error.Message.Should().NotContain("stale-user-token");
        profileWire.Requests.Should().ContainSingle("a static token APS rejected is not sent again");
    }
}
