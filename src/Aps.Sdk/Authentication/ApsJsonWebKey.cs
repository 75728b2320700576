using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>One RSA public key of the APS JWKS.</summary>
public sealed class ApsJsonWebKey
{
    /// <summary>Gets the key id (<c>kid</c>), matched against a token's header.</summary>
    [JsonPropertyName("kid")]
    public string? KeyId { get; init; }

    /// <summary>Gets the key type (<c>RSA</c>).</summary>
    [JsonPropertyName("kty")]
    public string? KeyType { get; init; }

    /// <summary>Gets the intended use (<c>sig</c>).</summary>
    [JsonPropertyName("use")]
    public string? Use { get; init; }

    /// <summary>Gets the RSA modulus (base64url).</summary>
    [JsonPropertyName("n")]
    public string? Modulus { get; init; }

    /// <summary>Gets the RSA exponent (base64url).</summary>
    [JsonPropertyName("e")]
    public string? Exponent { get; init; }

    /// <summary>Gets fields APS sent that this model does not name (for example <c>alg</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
