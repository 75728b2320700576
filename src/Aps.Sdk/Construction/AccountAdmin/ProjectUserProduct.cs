using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A product and the access to it.</summary>
public sealed class ProjectUserProduct
{
    /// <summary>Gets or sets the product key, for example <c>docs</c>.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Gets or sets the access: <c>administrator</c>, <c>member</c> or <c>none</c>.</summary>
    [JsonPropertyName("access")]
    public ProductAccess? Access { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
