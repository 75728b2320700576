using System.Security.Cryptography;
using System.Text;

namespace Aps.Sdk.Authentication;

/// <summary>
/// A PKCE pair (RFC 7636, S256): keep <see cref="Verifier"/> server side (it is a secret until the code is
/// exchanged) and send <see cref="Challenge"/> in the authorize URL. <see cref="ToString"/> hides the verifier.
/// </summary>
public sealed class ApsPkce
{
    private ApsPkce(string verifier)
    {
        Verifier = verifier;
        Challenge = ComputeChallenge(verifier);
    }

    /// <summary>Gets the code verifier (43–128 characters of <c>[A-Za-z0-9-._~]</c>).</summary>
    public string Verifier { get; }

    /// <summary>Gets the code challenge: base64url(SHA-256(verifier)) without padding.</summary>
    public string Challenge { get; }

    /// <summary>Gets the challenge method, always <c>S256</c>.</summary>
    public string Method { get; } = "S256";

    /// <summary>Creates a pair from 32 cryptographically random bytes.</summary>
    /// <returns>The pair.</returns>
    public static ApsPkce Create()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return new ApsPkce(Base64UrlEncode(bytes));
    }

    /// <summary>Recreates a pair from a stored verifier.</summary>
    /// <param name="verifier">The verifier.</param>
    /// <returns>The pair.</returns>
    /// <exception cref="ArgumentException">The verifier is not 43–128 characters of <c>[A-Za-z0-9-._~]</c>.</exception>
    public static ApsPkce FromVerifier(string verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        if (verifier.Length is < 43 or > 128 || !verifier.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
        {
            throw new ArgumentException("A PKCE code verifier must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' and '~'.", nameof(verifier));
        }

        return new ApsPkce(verifier);
    }

    internal static string ComputeChallenge(string verifier)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.ASCII.GetBytes(verifier), hash);
        return Base64UrlEncode(hash);
    }

    internal static string Base64UrlEncode(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Describes the pair without the verifier.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"ApsPkce(S256, challenge {Challenge})";
}
