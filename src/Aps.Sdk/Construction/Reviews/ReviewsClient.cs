using System.Text.Json.Serialization.Metadata;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>
/// ACC Reviews: approval workflows, reviews, their workflow, progress and file versions, and the approval statuses
/// of a file version. Calls take a 3-legged token, or a 2-legged token acting for a user through
/// <see cref="ApsRequestOptions.UserId"/> (sent as <c>x-user-id</c>; Reviews accepts only the user's Autodesk id).
/// Project ids are accepted with or without <c>b.</c> and sent without. ACC projects only.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-GET/">APS Reviews reference</see>.</remarks>
public partial class ReviewsClient
{
    internal const string Area = "Construction.Reviews";
    internal const string BasePath = "/construction";

    internal static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected ReviewsClient()
    {
    }

    internal ReviewsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec GetWorkflow = Read("GetWorkflow", "/construction/reviews/v1/projects/{projectId}/workflows/{workflowId}", PagingStyle.None);
        internal static readonly OperationSpec ListWorkflows = Read("ListWorkflows", "/construction/reviews/v1/projects/{projectId}/workflows", PagingStyle.AccOffsetLimit);
        internal static readonly OperationSpec ListReviews = Read("ListReviews", "/construction/reviews/v1/projects/{projectId}/reviews", PagingStyle.AccOffsetLimit);
        internal static readonly OperationSpec GetReview = Read("GetReview", "/construction/reviews/v1/projects/{projectId}/reviews/{reviewId}", PagingStyle.None);
        internal static readonly OperationSpec GetReviewWorkflow = Read("GetReviewWorkflow", "/construction/reviews/v1/projects/{projectId}/reviews/{reviewId}/workflow", PagingStyle.None);
        internal static readonly OperationSpec ListReviewProgress = Read("ListReviewProgress", "/construction/reviews/v1/projects/{projectId}/reviews/{reviewId}/progress", PagingStyle.AccOffsetLimit);
        internal static readonly OperationSpec ListReviewVersions = Read("ListReviewVersions", "/construction/reviews/v1/projects/{projectId}/reviews/{reviewId}/versions", PagingStyle.AccOffsetLimit);
        internal static readonly OperationSpec ListVersionApprovalStatuses = Read("ListVersionApprovalStatuses", "/construction/reviews/v1/projects/{projectId}/versions/{versionId}/approval-statuses", PagingStyle.AccOffsetLimit);

