using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>The review an approval status comes from.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-versions-versionId-approval-statuses-GET/">APS reference</see>.</remarks>
public sealed class VersionApprovalReview
{
    /// <summary>Gets the review id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the review's number in the project.</summary>
    [JsonPropertyName("sequenceId")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SequenceId { get; init; }

    /// <summary>Gets the review's status.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
