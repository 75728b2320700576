using System.Security.Cryptography;
using System.Text;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>Secrets never show up in ToString (logs, debugger, exception messages); PKCE follows RFC 7636 S256.</summary>
public sealed class SecretHygieneAndPkceTests
{
    private const string RfcVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    // RFC 7636 appendix B: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) of the verifier above.
    private const string RfcChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    [Fact]
    public void Access_token_ToString_hides_the_token()
    {
        var token = new ApsAccessToken("secret-access-token-value", DateTimeOffset.UnixEpoch.AddYears(60), ApsScopes.Create("data:read"));

        var text = token.ToString();

        text.Should().NotContain("secret-access-token-value");
        text.Should().Contain("data:read", "the description still says what the token is for");
    }

    [Fact]
    public void Token_response_ToString_hides_every_token()
    {
        var response = new ApsTokenResponse
        {
            AccessToken = "secret-access-token-value",
            RefreshToken = "secret-refresh-token-value",
            IdToken = "secret-id-token-value",
            TokenType = "Bearer",
            ExpiresIn = 3600,
            Scope = "data:read",
        };

        var text = response.ToString();

        text.Should().NotContain("secret-access-token-value").And.NotContain("secret-refresh-token-value").And.NotContain("secret-id-token-value");
        text.Should().Contain("3600");
    }

    [Fact]
    public void Stored_token_ToString_hides_every_token()
    {
        var stored = new ApsStoredToken
        {
            AccessToken = "secret-access-token-value",
            RefreshToken = "secret-refresh-token-value",
            IdToken = "secret-id-token-value",
            ExpiresOn = DateTimeOffset.UnixEpoch.AddYears(60),
            Scope = "data:read",
            Version = 7,
            RefreshLeaseOwner = "process-a",
            RefreshLeaseUntil = DateTimeOffset.UnixEpoch.AddYears(60),
        };

        var text = stored.ToString();

        text.Should().NotContain("secret-access-token-value").And.NotContain("secret-refresh-token-value").And.NotContain("secret-id-token-value");
        text.Should().Contain("7");
    }

    [Fact]
    public void Pkce_ToString_hides_the_verifier()
    {
        var pkce = ApsPkce.FromVerifier(RfcVerifier);

        pkce.ToString().Should().NotContain(RfcVerifier).And.Contain(RfcChallenge);
        var random = ApsPkce.Create();
        random.ToString().Should().NotContain(random.Verifier);
    }

    [Fact]
    public void Options_ToString_hides_the_client_secret()
    {
        var options = new ApsOptions { ClientId = "visible-client-id", ClientSecret = "super-secret-client-secret" };

        var text = options.ToString();

        text.Should().NotContain("super-secret-client-secret");
        text.Should().Contain("visible-client-id");
    }

    [Fact]
    public void Pkce_challenge_matches_RFC_7636_appendix_B()
    {
        var pkce = ApsPkce.FromVerifier(RfcVerifier);

        pkce.Verifier.Should().Be(RfcVerifier);
        pkce.Challenge.Should().Be(RfcChallenge);
        pkce.Method.Should().Be("S256");
    }

    [Fact]
    public void Created_pkce_pairs_are_random_valid_and_base64url_without_padding()
    {
        var first = ApsPkce.Create();
        var second = ApsPkce.Create();

        first.Verifier.Should().NotBe(second.Verifier);
        foreach (var pkce in new[] { first, second })
        {
            pkce.Verifier.Length.Should().BeInRange(43, 128);
            pkce.Verifier.Should().MatchRegex("^[A-Za-z0-9._~-]+$");
            pkce.Challenge.Should().MatchRegex("^[A-Za-z0-9_-]{43}$", "base64url of 32 bytes without padding");
            pkce.Challenge.Should().Be(Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(pkce.Verifier))));
            ApsPkce.FromVerifier(pkce.Verifier).Challenge.Should().Be(pkce.Challenge, "a stored verifier recreates the same pair");
        }
    }

    [Theory]
    [InlineData(43)]
    [InlineData(128)]
    public void FromVerifier_accepts_the_length_limits(int length)
    {
        var verifier = new string('a', length - 4) + "-._~";

        var pkce = ApsPkce.FromVerifier(verifier);

        pkce.Challenge.Should().Be(Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjX")] // 42 characters
    [InlineData("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk+")] // '+' is not allowed
    [InlineData("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk=")] // nor padding
    [InlineData("dBjftJeZ4CVP mB92K27uhbUJU1p1r_wW1gFWFOEjXkk")] // nor spaces
    [InlineData("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk\u00e9")] // nor non-ASCII letters
    public void FromVerifier_rejects_invalid_verifiers(string verifier)
    {
        var act = () => ApsPkce.FromVerifier(verifier);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromVerifier_rejects_a_verifier_longer_than_128_characters()
    {
        var act = () => ApsPkce.FromVerifier(new string('a', 129));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromVerifier_rejects_null()
    {
        var act = () => ApsPkce.FromVerifier(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
