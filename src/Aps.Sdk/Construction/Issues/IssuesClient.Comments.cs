using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Issues;

public partial class IssuesClient
{
    /// <summary>Lists an issue's comments, lazily, one offset/limit page per request.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="options">Sort, page size, region.</param>
    /// <returns>The comments.</returns>
    /// <exception cref="ArgumentException">An id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-comments-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<IssueComment> ListCommentsAsync(ProjectId projectId, string issueId, IssueCommentsListOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        ConstructionIds.Required(issueId, nameof(issueId));
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.ListComments,
            options,
            [project, issueId],
            () => new QueryBuilder().AddCommaSeparated("sortBy", options?.SortBy),
            options?.Limit,
            100,
            100,
            IssuesJsonContext.Default.ConstructionPageIssueComment);
    }

    /// <summary>Adds a comment to an issue (APS answers 201).</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="request">The comment.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new comment.</returns>
    /// <exception cref="ArgumentException">An id or the body is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-comments-POST/">APS reference</see>.</remarks>
    public virtual Task<IssueComment> CreateCommentAsync(ProjectId projectId, string issueId, IssueCommentCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ConstructionIds.Project(projectId);
        ConstructionIds.Required(issueId, nameof(issueId));
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Body))
        {
            throw new ArgumentException("A comment needs a body.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.CreateComment, options, [project, issueId]);
        ApsPipeline.SetJsonBody(message, request, IssuesJsonContext.Default.IssueCommentCreateRequest);
        return _pipeline.SendAsync(message, IssuesJsonContext.Default.IssueComment, options, cancellationToken);
    }

    /// <summary>
    /// Lists an issue's attachments. APS returns them all at once (<c>{attachments}</c>, no paging); download a file
    /// through Data Management / OSS with its <see cref="IssueAttachment.StorageUrn"/>. No region is taken.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="options">Per-call settings.</param>
    /// <returns>The attachments (one page).</returns>
    /// <exception cref="ArgumentException">An id is missing, or a region is set.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-attachments-issueId-items-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<IssueAttachment> ListAttachmentsAsync(ProjectId projectId, string issueId, ApsRequestOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        ConstructionIds.Required(issueId, nameof(issueId));
        var strategy = new Core.Paging.SinglePagePaging<IssueAttachmentsResponse, IssueAttachment>(
            () => _pipeline.CreateRequest(Specs.ListAttachments, options, [project, issueId]),
            body => body.Attachments);
        return new Core.Paging.ApsPagedEnumerable<IssueAttachmentsResponse, IssueAttachment>(_pipeline, IssuesJsonContext.Default.IssueAttachmentsResponse, strategy, options);
    }

    /// <summary>
    /// Attaches files already uploaded to Autodesk Docs (through Data Management / OSS) to an issue. An issue holds at
    /// most 100 attachments (422 beyond); a file already attached answers 409. No region is taken.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue (sent as <c>domainEntityId</c>).</param>
    /// <param name="request">The files.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The attachments APS created.</returns>
    /// <exception cref="ArgumentException">An id is missing, no file is given, a file lacks its id, name or storage URN, or the request names another issue.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-attachments-POST/">APS reference</see>.</remarks>
    public virtual async Task<IReadOnlyList<IssueAttachment>> AddAttachmentsAsync(ProjectId projectId, string issueId, IssueAttachmentsAddRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ConstructionIds.Project(projectId);
        ConstructionIds.Required(issueId, nameof(issueId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.Attachments is not { Count: > 0 } files)
        {
            throw new ArgumentException("Give at least one file to attach.", nameof(request));
        }

        if (request.DomainEntityId is { } other && !string.Equals(other, issueId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The request names issue '{other}' but the call is for '{issueId}'.", nameof(request));
        }

        var body = new IssueAttachmentsAddRequest
        {
            DomainEntityId = issueId,
            AdditionalData = request.AdditionalData,
            Attachments = files.Select(f =>
            {
                if (f is null || string.IsNullOrWhiteSpace(f.AttachmentId) || string.IsNullOrWhiteSpace(f.FileName) || string.IsNullOrWhiteSpace(f.StorageUrn))
                {
                    throw new ArgumentException("Each file needs an attachment id, a file name and a storage URN.", nameof(request));
                }

                return new IssueAttachmentInput
                {
                    AttachmentId = f.AttachmentId,
                    DisplayName = f.DisplayName ?? f.FileName,
                    FileName = f.FileName,
                    AttachmentType = f.AttachmentType ?? "issue-attachment",
                    StorageUrn = f.StorageUrn,
                    AdditionalData = f.AdditionalData,
                };
            }).ToList(),
        };

        var message = _pipeline.CreateRequest(Specs.AddAttachments, options, [project]);
        ApsPipeline.SetJsonBody(message, body, IssuesJsonContext.Default.IssueAttachmentsAddRequest);
        var result = await _pipeline.SendAsync(message, IssuesJsonContext.Default.IssueAttachmentsResponse, options, cancellationToken).ConfigureAwait(false);
        return result.Attachments;
    }

    /// <summary>Removes an attachment from an issue (APS answers 204). No region is taken.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="attachmentId">The attachment.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the attachment is removed.</returns>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-attachments-issueId-items-attachmentId-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteAttachmentAsync(ProjectId projectId, string issueId, string attachmentId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(
            Specs.DeleteAttachment,
            options,
            [ConstructionIds.Project(projectId), ConstructionIds.Required(issueId, nameof(issueId)), ConstructionIds.Required(attachmentId, nameof(attachmentId))]);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }
}
