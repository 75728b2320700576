using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>An ACC issue. Field names are the API's: <see cref="IssueTypeId"/> is the UI <em>category</em>, <see cref="IssueSubtypeId"/> the UI <em>type</em>.</summary>
public sealed class Issue
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the id of the Issues container (the project).</summary>
    [JsonPropertyName("containerId")]
    public string? ContainerId { get; init; }

    /// <summary>Gets a value indicating whether it is deleted.</summary>
    [JsonPropertyName("deleted")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Deleted { get; init; }

    /// <summary>Gets when it was deleted.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets who deleted it.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets the chronological, user-friendly number.</summary>
    [JsonPropertyName("displayId")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? DisplayId { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the URN of the snapshot.</summary>
    [JsonPropertyName("snapshotUrn")]
    public string? SnapshotUrn { get; init; }

    /// <summary>Gets the type (UI category).</summary>
    [JsonPropertyName("issueTypeId")]
    public string? IssueTypeId { get; init; }

    /// <summary>Gets the subtype (UI type).</summary>
    [JsonPropertyName("issueSubtypeId")]
    public string? IssueSubtypeId { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public IssueStatus? Status { get; init; }

    /// <summary>Gets the Autodesk id of the assignee (user, company or role).</summary>
    [JsonPropertyName("assignedTo")]
    public string? AssignedTo { get; init; }

    /// <summary>Gets the kind of assignee.</summary>
    [JsonPropertyName("assignedToType")]
    public IssueAssigneeType? AssignedToType { get; init; }

    /// <summary>Gets the due date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("dueDate")]
    public string? DueDate { get; init; }

    /// <summary>Gets the start date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; init; }

    /// <summary>Gets the location (LBS) id.</summary>
    [JsonPropertyName("locationId")]
    public string? LocationId { get; init; }

    /// <summary>Gets the location as plain text.</summary>
    [JsonPropertyName("locationDetails")]
    public string? LocationDetails { get; init; }

    /// <summary>Gets the documents the issue is pinned to.</summary>
    [JsonPropertyName("linkedDocuments")]
    public IReadOnlyList<IssueLinkedDocument> LinkedDocuments { get; init => field = value ?? []; } = [];

    /// <summary>Gets the links, as sent.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<JsonElement> Links { get; init => field = value ?? []; } = [];

    /// <summary>Gets the Autodesk id of the owner.</summary>
    [JsonPropertyName("ownerId")]
    public string? OwnerId { get; init; }

    /// <summary>Gets the root cause.</summary>
    [JsonPropertyName("rootCauseId")]
    public string? RootCauseId { get; init; }

    /// <summary>Gets the official response, as sent.</summary>
    [JsonPropertyName("officialResponse")]
    public JsonElement? OfficialResponse { get; init; }

    /// <summary>Gets the template the issue was created from.</summary>
    [JsonPropertyName("issueTemplateId")]
    public string? IssueTemplateId { get; init; }

    /// <summary>Gets the statuses the current user may move it to.</summary>
    [JsonPropertyName("permittedStatuses")]
    public IReadOnlyList<IssueStatus> PermittedStatuses { get; init => field = value ?? []; } = [];

    /// <summary>Gets the attributes the current user may change.</summary>
    [JsonPropertyName("permittedAttributes")]
    public IReadOnlyList<string> PermittedAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets a value indicating whether it is published.</summary>
    [JsonPropertyName("published")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Published { get; init; }

    /// <summary>Gets the actions the current user may take.</summary>
    [JsonPropertyName("permittedActions")]
    public IReadOnlyList<string> PermittedActions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the number of comments.</summary>
    [JsonPropertyName("commentCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? CommentCount { get; init; }

    /// <summary>Gets the number of attachments.</summary>
    [JsonPropertyName("attachmentCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? AttachmentCount { get; init; }

    /// <summary>Gets who opened it.</summary>
    [JsonPropertyName("openedBy")]
    public string? OpenedBy { get; init; }

    /// <summary>Gets when it was opened.</summary>
    [JsonPropertyName("openedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>Gets who closed it.</summary>
    [JsonPropertyName("closedBy")]
    public string? ClosedBy { get; init; }

    /// <summary>Gets when it was closed.</summary>
    [JsonPropertyName("closedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Gets who created it.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets who last updated it.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk ids of the watchers.</summary>
    [JsonPropertyName("watchers")]
    public IReadOnlyList<string> Watchers { get; init => field = value ?? []; } = [];

    /// <summary>Gets the custom attribute values.</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyList<IssueCustomAttributeValue> CustomAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the GPS coordinates.</summary>
    [JsonPropertyName("gpsCoordinates")]
    public IssueGpsCoordinates? GpsCoordinates { get; init; }

    /// <summary>Gets a value indicating whether the snapshot has markups.</summary>
    [JsonPropertyName("snapshotHasMarkups")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? SnapshotHasMarkups { get; init; }

    /// <summary>Gets the title of the root cause (a <c>fields</c> projection).</summary>
    [JsonPropertyName("rootCauseTitle")]
    public string? RootCauseTitle { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
