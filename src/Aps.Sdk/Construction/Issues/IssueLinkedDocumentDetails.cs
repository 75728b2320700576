using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>Where a pushpin sits.</summary>
public sealed class IssueLinkedDocumentDetails
{
    /// <summary>Gets the viewable.</summary>
    [JsonPropertyName("viewable")]
    public IssueViewable? Viewable { get; init; }

    /// <summary>Gets the position.</summary>
    [JsonPropertyName("position")]
    public IssuePosition? Position { get; init; }

    /// <summary>Gets the viewer object id.</summary>
    [JsonPropertyName("objectId")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ObjectId { get; init; }

    /// <summary>Gets the external (Revit) id.</summary>
    [JsonPropertyName("externalId")]
    public string? ExternalId { get; init; }

    /// <summary>Gets the viewer state, as sent (its shape varies).</summary>
    [JsonPropertyName("viewerState")]
    public JsonElement? ViewerState { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
