using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Aps.Sdk.Testing.Emulator.Auth;

/// <summary>
/// The RSA key the emulator publishes in its JWKS and signs ID tokens with. One per process, made on first use (so
/// starting an emulator stays fast).
/// </summary>
internal sealed class SigningKey
{
    private static readonly Lazy<SigningKey> LazyShared = new(() => new SigningKey(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly RSA _rsa;

    private SigningKey()
    {
        _rsa = RSA.Create(2048);
        var parameters = _rsa.ExportParameters(false);
        Modulus = Base64Url(parameters.Modulus!);
        Exponent = Base64Url(parameters.Exponent!);
        KeyId = Base64Url(SHA256.HashData(parameters.Modulus!))[..16];
    }

    public static SigningKey Shared => LazyShared.Value;

    public string KeyId { get; }

    public string Modulus { get; }

    public string Exponent { get; }

    public JsonObject ToJwk() => new()
    {
        ["kid"] = KeyId,
        ["kty"] = "RSA",
        ["use"] = "sig",
        ["alg"] = "RS256",
        ["n"] = Modulus,
        ["e"] = Exponent,
    };

    public string CreateJwt(Dictionary<string, object?> claims)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = KeyId, ["typ"] = "JWT" };
        var payload = new JsonObject();
        foreach (var (name, value) in claims)
        {
            payload[name] = value switch
            {
                null => null,
                long number => JsonValue.Create(number),
                string text => JsonValue.Create(text),
                _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
            };
        }

        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = _rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
