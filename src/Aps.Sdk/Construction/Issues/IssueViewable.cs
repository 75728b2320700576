using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The viewable of a pushpin.</summary>
public sealed class IssueViewable
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the viewable GUID.</summary>
    [JsonPropertyName("guid")]
    public string? ViewableGuid { get; init; }

    /// <summary>Gets the viewable id.</summary>
    [JsonPropertyName("viewableId")]
    public string? ViewableId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets a value indicating whether it is a 3D view.</summary>
    [JsonPropertyName("is3D")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Is3D { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
