using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>Assigns a custom attribute definition to the project, a type or a subtype (direct mappings only; inherited ones are not listed).</summary>
public sealed class IssueAttributeMapping
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the custom attribute definition.</summary>
    [JsonPropertyName("attributeDefinitionId")]
    public string? AttributeDefinitionId { get; init; }

    /// <summary>Gets the id of the Issues container (the project).</summary>
    [JsonPropertyName("containerId")]
    public string? ContainerId { get; init; }

    /// <summary>Gets the kind of the mapped item: <c>project</c>, <c>issueType</c> or <c>issueSubtype</c>.</summary>
    [JsonPropertyName("mappedItemType")]
    public string? MappedItemType { get; init; }

    /// <summary>Gets the id of the mapped item.</summary>
    [JsonPropertyName("mappedItemId")]
    public string? MappedItemId { get; init; }

    /// <summary>Gets the position of the attribute on the item.</summary>
    [JsonPropertyName("order")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Order { get; init; }

    /// <summary>Gets the actions the current user may take on it.</summary>
    [JsonPropertyName("permittedActions")]
    public IReadOnlyList<string> PermittedActions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the attributes the current user may change.</summary>
    [JsonPropertyName("permittedAttributes")]
    public IReadOnlyList<string> PermittedAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who created it.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated it.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when it was deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who deleted it, if it was.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
