using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>A new issue (the API's <c>IssuePayload</c>). <see cref="Title"/>, <see cref="IssueSubtypeId"/> and <see cref="Status"/> are required.</summary>
public sealed class IssueCreateRequest
{
    /// <summary>Gets or sets the title (required; at most 10,000 characters).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Gets or sets the description (at most 10,000 characters).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the snapshot URN.</summary>
    [JsonPropertyName("snapshotUrn")]
    public string? SnapshotUrn { get; set; }

    /// <summary>Gets or sets the subtype (UI type; required).</summary>
    [JsonPropertyName("issueSubtypeId")]
    public string? IssueSubtypeId { get; set; }

    /// <summary>Gets or sets the status (required).</summary>
    [JsonPropertyName("status")]
    public IssueStatus? Status { get; set; }

    /// <summary>Gets or sets the Autodesk id of the assignee.</summary>
    [JsonPropertyName("assignedTo")]
    public string? AssignedTo { get; set; }

    /// <summary>Gets or sets the kind of assignee.</summary>
    [JsonPropertyName("assignedToType")]
    public IssueAssigneeType? AssignedToType { get; set; }

    /// <summary>Gets or sets the due date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("dueDate")]
    public string? DueDate { get; set; }

    /// <summary>Gets or sets the start date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; set; }

    /// <summary>Gets or sets the location (LBS) id.</summary>
    [JsonPropertyName("locationId")]
    public string? LocationId { get; set; }

    /// <summary>Gets or sets the location as text (at most 8,300 characters).</summary>
    [JsonPropertyName("locationDetails")]
    public string? LocationDetails { get; set; }

    /// <summary>Gets or sets the root cause.</summary>
    [JsonPropertyName("rootCauseId")]
    public string? RootCauseId { get; set; }

    /// <summary>Gets or sets the template.</summary>
    [JsonPropertyName("issueTemplateId")]
    public string? IssueTemplateId { get; set; }

    /// <summary>Gets or sets a value indicating whether the issue is published.</summary>
    [JsonPropertyName("published")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Published { get; set; }

    /// <summary>Gets or sets the watchers' Autodesk ids.</summary>
    [JsonPropertyName("watchers")]
    public IReadOnlyList<string>? Watchers { get; set; }

    /// <summary>Gets or sets custom attribute values.</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyList<IssueCustomAttributeInput>? CustomAttributes { get; set; }

    /// <summary>Gets or sets the GPS coordinates.</summary>
    [JsonPropertyName("gpsCoordinates")]
    public IssueGpsCoordinates? GpsCoordinates { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
