using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Assets;

/// <summary>An asset status (one step of a status step set).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-asset-statuses-GET/">APS reference</see>.</remarks>
public sealed class AssetStatus
{
    /// <summary>Gets the status id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the label shown to users.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the color (<c>green</c>, <c>yellow</c>, …).</summary>
    [JsonPropertyName("color")]
    public string? Color { get; init; }

    /// <summary>Gets the id of the status step set the status belongs to.</summary>
    [JsonPropertyName("statusStepSetId")]
    public string? StatusStepSetId { get; init; }

    /// <summary>Gets when the status was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who created the status.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the status was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated the status.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the status was deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who deleted the status, if one did.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets a value indicating whether the status is active.</summary>
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

    /// <summary>Gets the internal bucket name of the status.</summary>
    [JsonPropertyName("bucket")]
    public string? Bucket { get; init; }

    /// <summary>Gets the position of the status in its set.</summary>
    [JsonPropertyName("sortOrder")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SortOrder { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
