using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Assets;

/// <summary>An asset category; categories form a tree (<see cref="ParentId"/>, <see cref="SubcategoryIds"/>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-categories-GET/">APS reference</see>.</remarks>
public sealed class AssetCategory
{
    /// <summary>Gets the category id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets when the category was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who created the category.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the category was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated the category.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the category was deactivated, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who deactivated the category, if one did.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets a value indicating whether the category is active.</summary>
    [JsonPropertyName("isActive")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsActive { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the category's globally unique id (returned when <c>includeUid</c> is set).</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Gets the id of the parent category.</summary>
    [JsonPropertyName("parentId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ParentId { get; init; }

    /// <summary>Gets a value indicating whether this is the root category.</summary>
    [JsonPropertyName("isRoot")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsRoot { get; init; }

    /// <summary>Gets a value indicating whether the category has no subcategories.</summary>
    [JsonPropertyName("isLeaf")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsLeaf { get; init; }

    /// <summary>Gets the ids of the direct subcategories (never null).</summary>
    [JsonPropertyName("subcategoryIds")]
    public IReadOnlyList<string> SubcategoryIds { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
