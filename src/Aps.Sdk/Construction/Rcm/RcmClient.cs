using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Rcm;

/// <summary>
/// Revit Cloud Models (RCM): the signed download URLs of a published Revit cloud model and the Revit files linked to
/// it (models published after 2025-02-07). 2-legged with <see cref="ApsRequestOptions.UserId"/> (<c>x-user-id</c>,
/// Autodesk id only) or 3-legged; the user needs download permission on the host model.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rcm-linked-files-GET/">APS reference</see>.</remarks>
public partial class RcmClient
{
    private const string Area = "RCM";

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected RcmClient()
    {
    }

    internal RcmClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec LinkedFiles = new(Area, "GetLinkedFiles", HttpMethod.Get, "/construction/rcm/v1/projects/{projectId}/published-versions/{versionId}/linked-files")
        {
            Scopes = ApsScopes.Create(ApsScopes.DataRead),
            ServiceBasePath = "/construction/rcm/v1",
            UserIdHeader = UserIdStyle.XUserId,
            Paging = PagingStyle.AccOffsetLimit,
        };
    }

    /// <summary>
    /// Gets one page of a published version's linked files, with the host model (unless
    /// <see cref="RcmLinkedFilesOptions.IncludeHost"/> is false). Signed URLs are short-lived; download at once.
    /// </summary>
    /// <param name="projectId">The project (sent without <c>b.</c>; APS accepts both).</param>
    /// <param name="versionId">The published version URN (escaped by the SDK).</param>
    /// <param name="options">Page size and offset, name and status filters, host inclusion, acting user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The host file and the page of linked files.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not 1 to 600 or the offset is negative.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rcm-linked-files-GET/">APS reference</see>.</remarks>
    public virtual Task<RcmLinkedFilesPage> GetLinkedFilesAsync(ProjectId projectId, string versionId, RcmLinkedFilesOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        CheckLimit(options?.Limit, nameof(options));
        if (options?.Offset is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Offset, "The offset must not be negative.");
        }

        var request = _pipeline.CreateRequest(Specs.LinkedFiles, options, [project, versionId], Query(options, options?.Limit, options?.Offset, options?.IncludeHost));
        return _pipeline.SendAsync(request, RcmJsonContext.Default.RcmLinkedFilesPage, options, cancellationToken);
    }

    /// <summary>
    /// Lists every linked file of a published version, lazily, following <c>nextOffset</c> (host model excluded:
    /// <c>includeHost=false</c> is sent so no host URL is signed per page; use <see cref="GetLinkedFilesAsync"/> for it).
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The published version URN.</param>
    /// <param name="options">Page size, name and status filters, acting user (<see cref="RcmLinkedFilesOptions.Offset"/> and <see cref="RcmLinkedFilesOptions.IncludeHost"/> are ignored).</param>
    /// <returns>The linked files.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not 1 to 600.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rcm-linked-files-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<RcmModelFile> ListLinkedFilesAsync(ProjectId projectId, string versionId, RcmLinkedFilesOptions? options = null)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        CheckLimit(options?.Limit, nameof(options));
        var strategy = new OffsetPaging<RcmLinkedFilesPage, RcmModelFile>(
            (offset, hint) =>
            {
                CheckLimit(hint, "pageSizeHint");
                return _pipeline.CreateRequest(Specs.LinkedFiles, options, [project, versionId], Query(options, hint ?? options?.Limit, offset == 0 ? null : offset, includeHost: false));
            },
            page => page.LinkedFiles?.Results,
            page => page.LinkedFiles?.Pagination?.ToOffsetInfo() ?? default,
            defaultLimit: 600);
        return new ApsPagedEnumerable<RcmLinkedFilesPage, RcmModelFile>(_pipeline, RcmJsonContext.Default.RcmLinkedFilesPage, strategy, options);
    }

    private static QueryBuilder Query(RcmLinkedFilesOptions? options, int? limit, int? offset, bool? includeHost)
        => new QueryBuilder()
            .Add("limit", limit)
            .Add("offset", offset)
            .AddRepeated("filter[name]", options?.Names)
            .AddCommaSeparated("filter[publishStatus]", options?.PublishStatuses)
            .Add("includeHost", includeHost);

    private static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1 or > 600)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "The page size must be 1 to 600.");
        }
    }

    private static string ProjectOf(ProjectId projectId)
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", nameof(projectId)) : projectId.ConstructionValue;
}