        private static OperationSpec Read(string name, string path, PagingStyle paging)
            => new(Area, name, HttpMethod.Get, path) { Scopes = DataRead, ServiceBasePath = BasePath, Paging = paging, UserIdHeader = UserIdStyle.XUserId };
    }

    /// <summary>Gets an approval workflow.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="workflowId">The workflow.</param>
    /// <param name="options">Acting user (<c>x-user-id</c>) and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
    public virtual Task<ReviewWorkflow> GetWorkflowAsync(ProjectId projectId, string workflowId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectValue(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowId);
        var request = _pipeline.CreateRequest(Specs.GetWorkflow, options, [project, workflowId]);
        return _pipeline.SendAsync(request, ConstructionReviewsJsonContext.Default.ReviewWorkflow, options, cancellationToken);
    }

    /// <summary>Lists the approval workflows of a project, lazily, page by page (offset and limit).</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Filters, sort, page size, acting user and per-call settings.</param>
    /// <returns>The workflows.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not positive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<ReviewWorkflow> ListWorkflowsAsync(ProjectId projectId, ReviewWorkflowListOptions? options = null)
        => Offset(Specs.ListWorkflows, [ProjectValue(projectId)], options, options?.Limit, ConstructionReviewsJsonContext.Default.ReviewsPageReviewWorkflow, query =>
            query.Add("sort", options?.Sort).Add("filter[initiator]", options?.Initiator).Add("filter[status]", options?.Status));

    /// <summary>Lists the reviews of a project, lazily, page by page (offset and limit).</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Filters, sort, page size, acting user and per-call settings.</param>
    /// <returns>The reviews.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not positive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<Review> ListReviewsAsync(ProjectId projectId, ReviewListOptions? options = null)
        => Offset(Specs.ListReviews, [ProjectValue(projectId)], options, options?.Limit, ConstructionReviewsJsonContext.Default.ReviewsPageReview, query =>
            query.Add("sort", options?.Sort)
                .Add("filter[workflowId]", options?.WorkflowId)
                .Add("filter[status]", options?.Status)
                .Add("filter[currentStepDueDate]", options?.CurrentStepDueDate)
                .Add("filter[createdAt]", options?.CreatedAt)
                .Add("filter[updatedAt]", options?.UpdatedAt)
                .Add("filter[finishedAt]", options?.FinishedAt)
                .Add("filter[nextActionByUser]", options?.NextActionByUser)
                .Add("filter[nextActionByRole]", options?.NextActionByRole)
                .Add("filter[nextActionByCompany]", options?.NextActionByCompany)
                .Add("filter[name]", options?.Name)
                .Add("filter[sequenceId]", options?.SequenceId)
                .Add("filter[archived]", options?.Archived)
                .Add("filter[archivedBy]", options?.ArchivedBy)
                .Add("filter[archivedAt]", options?.ArchivedAt));

    /// <summary>Gets a review.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="reviewId">The review.</param>
    /// <param name="options">Acting user (<c>x-user-id</c>) and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-GET/">APS reference</see>.</remarks>
    public virtual Task<Review> GetReviewAsync(ProjectId projectId, string reviewId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectValue(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        var request = _pipeline.CreateRequest(Specs.GetReview, options, [project, reviewId]);
        return _pipeline.SendAsync(request, ConstructionReviewsJsonContext.Default.Review, options, cancellationToken);
    }

    /// <summary>
    /// Gets the approval workflow a review was started with (as it was then). The reference page documents no
    /// <c>x-user-id</c> header although 2-legged tokens are allowed; the SDK sends it when
    /// <see cref="ApsRequestOptions.UserId"/> is set, as for the other Reviews calls.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="reviewId">The review.</param>
    /// <param name="options">Acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The review's workflow.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-workflow-GET/">APS reference</see>.</remarks>
    public virtual Task<ReviewWorkflow> GetReviewWorkflowAsync(ProjectId projectId, string reviewId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectValue(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        var request = _pipeline.CreateRequest(Specs.GetReviewWorkflow, options, [project, reviewId]);
        return _pipeline.SendAsync(request, ConstructionReviewsJsonContext.Default.ReviewWorkflow, options, cancellationToken);
    }

    /// <summary>Lists the progress of a review's current round, most recent step first, lazily, page by page.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="reviewId">The review.</param>
    /// <param name="options">Page size, acting user and per-call settings.</param>
    /// <returns>The steps.</returns>
    /// <exception cref="ArgumentException">An id is empty or the page size is not positive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-progress-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<ReviewProgressStep> ListReviewProgressAsync(ProjectId projectId, string reviewId, ReviewPageOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        return Offset(Specs.ListReviewProgress, [ProjectValue(projectId), reviewId], options, options?.Limit, ConstructionReviewsJsonContext.Default.ReviewsPageReviewProgressStep, null);
    }

    /// <summary>Lists the file versions of a review's latest round, lazily, page by page.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="reviewId">The review.</param>
    /// <param name="options">Approval status labels, page size, acting user and per-call settings.</param>
    /// <returns>The versions.</returns>
    /// <exception cref="ArgumentException">An id is empty or the page size is not positive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-versions-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<ReviewVersion> ListReviewVersionsAsync(ProjectId projectId, string reviewId, ReviewVersionListOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        return Offset(Specs.ListReviewVersions, [ProjectValue(projectId), reviewId], options, options?.Limit, ConstructionReviewsJsonContext.Default.ReviewsPageReviewVersion, query =>
            query.AddRepeated("filter[approveStatus]", options?.ApproveStatuses));
    }

    /// <summary>
    /// Lists the approval statuses a file version received across reviews, lazily, page by page. The version URN
    /// (<c>urn:adsk.wipprod:fs.file:vf.…?version=2</c>) is escaped as one path segment.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="versionId">The version URN, as Data Management returns it (not escaped).</param>
    /// <param name="options">Page size, acting user and per-call settings.</param>
    /// <returns>The approval statuses.</returns>
    /// <exception cref="ArgumentException">An id is empty or the page size is not positive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-versions-versionId-approval-statuses-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<VersionApprovalStatus> ListVersionApprovalStatusesAsync(ProjectId projectId, string versionId, ReviewPageOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        return Offset(Specs.ListVersionApprovalStatuses, [ProjectValue(projectId), versionId], options, options?.Limit, ConstructionReviewsJsonContext.Default.ReviewsPageVersionApprovalStatus, null);
    }

    private ApsPagedEnumerable<ReviewsPage<T>, T> Offset<T>(OperationSpec spec, string[] path, ApsRequestOptions? options, int? limit, JsonTypeInfo<ReviewsPage<T>> typeInfo, Action<QueryBuilder>? filters)
    {
        CheckLimit(limit, nameof(options));
        var strategy = new OffsetPaging<ReviewsPage<T>, T>(
            (offset, hint) =>
            {
                CheckLimit(hint, "pageSizeHint");
                var query = new QueryBuilder().Add("limit", hint ?? limit);
                if (offset > 0)
                {
                    query.Add("offset", offset);
                }

                filters?.Invoke(query);
                return _pipeline.CreateRequest(spec, options, path, query);
            },
            page => page.Results,
            page => page.Pagination?.ToOffsetInfo() ?? default);
        return new ApsPagedEnumerable<ReviewsPage<T>, T>(_pipeline, typeInfo, strategy, options);
    }

    internal static string ProjectValue(ProjectId projectId, string parameterName = "projectId")
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", parameterName) : projectId.ConstructionValue;

    private static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "The page size (limit) must be positive.");
        }
    }
}
