using System.Security.Cryptography;
using System.Text;
using Aps.Sdk.Webhooks;

namespace Aps.Sdk.Tests.WebhookTests;

public sealed class ApsWebhookSignatureTests
{
    // RFC 2202 test case 2: HMAC-SHA1(key "Jefe", "what do ya want for nothing?").
    private const string Rfc2202Key = "Jefe";
    private const string Rfc2202Data = "what do ya want for nothing?";
    private const string Rfc2202Digest = "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79";

    [Fact]
    public void A_known_vector_verifies()
    {
        var result = ApsWebhookSignature.Verify(Encoding.ASCII.GetBytes(Rfc2202Data), "sha1hash=" + Rfc2202Digest, Rfc2202Key);

        result.IsValid.Should().BeTrue();
        result.Status.Should().Be(ApsWebhookSignatureStatus.Valid);
    }

    [Fact]
    public void Upper_case_hex_and_surrounding_space_verify_too()
        => ApsWebhookSignature.Verify(Encoding.ASCII.GetBytes(Rfc2202Data), "  sha1hash=" + Rfc2202Digest.ToUpperInvariant() + " ", Rfc2202Key).IsValid.Should().BeTrue();

    [Fact]
    public void A_callback_body_signed_like_aps_verifies_and_the_header_matches_an_independent_hmac()
    {
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Webhooks", "callback-version-modified.json"));
        const string secret = "awffbvdb3trf4fvdfbUyt39suHnbe5Mnrks3";
        var expected = "sha1hash=" + Convert.ToHexString(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant();

        ApsWebhookSignature.ComputeHeaderValue(body, secret).Should().Be(expected);
        ApsWebhookSignature.Verify(body, expected, secret).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_tampered_body_is_a_mismatch()
    {
        var body = Encoding.UTF8.GetBytes("""{"payload":{"name":"Tower.rvt"}}""");
        var header = ApsWebhookSignature.ComputeHeaderValue(body, "secret-1");
        var tampered = Encoding.UTF8.GetBytes("""{"payload":{"name":"Tower.rvu"}}""");

        var result = ApsWebhookSignature.Verify(tampered, header, "secret-1");

        result.Status.Should().Be(ApsWebhookSignatureStatus.Mismatch);
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Re_serialized_json_is_a_mismatch_because_the_raw_bytes_are_signed()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\": 1}");
        var header = ApsWebhookSignature.ComputeHeaderValue(body, "secret-1");

        ApsWebhookSignature.Verify(Encoding.UTF8.GetBytes("{\"a\":1}"), header, "secret-1").Status.Should().Be(ApsWebhookSignatureStatus.Mismatch);
    }

    [Fact]
    public void Another_secret_is_a_mismatch()
    {
        var body = Encoding.UTF8.GetBytes("{}");
        ApsWebhookSignature.Verify(body, ApsWebhookSignature.ComputeHeaderValue(body, "secret-1"), "secret-2").Status.Should().Be(ApsWebhookSignatureStatus.Mismatch);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_header_says_so(string? header)
        => ApsWebhookSignature.Verify([1, 2], header, "secret").Status.Should().Be(ApsWebhookSignatureStatus.MissingHeader);

    [Theory]
    [InlineData(Rfc2202Digest)]
    [InlineData("sha256=" + Rfc2202Digest)]
    [InlineData("sha1hash=")]
    [InlineData("sha1hash=effcdf6ae5eb2fa2d27416d5f184df9c259a7c7")]
    [InlineData("sha1hash=effcdf6ae5eb2fa2d27416d5f184df9c259a7c799")]
    [InlineData("sha1hash=zffcdf6ae5eb2fa2d27416d5f184df9c259a7c79")]
    public void A_malformed_header_says_so(string header)
        => ApsWebhookSignature.Verify(Encoding.ASCII.GetBytes(Rfc2202Data), header, Rfc2202Key).Status.Should().Be(ApsWebhookSignatureStatus.MalformedHeader);

    [Fact]
    public void Messages_never_contain_the_secret_or_a_signature()
    {
        var body = Encoding.UTF8.GetBytes("{}");
        var header = ApsWebhookSignature.ComputeHeaderValue(body, "top-secret-value");
        var results = new[]
        {
            ApsWebhookSignature.Verify(body, header, "top-secret-value"),
            ApsWebhookSignature.Verify(body, null, "top-secret-value"),
            ApsWebhookSignature.Verify(body, "nonsense", "top-secret-value"),
            ApsWebhookSignature.Verify(body, header, "other-secret-value"),
        };

        foreach (var result in results)
        {
            result.Message.Should().NotBeNullOrWhiteSpace();
            result.ToString().Should().NotContain("secret-value").And.NotContain(header[9..]);
        }
    }

    [Fact]
    public void An_empty_secret_is_refused()
        => FluentActions.Invoking(() => ApsWebhookSignature.Verify([], "sha1hash=" + Rfc2202Digest, "")).Should().Throw<ArgumentException>();

    [Fact]
    public void The_header_name_is_the_one_aps_sends()
        => ApsWebhookSignature.HeaderName.Should().Be("x-adsk-signature");
}
