using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>The body of <see cref="RfisClient.CreateRfiAsync"/> (<c>POST rfis</c>). Call <see cref="RfisClient.GetCurrentUserAsync"/> and <see cref="RfisClient.ListRfiTypesAsync"/> first for the statuses, attributes and values the user may set.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-POST/">APS reference</see>.</remarks>
public sealed class RfiCreateRequest
{
    /// <summary>Gets or initializes the title (required).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets or initializes the question.</summary>
    [JsonPropertyName("question")]
    public string? Question { get; init; }

    /// <summary>Gets or initializes the initial status (for example <c>draft</c> or <c>submitted</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets or initializes the RFI type id.</summary>
    [JsonPropertyName("rfiTypeId")]
    public string? RfiTypeId { get; init; }

    /// <summary>Gets or initializes the number shown to users (APS assigns one when omitted).</summary>
    [JsonPropertyName("customIdentifier")]
    public string? CustomIdentifier { get; init; }

    /// <summary>Gets or initializes the assignees (not sent when null).</summary>
    [JsonPropertyName("assignedTo")]
    public IReadOnlyList<RfiActor>? AssignedTo { get; init; }

    /// <summary>Gets or initializes the Autodesk id of the RFI manager.</summary>
    [JsonPropertyName("managerId")]
    public string? ManagerId { get; init; }

    /// <summary>Gets or initializes the Autodesk id of the construction manager.</summary>
    [JsonPropertyName("constructionManagerId")]
    public string? ConstructionManagerId { get; init; }

    /// <summary>Gets or initializes the reviewers (not sent when null).</summary>
    [JsonPropertyName("reviewers")]
    public IReadOnlyList<RfiActor>? Reviewers { get; init; }

    /// <summary>Gets or initializes the co-reviewers (not sent when null).</summary>
    [JsonPropertyName("coReviewers")]
    public IReadOnlyList<RfiActor>? CoReviewers { get; init; }

    /// <summary>Gets or initializes the watchers (not sent when null).</summary>
    [JsonPropertyName("watchers")]
    public IReadOnlyList<RfiActor>? Watchers { get; init; }

    /// <summary>Gets or initializes the due date.</summary>
    [JsonPropertyName("dueDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>Gets or initializes the location, as text.</summary>
    [JsonPropertyName("locationDescription")]
    public string? LocationDescription { get; init; }

    /// <summary>Gets or initializes the location ids (not sent when null).</summary>
    [JsonPropertyName("locations")]
    public IReadOnlyList<string>? Locations { get; init; }

    /// <summary>Gets or initializes the suggested answer.</summary>
    [JsonPropertyName("suggestedAnswer")]
    public string? SuggestedAnswer { get; init; }

    /// <summary>Gets or initializes the cost impact.</summary>
    [JsonPropertyName("costImpact")]
    public string? CostImpact { get; init; }

    /// <summary>Gets or initializes the schedule impact.</summary>
    [JsonPropertyName("scheduleImpact")]
    public string? ScheduleImpact { get; init; }

    /// <summary>Gets or initializes the priority.</summary>
    [JsonPropertyName("priority")]
    public string? Priority { get; init; }

    /// <summary>Gets or initializes the disciplines (not sent when null).</summary>
    [JsonPropertyName("discipline")]
    public IReadOnlyList<string>? Discipline { get; init; }

    /// <summary>Gets or initializes the categories (not sent when null).</summary>
    [JsonPropertyName("category")]
    public IReadOnlyList<string>? Category { get; init; }

    /// <summary>Gets or initializes the external reference.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
