using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A product a user has access to, and in which projects.</summary>
public sealed class AccountUserProduct
{
    /// <summary>Gets the product key.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>Gets the icon URL.</summary>
    [JsonPropertyName("icon")]
    public string? Icon { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the projects.</summary>
    [JsonPropertyName("projectIds")]
    public IReadOnlyList<string> ProjectIds { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
