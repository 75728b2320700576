using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>A request for information (RFI) of an ACC project (RFIs API v3).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-rfiId-GET/">APS reference</see>.</remarks>
public sealed class Rfi
{
    /// <summary>Gets the RFI id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the RFI's number as shown to users.</summary>
    [JsonPropertyName("customIdentifier")]
    public string? CustomIdentifier { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the question.</summary>
    [JsonPropertyName("question")]
    public string? Question { get; init; }

    /// <summary>Gets the status (for example <c>draft</c>, <c>submitted</c>, <c>open</c>, <c>answered</c>, <c>closed</c>, <c>void</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the previous status.</summary>
    [JsonPropertyName("previousStatus")]
    public string? PreviousStatus { get; init; }

    /// <summary>Gets the workflow type: <c>US</c> or <c>EMEA</c>.</summary>
    [JsonPropertyName("workflowType")]
    public string? WorkflowType { get; init; }

    /// <summary>Gets the RFI type id (see <see cref="RfisClient.ListRfiTypesAsync"/>).</summary>
    [JsonPropertyName("rfiTypeId")]
    public string? RfiTypeId { get; init; }

    /// <summary>Gets the URN of the RFI's attachment folder.</summary>
    [JsonPropertyName("virtualFolderUrn")]
    public string? VirtualFolderUrn { get; init; }

    /// <summary>Gets the assignees (never null).</summary>
    [JsonPropertyName("assignedTo")]
    public IReadOnlyList<RfiActor> AssignedTo { get; init => field = value ?? []; } = [];

    /// <summary>Gets the Autodesk id of the RFI manager.</summary>
    [JsonPropertyName("managerId")]
    public string? ManagerId { get; init; }

    /// <summary>Gets the Autodesk id of the construction manager.</summary>
    [JsonPropertyName("constructionManagerId")]
    public string? ConstructionManagerId { get; init; }

    /// <summary>Gets the architects (never null).</summary>
    [JsonPropertyName("architects")]
    public IReadOnlyList<RfiActor> Architects { get; init => field = value ?? []; } = [];

    /// <summary>Gets the reviewers (never null).</summary>
    [JsonPropertyName("reviewers")]
    public IReadOnlyList<RfiActor> Reviewers { get; init => field = value ?? []; } = [];

    /// <summary>Gets the co-reviewers (never null).</summary>
    [JsonPropertyName("coReviewers")]
    public IReadOnlyList<RfiActor> CoReviewers { get; init => field = value ?? []; } = [];

    /// <summary>Gets the watchers (never null).</summary>
    [JsonPropertyName("watchers")]
    public IReadOnlyList<RfiActor> Watchers { get; init => field = value ?? []; } = [];

    /// <summary>Gets when the RFI is due.</summary>
    [JsonPropertyName("dueDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>Gets the location, as text.</summary>
    [JsonPropertyName("locationDescription")]
    public string? LocationDescription { get; init; }

    /// <summary>Gets the location ids (never null).</summary>
    [JsonPropertyName("locations")]
    public IReadOnlyList<string> Locations { get; init => field = value ?? []; } = [];

    /// <summary>Gets the number of comments.</summary>
    [JsonPropertyName("commentsCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? CommentsCount { get; init; }

    /// <summary>Gets the official response.</summary>
    [JsonPropertyName("officialResponse")]
    public string? OfficialResponse { get; init; }

    /// <summary>Gets the status of the official response.</summary>
    [JsonPropertyName("officialResponseStatus")]
    public string? OfficialResponseStatus { get; init; }

    /// <summary>Gets who gave the official response (never null).</summary>
    [JsonPropertyName("officialResponseActors")]
    public IReadOnlyList<RfiActor> OfficialResponseActors { get; init => field = value ?? []; } = [];

    /// <summary>Gets a value indicating whether the manager edited the official response.</summary>
    [JsonPropertyName("officialResponseEditByManagerState")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? OfficialResponseEditByManagerState { get; init; }

    /// <summary>Gets the suggested answer.</summary>
    [JsonPropertyName("suggestedAnswer")]
    public string? SuggestedAnswer { get; init; }

    /// <summary>Gets when the RFI was responded to.</summary>
    [JsonPropertyName("respondedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? RespondedAt { get; init; }

    /// <summary>Gets the Autodesk id of the responder.</summary>
    [JsonPropertyName("respondedBy")]
    public string? RespondedBy { get; init; }

    /// <summary>Gets when the RFI was answered.</summary>
    [JsonPropertyName("answeredAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who answered.</summary>
    [JsonPropertyName("answeredBy")]
    public string? AnsweredBy { get; init; }

    /// <summary>Gets when the RFI was closed.</summary>
    [JsonPropertyName("closedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who closed the RFI.</summary>
    [JsonPropertyName("closedBy")]
    public string? ClosedBy { get; init; }

    /// <summary>Gets the Autodesk id of the creator.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the RFI was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated the RFI.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the RFI was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the RFI container id.</summary>
    [JsonPropertyName("containerId")]
    public string? ContainerId { get; init; }

    /// <summary>Gets the project id (ACC form).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>Gets the cost impact (a value of the RFI type, for example <c>Yes</c>).</summary>
    [JsonPropertyName("costImpact")]
    public string? CostImpact { get; init; }

    /// <summary>Gets the schedule impact.</summary>
    [JsonPropertyName("scheduleImpact")]
    public string? ScheduleImpact { get; init; }

    /// <summary>Gets the priority (for example <c>High</c>).</summary>
    [JsonPropertyName("priority")]
    public string? Priority { get; init; }

    /// <summary>Gets the disciplines (never null).</summary>
    [JsonPropertyName("discipline")]
    public IReadOnlyList<string> Discipline { get; init => field = value ?? []; } = [];

    /// <summary>Gets the categories (never null).</summary>
    [JsonPropertyName("category")]
    public IReadOnlyList<string> Category { get; init => field = value ?? []; } = [];

    /// <summary>Gets the external reference.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the custom attribute values (never null).</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyList<RfiCustomAttributeValue> CustomAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the bridge source (raw; the reference types it loosely).</summary>
    [JsonPropertyName("bridgedSource")]
    public JsonElement? BridgedSource { get; init; }

    /// <summary>Gets the bridge target (raw).</summary>
    [JsonPropertyName("bridgedTarget")]
    public JsonElement? BridgedTarget { get; init; }

    /// <summary>Gets whether the bridged copy is out of date (raw).</summary>
    [JsonPropertyName("bridgeSyncOutdated")]
    public JsonElement? BridgeSyncOutdated { get; init; }

    /// <summary>Gets the bridge sync version (raw).</summary>
    [JsonPropertyName("syncVersion")]
    public JsonElement? SyncVersion { get; init; }

    /// <summary>Gets the submitted responses (single RFI only) (never null).</summary>
    [JsonPropertyName("responses")]
    public IReadOnlyList<RfiResponse> Responses { get; init => field = value ?? []; } = [];

    /// <summary>Gets the current user's draft responses (single RFI only) (never null).</summary>
    [JsonPropertyName("draftResponses")]
    public IReadOnlyList<RfiResponse> DraftResponses { get; init => field = value ?? []; } = [];

    /// <summary>Gets what the current user may do with the RFI (statuses, attributes, reviewers), raw.</summary>
    [JsonPropertyName("permittedActions")]
    public JsonElement? PermittedActions { get; init; }

    /// <summary>Gets the maximum number of assignees.</summary>
    [JsonPropertyName("maxAssignees")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? MaxAssignees { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
