using System.Globalization;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Issues;

public partial class IssuesClient
{
    /// <summary>
    /// Lists the project's issues, lazily, one offset/limit page per request, with every documented <c>filter[...]</c>,
    /// the <c>fields</c> projection and <c>sortBy</c>. Sheet issues are not returned.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">Filters, fields, sort, page size (1 to 100), region.</param>
    /// <returns>The issues.</returns>
    /// <exception cref="ArgumentException">The project id is missing, a custom attribute filter has no id or the page size is out of range.</exception>
    /// <example>
    /// <code>
    /// var open = aps.Construction.Issues.ListIssuesAsync(projectId, new IssuesListOptions { Statuses = [IssueStatus.Open], SortBy = ["-createdAt"] });
    /// await foreach (var issue in open) Console.WriteLine($"#{issue.DisplayId} {issue.Title}");
    /// </code>
    /// </example>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issues-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<Issue> ListIssuesAsync(ProjectId projectId, IssuesListOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        if (options is not null)
        {
            foreach (var key in options.CustomAttributes.Keys)
            {
                if (string.IsNullOrWhiteSpace(key))
                {
                    throw new ArgumentException("A custom attribute filter needs the attribute definition id.", nameof(options));
                }
            }
        }

        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.ListIssues,
            options,
            [project],
            () => IssueQuery(options),
            options?.Limit,
            100,
            100,
            IssuesJsonContext.Default.ConstructionPageIssue);
    }

    private static QueryBuilder IssueQuery(IssuesListOptions? o)
    {
        var q = new QueryBuilder();
        if (o is null)
        {
            return q;
        }

        q.AddCommaSeparated("filter[id]", o.Ids)
            .AddCommaSeparated("filter[issueTypeId]", o.IssueTypeIds)
            .AddCommaSeparated("filter[issueSubtypeId]", o.IssueSubtypeIds)
            .AddCommaSeparated("filter[status]", ConstructionPaging.Values(o.Statuses, s => s.Value))
            .AddCommaSeparated("filter[linkedDocumentUrn]", o.LinkedDocumentUrns)
            .Add("filter[dueDate]", o.DueDate)
            .Add("filter[startDate]", o.StartDate)
            .Add("filter[createdAt]", o.CreatedAt)
            .AddCommaSeparated("filter[createdBy]", o.CreatedBy)
            .Add("filter[updatedAt]", o.UpdatedAt)
            .AddCommaSeparated("filter[updatedBy]", o.UpdatedBy)
            .AddCommaSeparated("filter[assignedTo]", o.AssignedTo)
            .AddCommaSeparated("filter[rootCauseId]", o.RootCauseIds)
            .AddCommaSeparated("filter[locationId]", o.LocationIds)
            .AddCommaSeparated("filter[subLocationId]", o.SubLocationIds)
            .AddCommaSeparated("filter[closedBy]", o.ClosedBy)
            .Add("filter[closedAt]", o.ClosedAt)
            .Add("filter[search]", o.Search)
            .AddCommaSeparated("filter[displayId]", o.DisplayIds?.Select(d => d.ToString(CultureInfo.InvariantCulture)))
            .AddCommaSeparated("filter[assignedToType]", o.AssignedToTypes);
        foreach (var (definitionId, values) in o.CustomAttributes)
        {
            q.AddCommaSeparated($"filter[customAttributes][{definitionId}]", values);
        }

        return q.Add("filter[valid]", o.Valid)
            .AddCommaSeparated("sortBy", o.SortBy)
            .AddCommaSeparated("fields", ConstructionPaging.Values(o.Fields, f => f.Value));
    }

    /// <summary>
    /// Creates an issue. <see cref="IssueCreateRequest.Title"/>, <see cref="IssueCreateRequest.IssueSubtypeId"/> and
    /// <see cref="IssueCreateRequest.Status"/> are required. APS answers 200 with the issue.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="request">The issue.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new issue.</returns>
    /// <exception cref="ArgumentException">The project id, title, subtype or status is missing.</exception>
    /// <exception cref="ApsException">APS refused the issue (400, 403, 409).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issues-POST/">APS reference</see>.</remarks>
    public virtual Task<Issue> CreateIssueAsync(ProjectId projectId, IssueCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ConstructionIds.Project(projectId);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Title) || string.IsNullOrWhiteSpace(request.IssueSubtypeId) || request.Status is not { IsEmpty: false })
        {
            throw new ArgumentException("A new issue needs a title, a subtype (IssueSubtypeId) and a status.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.CreateIssue, options, [project]);
        ApsPipeline.SetJsonBody(message, request, IssuesJsonContext.Default.IssueCreateRequest);
        return _pipeline.SendAsync(message, IssuesJsonContext.Default.Issue, options, cancellationToken);
    }

    /// <summary>
    /// Gets an issue, with the statuses, attributes and actions the current user is permitted
    /// (<see cref="Issue.PermittedStatuses"/>, <see cref="Issue.PermittedAttributes"/>, <see cref="Issue.PermittedActions"/>).
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <exception cref="ApsException">APS refused the call (404 for an unknown issue).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issues-issueId-GET/">APS reference</see>.</remarks>
    public virtual Task<Issue> GetIssueAsync(ProjectId projectId, string issueId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Specs.GetIssue, options, [ConstructionIds.Project(projectId), ConstructionIds.Required(issueId, nameof(issueId))]);
        return _pipeline.SendAsync(request, IssuesJsonContext.Default.Issue, options, cancellationToken);
    }

    /// <summary>
    /// Updates an issue: only the fields set on <paramref name="request"/> are sent, and a field set to
    /// <see langword="null"/> is sent as JSON <c>null</c>, which clears it (see <see cref="ApsOptional{T}"/>).
    /// Check <see cref="GetIssueAsync"/>'s permitted attributes and statuses first.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="request">The changes.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated issue.</returns>
    /// <exception cref="ArgumentException">An id is missing, or the title or status is set to null (they cannot be cleared).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issues-issueId-PATCH/">APS reference</see>.</remarks>
    public virtual Task<Issue> UpdateIssueAsync(ProjectId projectId, string issueId, IssueUpdateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ConstructionIds.Project(projectId);
        ConstructionIds.Required(issueId, nameof(issueId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.Title.IsNull || request.Status.IsNull || request.IssueSubtypeId.IsNull)
        {
            throw new ArgumentException("The title, status and subtype of an issue cannot be cleared; leave them unset or give a value.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.UpdateIssue, options, [project, issueId]);
        ApsPipeline.SetJsonBody(message, request, IssuesJsonContext.Default.IssueUpdateRequest);
        return _pipeline.SendAsync(message, IssuesJsonContext.Default.Issue, options, cancellationToken);
    }
}
