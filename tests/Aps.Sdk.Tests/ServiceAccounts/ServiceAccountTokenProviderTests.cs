using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Oss;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.Tests.ServiceAccountTests;

/// <summary>The assertion and the jwt-bearer exchange on the wire, and the per-scope cache.</summary>
public sealed class ServiceAccountTokenProviderTests : IDisposable
{
    private readonly OssWire _wire = new();
    private readonly RSA _rsa = RSA.Create(2048);

    public void Dispose()
    {
        _wire.Dispose();
        _rsa.Dispose();
    }

    private ServiceAccountKeyCredential Credential() => ServiceAccountKeyCredential.FromPem("SA0001ROBOT", "kid-0001", _rsa.ExportPkcs8PrivateKeyPem());

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }

    [Fact]
    public async Task The_assertion_is_an_RS256_jwt_with_the_documented_claims_and_is_exchanged_with_the_jwt_bearer_grant()
    {
        _wire.Reply("POST", "/authentication/v2/token", 200, """{"access_token":"ssa-token","token_type":"Bearer","expires_in":3599}""");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var aps = _wire.ConfidentialClient();
        using var credential = Credential();
        var provider = new ServiceAccountTokenProvider(aps.Authentication, credential, time);

        var token = await provider.GetTokenAsync(ApsScopes.Create("data:read", "data:write"), default);

        token.Value.Should().Be("ssa-token");
        token.ExpiresOn.Should().Be(time.GetUtcNow().AddSeconds(3599));
        var request = _wire.Single;
        OssWire.Header(request, "Authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(TestClients.ClientId + ":" + TestClients.ClientSecret)));
        var form = OssWire.Body(request)!.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        form["grant_type"].Should().Be("urn:ietf:params:oauth:grant-type:jwt-bearer");
        form.Should().NotContainKey("client_secret", "the credentials go in the header or the body, never both");

        var parts = form["assertion"].Split('.');
        parts.Should().HaveCount(3);
        using var header = JsonDocument.Parse(FromBase64Url(parts[0]));
        header.RootElement.GetProperty("alg").GetString().Should().Be("RS256");
        header.RootElement.GetProperty("kid").GetString().Should().Be("kid-0001");
        using var claims = JsonDocument.Parse(FromBase64Url(parts[1]));
        claims.RootElement.GetProperty("iss").GetString().Should().Be(TestClients.ClientId);
        claims.RootElement.GetProperty("sub").GetString().Should().Be("SA0001ROBOT");
        claims.RootElement.GetProperty("aud").GetString().Should().Be(_wire.BaseUrl + "/authentication/v2/token");
        claims.RootElement.GetProperty("exp").GetInt64().Should().Be(time.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds());
        claims.RootElement.GetProperty("scope").EnumerateArray().Select(e => e.GetString()).Should().Equal("data:read", "data:write");
        _rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .Should().BeTrue("the assertion is signed with the account's private key");
    }

    [Fact]
    public async Task Each_exchange_is_counted_on_the_meter_as_a_jwt_bearer_fetch_with_its_outcome()
    {
        using var capture = new Observability.TelemetryCapture(m => m.Instrument == "aps.auth.token.fetches" && (string?)m.Tag("aps.auth.grant_type") == "jwt_bearer");
        _wire.Reply("POST", "/authentication/v2/token", 400, """{"error":"invalid_grant","error_description":"bad assertion"}""");
        var aps = _wire.ConfidentialClient();
        using var credential = Credential();
        var provider = new ServiceAccountTokenProvider(aps.Authentication, credential);

        var failed = async () => await provider.GetTokenAsync(ApsScopes.Create("data:read"), default);
        await failed.Should().ThrowAsync<ApsException>();
        capture.Of("aps.auth.token.fetches").Should().Contain(m => m.Tag("error.type") != null, "a failed exchange is counted with its error type");

        _wire.Server.Reset();
        _wire.Reply("POST", "/authentication/v2/token", 200, """{"access_token":"ssa-token","token_type":"Bearer","expires_in":3599}""");
        await provider.GetTokenAsync(ApsScopes.Create("data:read"), default);
        await provider.GetTokenAsync(ApsScopes.Create("data:read"), default);

        capture.Of("aps.auth.token.fetches").Count(m => m.Tag("error.type") == null).Should().Be(1, "the cached token is not a fetch");
    }

    [Fact]
    public async Task Tokens_are_cached_per_scope_set_and_concurrent_callers_share_one_exchange()
    {
        _wire.Reply("POST", "/authentication/v2/token", 200, """{"access_token":"ssa-token","token_type":"Bearer","expires_in":3599}""");
        var aps = _wire.ConfidentialClient();
        using var credential = Credential();
        var provider = new ServiceAccountTokenProvider(aps.Authentication, credential);
        var scopes = ApsScopes.Create("data:read");

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(scopes, default).AsTask()));
        await provider.GetTokenAsync(ApsScopes.Create("data:read"), default);

        tokens.Should().OnlyContain(t => t.Value == "ssa-token");
        _wire.Requests.Should().ContainSingle();

        await provider.GetTokenAsync(ApsScopes.Create("data:write"), default);
        _wire.Requests.Should().HaveCount(2, "another scope set is another token");
    }

    [Fact]
    public async Task An_invalidated_token_is_fetched_again_and_a_rejected_assertion_is_an_authentication_error()
    {
        _wire.Reply("POST", "/authentication/v2/token", 200, """{"access_token":"ssa-token","token_type":"Bearer","expires_in":3599}""");
        var aps = _wire.ConfidentialClient();
        using var credential = Credential();
        var provider = new ServiceAccountTokenProvider(aps.Authentication, credential);
        var scopes = ApsScopes.Create("data:read");

        var first = await provider.GetTokenAsync(scopes, default);
        await provider.InvalidateAsync(first, default);
        await provider.GetTokenAsync(scopes, default);
        _wire.Requests.Should().HaveCount(2);

        _wire.Server.Reset();
        _wire.Reply("POST", "/authentication/v2/token", 400, """{"error":"invalid_grant","error_description":"The 'assertion' is invalid."}""");
        var other = new ServiceAccountTokenProvider(aps.Authentication, credential);
        await FluentActions.Awaiting(() => other.GetTokenAsync(scopes, default).AsTask()).Should().ThrowAsync<ApsException>();
    }

    [Fact]
    public void The_credential_refuses_bad_pem_without_quoting_it_and_never_prints_the_key()
    {
        var act = () => ServiceAccountKeyCredential.FromPem("SA1", "kid", "-----BEGIN PRIVATE KEY-----\nnot-a-key-SECRETBITS\n-----END PRIVATE KEY-----");
        act.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("SECRETBITS");

        var publicOnly = () => ServiceAccountKeyCredential.FromPem("SA1", "kid", _rsa.ExportSubjectPublicKeyInfoPem());
        publicOnly.Should().Throw<ArgumentException>();

        var pem = _rsa.ExportPkcs8PrivateKeyPem();
        using var credential = ServiceAccountKeyCredential.FromPem("SA1", "kid", pem);
        credential.ToString().Should().Contain("SA1").And.NotContain(pem[30..60]);

        using var fromRsa = ServiceAccountKeyCredential.FromPem("SA1", "kid", _rsa.ExportRSAPrivateKeyPem());
        fromRsa.KeyId.Should().Be("kid");
    }
}
