using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>A response to an RFI (official or draft).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-rfiId-GET/">APS reference</see>.</remarks>
public sealed class RfiResponse
{
    /// <summary>Gets the response id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the RFI id.</summary>
    [JsonPropertyName("rfiId")]
    public string? RfiId { get; init; }

    /// <summary>Gets the response text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Gets the state: <c>draft</c> or <c>submitted</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>Gets the status the response gives the RFI (for example <c>answered</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the Autodesk id of the author.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets the Autodesk id of the user the response was written for.</summary>
    [JsonPropertyName("onBehalf")]
    public string? OnBehalf { get; init; }

    /// <summary>Gets a value indicating whether the current user may edit the response.</summary>
    [JsonPropertyName("isEditable")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsEditable { get; init; }

    /// <summary>Gets when the response was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated the response.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the response was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets when the response was deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
