using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Assets;

/// <summary>A status step set: an ordered set of asset statuses assigned to categories.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-status-step-sets-GET/">APS reference</see>.</remarks>
public sealed class AssetStatusStepSet
{
    /// <summary>Gets the status step set id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets when the set was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who created the set.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the set was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated the set.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the set was deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who deleted the set, if one did.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets a value indicating whether the set is active.</summary>
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

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether this is the project's default set.</summary>
    [JsonPropertyName("isDefault")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsDefault { get; init; }

    /// <summary>Gets the statuses of the set, in order (never null).</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<AssetStatus> Values { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
