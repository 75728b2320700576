using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>A step of an approval workflow.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
public sealed class ReviewWorkflowStep
{
    /// <summary>Gets the step id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the step type: <c>INITIATOR</c>, <c>REVIEWER</c> or <c>FINAL_REVIEWER</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets how long the step may take, in <see cref="DueDateType"/> units.</summary>
    [JsonPropertyName("duration")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Duration { get; init; }

    /// <summary>Gets the unit of <see cref="Duration"/>: <c>CALENDAR_DAY</c> or <c>WORKING_DAY</c>.</summary>
    [JsonPropertyName("dueDateType")]
    public string? DueDateType { get; init; }

    /// <summary>Gets the group review settings.</summary>
    [JsonPropertyName("groupReview")]
    public ReviewGroupReview? GroupReview { get; init; }

    /// <summary>Gets who may act on the step.</summary>
    [JsonPropertyName("candidates")]
    public ReviewCandidates? Candidates { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
