namespace Aps.Sdk.Construction.Reviews;

/// <summary>Options of <see cref="ReviewsClient.ListReviewVersionsAsync"/>.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-versions-GET/">APS reference</see>.</remarks>
public sealed class ReviewVersionListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size. A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>
    /// Gets the approval status labels (as the workflow names them, for example <c>Approved with comments</c>) a version
    /// must have; sent as <c>filter[approveStatus]</c>, one parameter per value.
    /// </summary>
    public IList<string> ApproveStatuses { get; } = [];
}
