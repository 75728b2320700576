using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing.Emulator.Auth;

namespace Aps.Sdk.Testing.Emulator.ServiceAccounts;

/// <summary>
/// Checks a service account's JWT assertion the way the reference describes it: RS256 with a <c>kid</c> header,
/// <c>iss</c> = client id, <c>sub</c> = an enabled service account, <c>aud</c> = the token URL, <c>exp</c> in the future
/// and at most 5 minutes ahead, <c>scope</c> an array of known scopes, and the signature checked against the public
/// key registered for <c>kid</c>. Failures are <c>400 invalid_grant</c>.
/// </summary>
internal static class AssertionVerifier
{
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    public static (EmulatedServiceAccount Account, ApsScopes Scopes) Verify(EmulatorContext context, string? assertion)
    {
        if (string.IsNullOrEmpty(assertion))
        {
            throw EmulatorError.OAuth(400, "invalid_request", "The request is missing a required parameter 'assertion'.");
        }

        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            throw Invalid("it is not a compact JWT (header.claims.signature)");
        }

        JsonElement header;
        JsonElement claims;
        byte[] signature;
        try
        {
            header = JsonDocument.Parse(FromBase64Url(parts[0])).RootElement;
            claims = JsonDocument.Parse(FromBase64Url(parts[1])).RootElement;
            signature = FromBase64Url(parts[2]);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw Invalid("its parts are not Base64url JSON");
        }

        if (Text(header, "alg") != "RS256")
        {
            throw Invalid("alg must be RS256");
        }

        var kid = Text(header, "kid") ?? throw Invalid("the kid header is missing");
        if (Text(claims, "iss") != context.ClientId)
        {
            throw Invalid("iss must be the client id");
        }

        var expectedAudience = context.BaseUrl + "/authentication/v2/token";
        if (Text(claims, "aud") != expectedAudience)
        {
            throw Invalid($"aud must be {expectedAudience}");
        }

        if (!claims.TryGetProperty("exp", out var expElement) || !expElement.TryGetInt64(out var exp))
        {
            throw Invalid("exp is missing");
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(exp);
        if (expires <= context.Now)
        {
            throw Invalid("it has expired");
        }

        if (expires > context.Now + MaxLifetime + Skew)
        {
            throw Invalid("exp is more than 5 minutes ahead");
        }

        if (!claims.TryGetProperty("scope", out var scopeElement) || scopeElement.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("scope must be an array of scope names");
        }

        var scopeText = string.Join(' ', scopeElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : throw Invalid("scope must hold strings")));
        var scopes = TokenService.ParseScopes(scopeText, out var unknown) ?? throw EmulatorError.OAuth(400, "invalid_scope", $"The scope '{unknown}' is not valid.");
        if (scopes.IsEmpty)
        {
            throw EmulatorError.OAuth(400, "invalid_scope", "The assertion asks for no scope.");
        }

        var subject = Text(claims, "sub") ?? throw Invalid("sub is missing");
        EmulatedServiceAccount account;
        try
        {
            account = context.ServiceAccounts.Require(subject);
        }
        catch (EmulatorError)
        {
            throw Invalid("sub is not a service account of this application");
        }

        var (enabled, publicKey) = context.ServiceAccounts.Locked(_ =>
        {
            var key = account.Keys.FirstOrDefault(k => k.Kid == kid);
            return (account.Enabled, key is { Enabled: true } ? key.PublicKey : null);
        });
        if (!enabled)
        {
            throw EmulatorError.OAuth(400, "invalid_grant", "The service account is not currently in an enabled state.");
        }

        if (publicKey is null)
        {
            throw Invalid("kid is not an enabled key of the service account");
        }

        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(publicKey, out _);
        if (!rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            throw Invalid("the signature does not match the key's public key");
        }

        context.ServiceAccounts.Locked(_ =>
        {
            account.AccessedAt = context.Now;
            account.Keys.First(k => k.Kid == kid).AccessedAt = context.Now;
            return 0;
        });
        return (account, scopes);
    }

    private static EmulatorError Invalid(string why) => EmulatorError.OAuth(400, "invalid_grant", $"The 'assertion' is invalid: {why}.");

    private static string? Text(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
