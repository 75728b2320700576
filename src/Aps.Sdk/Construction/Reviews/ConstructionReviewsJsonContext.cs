using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>Source-generated JSON metadata of the ACC Reviews models (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Review))]
[JsonSerializable(typeof(ReviewActor))]
[JsonSerializable(typeof(ReviewCandidates))]
[JsonSerializable(typeof(ReviewNextActionBy))]
[JsonSerializable(typeof(ReviewWorkflow))]
[JsonSerializable(typeof(ReviewWorkflowAdditionalOptions))]
[JsonSerializable(typeof(ReviewApprovalStatusOption))]
[JsonSerializable(typeof(ReviewWorkflowStep))]
[JsonSerializable(typeof(ReviewGroupReview))]
[JsonSerializable(typeof(ReviewCopyFilesOptions))]
[JsonSerializable(typeof(ReviewAttachedAttributeSetting))]
[JsonSerializable(typeof(ReviewUpdateAttributesOptions))]
[JsonSerializable(typeof(ReviewProgressStep))]
[JsonSerializable(typeof(ReviewApprovalStatus))]
[JsonSerializable(typeof(ReviewVersion))]
[JsonSerializable(typeof(ReviewContent))]
[JsonSerializable(typeof(ReviewContentAttributeValue))]
[JsonSerializable(typeof(VersionApprovalStatus))]
[JsonSerializable(typeof(VersionApprovalReview))]
[JsonSerializable(typeof(ReviewsPage<ReviewWorkflow>))]
[JsonSerializable(typeof(ReviewsPage<Review>))]
[JsonSerializable(typeof(ReviewsPage<ReviewProgressStep>))]
[JsonSerializable(typeof(ReviewsPage<ReviewVersion>))]
[JsonSerializable(typeof(ReviewsPage<VersionApprovalStatus>))]
internal sealed partial class ConstructionReviewsJsonContext : JsonSerializerContext
{
}
