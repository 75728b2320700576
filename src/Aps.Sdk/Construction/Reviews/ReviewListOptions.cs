namespace Aps.Sdk.Construction.Reviews;

/// <summary>Options of <see cref="ReviewsClient.ListReviewsAsync"/>: every filter set narrows the list.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-GET/">APS reference</see>.</remarks>
public sealed class ReviewListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size. A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the sort, a field with an optional <c> desc</c> (for example <c>createdAt desc</c>).</summary>
    public string? Sort { get; set; }

    /// <summary>Gets or sets the workflow id (<c>filter[workflowId]</c>).</summary>
    public string? WorkflowId { get; set; }

    /// <summary>Gets or sets the status: <c>OPEN</c>, <c>CLOSED</c>, <c>VOID</c> or <c>FAILED</c> (<c>filter[status]</c>).</summary>
    public string? Status { get; set; }

    /// <summary>Gets or sets a due date range of the current step, <c>start..end</c> (<c>filter[currentStepDueDate]</c>).</summary>
    public string? CurrentStepDueDate { get; set; }

    /// <summary>Gets or sets a creation time range (<c>filter[createdAt]</c>).</summary>
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets an update time range (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets a finish time range (<c>filter[finishedAt]</c>).</summary>
    public string? FinishedAt { get; set; }

    /// <summary>Gets or sets the Autodesk id of a user who acts next (<c>filter[nextActionByUser]</c>).</summary>
    public string? NextActionByUser { get; set; }

    /// <summary>Gets or sets a role that acts next (<c>filter[nextActionByRole]</c>).</summary>
    public string? NextActionByRole { get; set; }

    /// <summary>Gets or sets a company that acts next (<c>filter[nextActionByCompany]</c>).</summary>
    public string? NextActionByCompany { get; set; }

    /// <summary>Gets or sets text the review name contains (<c>filter[name]</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the review number (<c>filter[sequenceId]</c>).</summary>
    public int? SequenceId { get; set; }

    /// <summary>Gets or sets whether archived (true) or unarchived (false) reviews are listed (<c>filter[archived]</c>).</summary>
    public bool? Archived { get; set; }

    /// <summary>Gets or sets the Autodesk id of the user who archived the reviews (<c>filter[archivedBy]</c>).</summary>
    public string? ArchivedBy { get; set; }

    /// <summary>Gets or sets an archive time range (<c>filter[archivedAt]</c>).</summary>
    public string? ArchivedAt { get; set; }
}
