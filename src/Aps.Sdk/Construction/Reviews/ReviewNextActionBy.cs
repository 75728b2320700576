using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>Who acts next on a review: the users who claimed the current step, and its candidates.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-GET/">APS reference</see>.</remarks>
public sealed class ReviewNextActionBy
{
    /// <summary>Gets the users who claimed the current step (never null).</summary>
    [JsonPropertyName("claimedBy")]
    public IReadOnlyList<ReviewActor> ClaimedBy { get; init => field = value ?? []; } = [];

    /// <summary>Gets who may act on the current step.</summary>
    [JsonPropertyName("candidates")]
    public ReviewCandidates? Candidates { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
