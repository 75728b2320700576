using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>
/// ACC RFIs (API v3): search RFIs, get one, the current user's RFI permissions, RFI types, create an RFI and add a
/// response. Every call needs a user context (a 3-legged or secure service account token); project ids are accepted
/// with or without <c>b.</c> and sent without, as the RFIs API requires. ACC projects only.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-search-rfis-POST/">APS RFIs reference</see>.</remarks>
public partial class RfisClient
{
    internal const string Area = "Construction.Rfis";
    internal const string BasePath = "/construction";

    internal static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);
    internal static readonly ApsScopes DataWriteCreate = ApsScopes.Create(ApsScopes.DataWrite, ApsScopes.DataCreate);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected RfisClient()
    {
    }

    internal RfisClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        // A read that is a POST: safe to replay (endpoints.md 2.8).
        internal static readonly OperationSpec Search = new(Area, "SearchRfis", HttpMethod.Post, "/construction/rfis/v3/projects/{projectId}/search:rfis")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            Paging = PagingStyle.BodyOffsetLimit,
            Idempotent = true,
        };

        internal static readonly OperationSpec GetRfi = Read("GetRfi", "/construction/rfis/v3/projects/{projectId}/rfis/{rfiId}");
        internal static readonly OperationSpec GetCurrentUser = Read("GetRfiCurrentUser", "/construction/rfis/v3/projects/{projectId}/users/me");
        internal static readonly OperationSpec ListRfiTypes = Read("ListRfiTypes", "/construction/rfis/v3/projects/{projectId}/rfi-types");

        internal static readonly OperationSpec CreateRfi = new(Area, "CreateRfi", HttpMethod.Post, "/construction/rfis/v3/projects/{projectId}/rfis")
        {
            Scopes = DataWriteCreate,
            ServiceBasePath = BasePath,
        };

        internal static readonly OperationSpec CreateResponse = new(Area, "CreateRfiResponse", HttpMethod.Post, "/construction/rfis/v3/projects/{projectId}/rfis/{rfiId}/responses")
        {
            Scopes = DataWriteCreate,
            ServiceBasePath = BasePath,
        };

        private static OperationSpec Read(string name, string path)
            => new(Area, name, HttpMethod.Get, path) { Scopes = DataRead, ServiceBasePath = BasePath };
    }

    /// <summary>
    /// Searches the RFIs of a project, lazily: each page is a POST to <c>search:rfis</c> whose body carries the
    /// search, filter, sort and fields, with the page's <c>offset</c> and <c>limit</c>.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Search text, filter, sort, fields, page size (1 to 200) and per-call settings.</param>
    /// <returns>The RFIs.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-search-rfis-POST/">APS reference</see>.</remarks>
    public virtual ApsPageable<Rfi> SearchRfisAsync(ProjectId projectId, RfiSearchOptions? options = null)
    {
        var project = ProjectValue(projectId);
        CheckLimit(options?.Limit, nameof(options));
        var strategy = new OffsetPaging<RfisPage<Rfi>, Rfi>(
            (offset, hint) =>
            {
                CheckLimit(hint, "pageSizeHint");
                var body = new RfiSearchBody
                {
                    Limit = hint ?? options?.Limit,
                    Offset = offset > 0 ? offset : null,
                    Search = options?.Search,
                    Sort = options?.Sort is { Count: > 0 } sort ? [.. sort] : null,
                    Filter = options?.Filter,
                    Fields = options?.Fields is { Count: > 0 } fields ? [.. fields] : null,
                };
                var request = _pipeline.CreateRequest(Specs.Search, options, [project]);
                ApsPipeline.SetJsonBody(request, body, ConstructionRfisJsonContext.Default.RfiSearchBody);
                return request;
            },
            page => page.Results,
            page => page.Pagination?.ToOffsetInfo() ?? default,
            defaultLimit: 10);
        return new ApsPagedEnumerable<RfisPage<Rfi>, Rfi>(_pipeline, ConstructionRfisJsonContext.Default.RfisPageRfi, strategy, options);
    }

    /// <summary>Gets an RFI, with its responses, draft responses and the current user's permitted actions.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="rfiId">The RFI.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The RFI.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-rfiId-GET/">APS reference</see>.</remarks>
    public virtual Task<Rfi> GetRfiAsync(ProjectId projectId, string rfiId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectValue(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(rfiId);
        var request = _pipeline.CreateRequest(Specs.GetRfi, options, [project, rfiId]);
        return _pipeline.SendAsync(request, ConstructionRfisJsonContext.Default.Rfi, options, cancellationToken);
    }

    /// <summary>
    /// Gets the current user's RFI profile: role, workflow roles (<c>projectSC</c>, <c>projectGC</c>,
    /// <c>projectCoordinator</c>, <c>projectReviewer</c>), the project's workflow type and what the user may create.
    /// Call it before creating RFIs.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The current user.</returns>
    /// <exception cref="ArgumentException">The project id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-users-me-GET/">APS reference</see>.</remarks>
    public virtual Task<RfiCurrentUser> GetCurrentUserAsync(ProjectId projectId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Specs.GetCurrentUser, options, [ProjectValue(projectId)]);
        return _pipeline.SendAsync(request, ConstructionRfisJsonContext.Default.RfiCurrentUser, options, cancellationToken);
    }

    /// <summary>
    /// Lists the RFI types of a project (one response; the row documents no paging). A mention-only endpoint in the
    /// references: its shape follows the public APS reference page.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Per-call settings.</param>
    /// <returns>The RFI types.</returns>
    /// <exception cref="ArgumentException">The project id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-RFI-types-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<RfiType> ListRfiTypesAsync(ProjectId projectId, ApsRequestOptions? options = null)
    {
        var project = ProjectValue(projectId);
        var strategy = new SinglePagePaging<RfisPage<RfiType>, RfiType>(
            () => _pipeline.CreateRequest(Specs.ListRfiTypes, options, [project]),
            page => page.Results);
        return new ApsPagedEnumerable<RfisPage<RfiType>, RfiType>(_pipeline, ConstructionRfisJsonContext.Default.RfisPageRfiType, strategy, options);
    }

    /// <summary>
    /// Creates an RFI. Not retried on failure (a retry could create a duplicate): on a transport error, search for the
    /// title before trying again.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="request">The RFI; <see cref="RfiCreateRequest.Title"/> is required.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new RFI.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the title is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-POST/">APS reference</see>.</remarks>
    public virtual Task<Rfi> CreateRfiAsync(ProjectId projectId, RfiCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectValue(projectId);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            throw new ArgumentException("An RFI needs a title.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.CreateRfi, options, [project]);
        ApsPipeline.SetJsonBody(message, request, ConstructionRfisJsonContext.Default.RfiCreateRequest);
        return _pipeline.SendAsync(message, ConstructionRfisJsonContext.Default.Rfi, options, cancellationToken);
    }

    /// <summary>
    /// Adds a response to an RFI; when the reviewer already has a draft response, APS updates that draft instead. A
    /// mention-only endpoint in the references: its shape follows the public APS reference page. Not retried on
    /// failure.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="rfiId">The RFI.</param>
    /// <param name="request">The response; <see cref="RfiResponseCreateRequest.Text"/> is required.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentException">An id is empty or the text is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-id-responses-POST/">APS reference</see>.</remarks>
    public virtual Task<RfiResponse> CreateRfiResponseAsync(ProjectId projectId, string rfiId, RfiResponseCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectValue(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(rfiId);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new ArgumentException("A response needs its text.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.CreateResponse, options, [project, rfiId]);
        ApsPipeline.SetJsonBody(message, request, ConstructionRfisJsonContext.Default.RfiResponseCreateRequest);
        return _pipeline.SendAsync(message, ConstructionRfisJsonContext.Default.RfiResponse, options, cancellationToken);
    }

    internal static string ProjectValue(ProjectId projectId, string parameterName = "projectId")
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", parameterName) : projectId.ConstructionValue;

    private static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1 or > 200)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "The search:rfis page size (limit) is 1 to 200.");
        }
    }
}
