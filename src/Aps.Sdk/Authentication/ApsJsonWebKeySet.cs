using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>The public keys APS signs tokens with (<c>GET /authentication/v2/keys</c>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/getkeys-GET/">APS reference</see>.</remarks>
public sealed class ApsJsonWebKeySet
{
    /// <summary>Gets the keys.</summary>
    [JsonPropertyName("keys")]
    public IReadOnlyList<ApsJsonWebKey> Keys { get; init; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonIgnore]
    public IDictionary<string, JsonElement>? AdditionalData { get => ExtensionData; init => ExtensionData = value; }

    // System.Text.Json's source generator cannot fill an init-only [JsonExtensionData] property (it would bind it to
    // the deserialization constructor and throw at run time, dotnet/runtime#107898); it fills this settable one.
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
