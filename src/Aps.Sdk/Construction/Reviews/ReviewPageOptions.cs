namespace Aps.Sdk.Construction.Reviews;

/// <summary>Options of the Reviews lists that take only a page size (progress, version approval statuses).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-progress-GET/">APS reference</see>.</remarks>
public sealed class ReviewPageOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size. A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }
}
