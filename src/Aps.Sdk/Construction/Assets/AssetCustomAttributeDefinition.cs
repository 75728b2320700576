using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Assets;

/// <summary>A custom attribute definition of assets (project-wide, or as assigned to a category).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-custom-attributes-GET/">APS reference</see>.</remarks>
public sealed class AssetCustomAttributeDefinition
{
    /// <summary>Gets the custom attribute id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the attribute's key in <see cref="Asset.CustomAttributes"/> (<c>ca1</c>, …).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the name shown to users.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the data type: <c>text</c>, <c>paragraph</c>, <c>numeric</c>, <c>date</c>, <c>select</c>, <c>multi_select</c> or <c>boolean</c>.</summary>
    [JsonPropertyName("dataType")]
    public string? DataType { get; init; }

    /// <summary>Gets the allowed values of a select or multi-select attribute, as display names (never null).</summary>
    [JsonPropertyName("enumValues")]
    public IReadOnlyList<string> EnumValues { get; init => field = value ?? []; } = [];

    /// <summary>Gets a value indicating whether a value is required when assets are created.</summary>
    [JsonPropertyName("requiredOnIngress")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? RequiredOnIngress { get; init; }

    /// <summary>Gets the maximum length of a text value.</summary>
    [JsonPropertyName("maxLengthOnIngress")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? MaxLengthOnIngress { get; init; }

    /// <summary>Gets the default value, as text.</summary>
    [JsonPropertyName("defaultValue")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DefaultValue { get; init; }

    /// <summary>Gets when the attribute was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who created the attribute.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the attribute was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated the attribute.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the attribute was deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who deleted the attribute, if one did.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets a value indicating whether the attribute is active.</summary>
    [JsonPropertyName("isActive")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsActive { get; init; }

    /// <summary>Gets the version, increased on every change.</summary>
    [JsonPropertyName("version")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Version { get; init; }

    /// <summary>Gets the project id (ACC form).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>Gets the values of a select or multi-select attribute, with their ids (never null).</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<AssetCustomAttributeValue> Values { get; init => field = value ?? []; } = [];

    /// <summary>Gets the id of the ancestor category the attribute is inherited from (category lists with <c>includeInherited</c>).</summary>
    [JsonPropertyName("inheritedFromCategoryId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? InheritedFromCategoryId { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
