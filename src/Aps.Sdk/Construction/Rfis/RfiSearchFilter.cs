using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>The filter of <see cref="RfisClient.SearchRfisAsync"/>; every field set narrows the result. Time fields take a time or a range <c>start..end</c>.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-search-rfis-POST/">APS reference</see>.</remarks>
public sealed class RfiSearchFilter
{
    /// <summary>Gets or initializes the status.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets or initializes the status of the official response.</summary>
    [JsonPropertyName("officialResponseStatus")]
    public string? OfficialResponseStatus { get; init; }

    /// <summary>Gets or initializes whether hidden RFIs are included.</summary>
    [JsonPropertyName("includeHidden")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IncludeHidden { get; init; }

    /// <summary>Gets or initializes the RFI ids (not sent when null).</summary>
    [JsonPropertyName("id")]
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Gets or initializes the assignees' ids (not sent when null).</summary>
    [JsonPropertyName("assignedTo")]
    public IReadOnlyList<string>? AssignedTo { get; init; }

    /// <summary>Gets or initializes the creators' Autodesk ids (not sent when null).</summary>
    [JsonPropertyName("createdBy")]
    public IReadOnlyList<string>? CreatedBy { get; init; }

    /// <summary>Gets or initializes the location ids (not sent when null).</summary>
    [JsonPropertyName("locations")]
    public IReadOnlyList<string>? Locations { get; init; }

    /// <summary>Gets or initializes the RFI type ids (not sent when null).</summary>
    [JsonPropertyName("rfiTypeId")]
    public IReadOnlyList<string>? RfiTypeIds { get; init; }

    /// <summary>Gets or initializes the creation time or range.</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; init; }

    /// <summary>Gets or initializes the update time or range.</summary>
    [JsonPropertyName("updatedAt")]
    public string? UpdatedAt { get; init; }

    /// <summary>Gets or initializes the close time or range.</summary>
    [JsonPropertyName("closedAt")]
    public string? ClosedAt { get; init; }

    /// <summary>Gets or initializes the due date or range.</summary>
    [JsonPropertyName("dueDate")]
    public string? DueDate { get; init; }

    /// <summary>Gets or initializes the cost impact.</summary>
    [JsonPropertyName("costImpact")]
    public string? CostImpact { get; init; }

    /// <summary>Gets or initializes the schedule impact.</summary>
    [JsonPropertyName("scheduleImpact")]
    public string? ScheduleImpact { get; init; }

    /// <summary>Gets or initializes the priority.</summary>
    [JsonPropertyName("priority")]
    public string? Priority { get; init; }

    /// <summary>Gets or initializes the external reference.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets or initializes the discipline.</summary>
    [JsonPropertyName("discipline")]
    public string? Discipline { get; init; }

    /// <summary>Gets or initializes the category.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    /// <summary>Gets or initializes a custom attribute filter, <c>attributeId: valueId</c>.</summary>
    [JsonPropertyName("customAttributes")]
    public string? CustomAttributes { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
