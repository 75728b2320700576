using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Locations;

/// <summary>A node (location) of a project's location breakdown structure (LBS) tree.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/locations-nodes-GET/">APS reference</see>.</remarks>
public sealed class LocationNode
{
    /// <summary>Gets the node id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the parent node id (null for the root).</summary>
    [JsonPropertyName("parentId")]
    public string? ParentId { get; init; }

    /// <summary>Gets the node type: <c>Root</c> or <c>Area</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the barcode.</summary>
    [JsonPropertyName("barcode")]
    public string? Barcode { get; init; }

    /// <summary>Gets the node's position among its siblings.</summary>
    [JsonPropertyName("order")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Order { get; init; }

    /// <summary>Gets the node's ancestors, raw (only when nodes are listed by id) (never null).</summary>
    [JsonPropertyName("path")]
    public IReadOnlyList<JsonElement> Path { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
