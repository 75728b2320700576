using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>The approval status a file version received in one review.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-versions-versionId-approval-statuses-GET/">APS reference</see>.</remarks>
public sealed class VersionApprovalStatus
{
    /// <summary>Gets the approval status.</summary>
    [JsonPropertyName("approvalStatus")]
    public ReviewApprovalStatus? ApprovalStatus { get; init; }

    /// <summary>Gets the review that gave it.</summary>
    [JsonPropertyName("review")]
    public VersionApprovalReview? Review { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
