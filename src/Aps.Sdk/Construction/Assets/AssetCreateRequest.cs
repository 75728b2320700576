using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Assets;

/// <summary>One asset to create with <see cref="AssetsClient.CreateAssetsAsync"/>. The status and custom attributes must come from the status set and custom attributes assigned to the category.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-assets-batch-create-POST-v2/">APS reference</see>.</remarks>
public sealed class AssetCreateRequest
{
    /// <summary>Gets or initializes the asset's name, unique in the project (required).</summary>
    [JsonPropertyName("clientAssetId")]
    public string? ClientAssetId { get; init; }

    /// <summary>Gets or initializes the category id (required).</summary>
    [JsonPropertyName("categoryId")]
    public string? CategoryId { get; init; }

    /// <summary>Gets or initializes the status id (from the category's status set).</summary>
    [JsonPropertyName("statusId")]
    public string? StatusId { get; init; }

    /// <summary>Gets or initializes the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets or initializes the barcode.</summary>
    [JsonPropertyName("barcode")]
    public string? Barcode { get; init; }

    /// <summary>Gets or initializes the location id (see the Locations API).</summary>
    [JsonPropertyName("locationId")]
    public string? LocationId { get; init; }

    /// <summary>Gets or initializes the company id.</summary>
    [JsonPropertyName("companyId")]
    public string? CompanyId { get; init; }

    /// <summary>Gets or initializes custom attribute values keyed by the attribute's name (<c>ca1</c>, …) (not sent when null).</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyDictionary<string, JsonElement>? CustomAttributes { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
