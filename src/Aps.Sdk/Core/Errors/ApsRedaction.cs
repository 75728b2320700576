using System.Text;
using System.Text.RegularExpressions;

namespace Aps.Sdk.Core.Errors;

/// <summary>
/// Masks what must never reach a log line, an exception message or <c>ToString()</c>: query strings (signed URLs
/// carry their signature there), <c>signedresources/{hash}</c> path segments, bearer and basic credentials and
/// JWT-shaped tokens.
/// </summary>
internal static partial class ApsRedaction
{
    internal const string Mask = "***";

    /// <summary>The address without query or fragment, with <c>signedresources/{hash}</c> masked.</summary>
    public static string RedactUri(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        if (!uri.IsAbsoluteUri)
        {
            var text = uri.OriginalString;
            var cut = text.IndexOfAny(['?', '#']);
            return RedactPath(cut >= 0 ? text[..cut] : text);
        }

        var builder = new StringBuilder(uri.Scheme.Length + uri.Authority.Length + uri.AbsolutePath.Length + 8);
        builder.Append(uri.Scheme).Append("://").Append(uri.Authority).Append(RedactPath(uri.AbsolutePath));
        return builder.ToString();
    }

    /// <summary>Masks the segment after <c>signedresources</c> and <c>signed</c> in a path.</summary>
    public static string RedactPath(string path) => SignedSegment().Replace(path, "$1" + Mask);

    /// <summary>Masks tokens, credentials, signed paths and URL queries in free text (bodies, server messages).</summary>
    public static string RedactText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = PemBlock().Replace(text, Mask);
        result = Jwt().Replace(result, Mask);
        result = AuthScheme().Replace(result, "$1 " + Mask);
        result = SecretField().Replace(result, "$1" + Mask);
        result = UrlQuery().Replace(result, "$1?" + Mask);
        result = SignedSegment().Replace(result, "$1" + Mask);
        return result;
    }

    /// <summary>Truncates to at most <paramref name="max"/> characters, marking the cut.</summary>
    public static string Truncate(string text, int max)
        => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…(truncated)");

    [GeneratedRegex(@"(signedresources/|/signed/)[^/?#\s""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedSegment();

    /// <summary>A PEM block (private keys above all), also when its line breaks were escaped or dropped.</summary>
    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex PemBlock();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]{8,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthScheme();

    [GeneratedRegex(@"((?:""|\b)(?:access_token|refresh_token|id_token|client_secret|assertion|code_verifier|private_key|privateKey|password|token)""?\s*[:=]\s*""?)[^""&\s,}]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretField();

    [GeneratedRegex(@"(https?://[^\s""'<>?#]+)\?[^\s""'<>]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlQuery();
}
