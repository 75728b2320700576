using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Aps.Sdk.Webhooks;

/// <summary>
/// Verifies that a webhook callback was sent by the APS Webhooks service.
/// </summary>
/// <remarks>
/// <para>
/// Once a secret token is registered (<see cref="WebhooksClient.CreateTokenAsync"/>, or per hook with
/// <see cref="WebhookUpdate.Token"/>), APS signs every callback: it computes HMAC-SHA1 over the raw request body with
/// the secret token as the key, hex-encodes it and sends it as <c>x-adsk-signature: sha1hash=&lt;hex&gt;</c>
/// (public APS documentation, "How to Verify Payload Signature").
/// </para>
/// <para>
/// Pass the body exactly as received (the bytes, before any JSON parsing or re-formatting). The comparison runs in
/// constant time. Neither the secret nor the expected signature ever appears in a result message.
/// </para>
/// <para>See <see href="https://aps.autodesk.com/en/docs/webhooks/v1/tutorials/how-to-verify-payload-signature/"/>.</para>
/// </remarks>
public static class ApsWebhookSignature
{
    /// <summary>The HTTP header that carries the signature of a callback.</summary>
    public const string HeaderName = "x-adsk-signature";

    /// <summary>The prefix of the header value.</summary>
    public const string Prefix = "sha1hash=";

    private const int Sha1HexLength = 40;

    /// <summary>Verifies the signature of a webhook callback.</summary>
    /// <param name="body">The raw request body, byte for byte as received.</param>
    /// <param name="signatureHeader">The value of the <c>x-adsk-signature</c> header, or <see langword="null"/> when the request had none.</param>
    /// <param name="secret">The secret token registered with the Webhooks service.</param>
    /// <returns>The outcome; <see cref="ApsWebhookSignatureResult.IsValid"/> is <see langword="true"/> only for a matching signature.</returns>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static ApsWebhookSignatureResult Verify(ReadOnlySpan<byte> body, string? signatureHeader, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);

        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return ApsWebhookSignatureResult.MissingHeader;
        }

        var value = signatureHeader.AsSpan().Trim();
        if (!value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return ApsWebhookSignatureResult.MalformedHeader;
        }

        var hex = value[Prefix.Length..];
        Span<byte> received = stackalloc byte[Sha1HexLength / 2];
        if (hex.Length != Sha1HexLength || !TryDecodeHex(hex, received))
        {
            return ApsWebhookSignatureResult.MalformedHeader;
        }

        Span<byte> expected = stackalloc byte[Sha1HexLength / 2];
        ComputeHash(body, secret, expected);
        var match = CryptographicOperations.FixedTimeEquals(expected, received);
        CryptographicOperations.ZeroMemory(expected);
        return match ? ApsWebhookSignatureResult.Valid : ApsWebhookSignatureResult.Mismatch;
    }

    /// <summary>Computes the header value APS would send for a body: <c>sha1hash=&lt;lower-case hex&gt;</c>.</summary>
    /// <remarks>For tests and emulators that sign callbacks; receivers call <see cref="Verify"/>.</remarks>
    /// <param name="body">The raw body.</param>
    /// <param name="secret">The secret token.</param>
    /// <returns>The header value.</returns>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static string ComputeHeaderValue(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        Span<byte> hash = stackalloc byte[Sha1HexLength / 2];
        ComputeHash(body, secret, hash);
        return Prefix + Convert.ToHexString(hash).ToLowerInvariant();
    }

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "HMAC-SHA1 is the algorithm the APS Webhooks service signs callbacks with; the SDK must match it to verify them. HMAC-SHA1 is not affected by SHA-1 collision attacks.")]
    private static void ComputeHash(ReadOnlySpan<byte> body, string secret, Span<byte> destination)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        try
        {
            HMACSHA1.HashData(key, body, destination);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static bool TryDecodeHex(ReadOnlySpan<char> hex, Span<byte> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var high = HexValue(hex[2 * i]);
            var low = HexValue(hex[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            destination[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

/// <summary>The outcome of <see cref="ApsWebhookSignature.Verify"/>.</summary>
public enum ApsWebhookSignatureStatus
{
    /// <summary>The signature matches the body and the secret.</summary>
    Valid,

    /// <summary>The request has no <c>x-adsk-signature</c> header (or an empty one).</summary>
    MissingHeader,

    /// <summary>The header is not of the form <c>sha1hash=&lt;40 hex digits&gt;</c>.</summary>
    MalformedHeader,

    /// <summary>The header is well formed but does not match the body signed with the secret.</summary>
    Mismatch,
}

/// <summary>The outcome of verifying a webhook callback's signature, with a message safe to log.</summary>
public sealed class ApsWebhookSignatureResult
{
    private ApsWebhookSignatureResult(ApsWebhookSignatureStatus status, string message)
    {
        Status = status;
        Message = message;
    }

    /// <summary>Gets the result for a matching signature.</summary>
    public static ApsWebhookSignatureResult Valid { get; } = new(ApsWebhookSignatureStatus.Valid, "The x-adsk-signature header matches the body.");

    /// <summary>Gets the result for a request without the header.</summary>
    public static ApsWebhookSignatureResult MissingHeader { get; } = new(ApsWebhookSignatureStatus.MissingHeader, "The request has no x-adsk-signature header. Register a secret token with the Webhooks service so that APS signs its callbacks.");

    /// <summary>Gets the result for a header that is not <c>sha1hash=&lt;40 hex digits&gt;</c>.</summary>
    public static ApsWebhookSignatureResult MalformedHeader { get; } = new(ApsWebhookSignatureStatus.MalformedHeader, "The x-adsk-signature header is not of the form sha1hash=<40 hexadecimal digits>.");

    /// <summary>Gets the result for a signature that does not match.</summary>
    public static ApsWebhookSignatureResult Mismatch { get; } = new(ApsWebhookSignatureStatus.Mismatch, "The x-adsk-signature header does not match the body: the body was altered, the secret token differs, or the request did not come from APS.");

    /// <summary>Gets the outcome.</summary>
    public ApsWebhookSignatureStatus Status { get; }

    /// <summary>Gets a value indicating whether the signature is valid.</summary>
    public bool IsValid => Status == ApsWebhookSignatureStatus.Valid;

    /// <summary>Gets a description of the outcome; never contains the secret or a signature.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Status}: {Message}";
}
