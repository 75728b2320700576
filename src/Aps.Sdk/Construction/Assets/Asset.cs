using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Assets;

/// <summary>An asset of an ACC or BIM 360 project (one item of the assets list).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-assets-v2-GET/">APS reference</see>.</remarks>
public sealed class Asset
{
    /// <summary>Gets the asset id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets when the asset was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who created the asset.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the asset was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated the asset.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the asset was soft-deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who deleted the asset, if it was.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets a value indicating whether the asset is active (not soft-deleted).</summary>
    [JsonPropertyName("isActive")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsActive { get; init; }

    /// <summary>Gets the asset's version, increased on every change.</summary>
    [JsonPropertyName("version")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Version { get; init; }

    /// <summary>Gets the asset's name (client-facing id), unique in the project.</summary>
    [JsonPropertyName("clientAssetId")]
    public string? ClientAssetId { get; init; }

    /// <summary>Gets the id of the asset's category.</summary>
    [JsonPropertyName("categoryId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CategoryId { get; init; }

    /// <summary>Gets the id of the asset's status.</summary>
    [JsonPropertyName("statusId")]
    public string? StatusId { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the id of the asset's location (see the Locations API).</summary>
    [JsonPropertyName("locationId")]
    public string? LocationId { get; init; }

    /// <summary>Gets the barcode.</summary>
    [JsonPropertyName("barcode")]
    public string? Barcode { get; init; }

    /// <summary>Gets the custom attribute values, keyed by the attribute's <c>name</c> (<c>ca1</c>, …); values are booleans, numbers, strings or arrays of value ids, as the attribute's data type says (never null).</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyDictionary<string, JsonElement> CustomAttributes { get; init => field = value ?? new Dictionary<string, JsonElement>(); } = new Dictionary<string, JsonElement>();

    /// <summary>Gets the id of the company the asset belongs to.</summary>
    [JsonPropertyName("companyId")]
    public string? CompanyId { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
