namespace Aps.Sdk.Construction.Reviews;

/// <summary>Options of <see cref="ReviewsClient.ListWorkflowsAsync"/>.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-GET/">APS reference</see>.</remarks>
public sealed class ReviewWorkflowListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size. A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the sort: <c>name</c>, <c>status</c> or <c>updatedAt</c>, with an optional <c> desc</c>.</summary>
    public string? Sort { get; set; }

    /// <summary>Gets or sets whether only workflows the current user may initiate are listed (<c>filter[initiator]</c>; ignored for project admins).</summary>
    public bool? Initiator { get; set; }

    /// <summary>Gets or sets the workflow status, <c>ACTIVE</c> or <c>INACTIVE</c> (<c>filter[status]</c>).</summary>
    public string? Status { get; set; }
}
