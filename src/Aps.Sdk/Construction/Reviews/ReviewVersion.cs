using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>A file version in a review (latest round).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-versions-GET/">APS reference</see>.</remarks>
public sealed class ReviewVersion
{
    /// <summary>Gets the version URN.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets the item (lineage) URN.</summary>
    [JsonPropertyName("itemUrn")]
    public string? ItemUrn { get; init; }

    /// <summary>Gets the file name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the approval status given to the version.</summary>
    [JsonPropertyName("approveStatus")]
    public ReviewApprovalStatus? ApproveStatus { get; init; }

    /// <summary>Gets what the reviewers set on the file.</summary>
    [JsonPropertyName("reviewContent")]
    public ReviewContent? ReviewContent { get; init; }

    /// <summary>Gets the URN of the copy made when the review finished.</summary>
    [JsonPropertyName("copiedFileVersionUrn")]
    public string? CopiedFileVersionUrn { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
