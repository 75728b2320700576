using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>The public keys APS signs tokens with (<c>GET /authentication/v2/keys</c>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/getkeys-GET/">APS reference</see>.</remarks>
public sealed class ApsJsonWebKeySet
{
    /// <summary>Gets the keys.</summary>
    [JsonPropertyName("keys")]
    public IReadOnlyList<ApsJsonWebKey> Keys { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
