using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>A document an issue is pinned to (a pushpin).</summary>
public sealed class IssueLinkedDocument
{
    /// <summary>Gets the pushpin kind, for example <c>TwoDVectorPushpin</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the document's lineage URN.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets who pinned it.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when it was pinned.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the document version it was pinned on.</summary>
    [JsonPropertyName("createdAtVersion")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? CreatedAtVersion { get; init; }

    /// <summary>Gets who closed it.</summary>
    [JsonPropertyName("closedBy")]
    public string? ClosedBy { get; init; }

    /// <summary>Gets when it was closed.</summary>
    [JsonPropertyName("closedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Gets the document version it was closed on.</summary>
    [JsonPropertyName("closedAtVersion")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ClosedAtVersion { get; init; }

    /// <summary>Gets where on the document the pushpin is.</summary>
    [JsonPropertyName("details")]
    public IssueLinkedDocumentDetails? Details { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
