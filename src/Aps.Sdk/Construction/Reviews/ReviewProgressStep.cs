using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>One step of a review's progress (current round, most recent first).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-progress-GET/">APS reference</see>.</remarks>
public sealed class ReviewProgressStep
{
    /// <summary>Gets the workflow step id.</summary>
    [JsonPropertyName("stepId")]
    public string? StepId { get; init; }

    /// <summary>Gets the step's name.</summary>
    [JsonPropertyName("stepName")]
    public string? StepName { get; init; }

    /// <summary>Gets the step's status (for example <c>CLAIMED</c>, <c>SUBMITTED</c>, <c>PENDING</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets who claimed the step.</summary>
    [JsonPropertyName("claimedBy")]
    public ReviewActor? ClaimedBy { get; init; }

    /// <summary>Gets who acted on the step.</summary>
    [JsonPropertyName("actionBy")]
    public ReviewActor? ActionBy { get; init; }

    /// <summary>Gets who may act on the step.</summary>
    [JsonPropertyName("candidates")]
    public ReviewCandidates? Candidates { get; init; }

    /// <summary>Gets when the step ended.</summary>
    [JsonPropertyName("endTime")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Gets the notes left on the step.</summary>
    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
