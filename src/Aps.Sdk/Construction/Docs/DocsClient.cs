using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Operations;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Docs;

/// <summary>
/// BIM 360 / ACC Document Management (<c>bim360/docs/v1</c>): folder permissions, custom attributes, naming
/// standards and BIM 360 PDF exports. Project ids are sent without <c>b.</c>; folder and version URNs are escaped
/// as one path segment. 2-legged with <see cref="ApsRequestOptions.UserId"/> (<c>x-user-id</c>) or 3-legged.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-projects-project_id-folders-folder_id-permissions-GET/">APS reference</see>.</remarks>
public partial class DocsClient
{
    private const string Area = "Docs";
    private const string BasePath = "/bim360/docs/v1";
    private const int MaxBatchUrns = 50;

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected DocsClient()
    {
    }

    internal DocsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        private static readonly ApsScopes Read = ApsScopes.Create(ApsScopes.DataRead);
        private static readonly ApsScopes Write = ApsScopes.Create(ApsScopes.DataWrite);

        internal static readonly OperationSpec FolderPermissions = Spec("GetFolderPermissions", HttpMethod.Get, "/bim360/docs/v1/projects/{projectId}/folders/{folderId}/permissions", Read);
        internal static readonly OperationSpec ListDefinitions = Spec("GetCustomAttributeDefinitions", HttpMethod.Get, "/bim360/docs/v1/projects/{projectId}/folders/{folderId}/custom-attribute-definitions", Read, PagingStyle.AccOffsetLimit);
        internal static readonly OperationSpec CreateDefinition = Spec("CreateCustomAttributeDefinition", HttpMethod.Post, "/bim360/docs/v1/projects/{projectId}/folders/{folderId}/custom-attribute-definitions", Write);

        // The only Docs call with x-ads-region (US or EMEA; routed automatically when absent, 001:L6513-6515).
        internal static readonly OperationSpec NamingStandard = new(Area, "GetNamingStandard", HttpMethod.Get, "/bim360/docs/v1/projects/{projectId}/naming-standards/{id}")
        {
            Scopes = Read,
            ServiceBasePath = BasePath,
            UserIdHeader = UserIdStyle.XUserId,
            RegionStyle = RegionStyle.XAdsRegionHeader,
            AllowedRegions = [ApsRegion.US, ApsRegion.EMEA],
        };

        // A read sent as POST: safe to replay.
        internal static readonly OperationSpec BatchGet = Spec("BatchGetVersions", HttpMethod.Post, "/bim360/docs/v1/projects/{projectId}/versions:batch-get", Read, idempotent: true);

        // Assigning the same values again gives the same state: safe to replay.
        internal static readonly OperationSpec BatchUpdate = Spec("BatchUpdateCustomAttributes", HttpMethod.Post, "/bim360/docs/v1/projects/{projectId}/versions/{versionId}/custom-attributes:batch-update", Write, idempotent: true);
        internal static readonly OperationSpec StartExport = Spec("CreateBim360Export", HttpMethod.Post, "/bim360/docs/v1/projects/{projectId}/versions/{versionId}/exports", Write);
        internal static readonly OperationSpec GetExport = Spec("GetBim360Export", HttpMethod.Get, "/bim360/docs/v1/projects/{projectId}/versions/{versionId}/exports/{exportId}", Read);

        private static OperationSpec Spec(string name, HttpMethod method, string path, ApsScopes scopes, PagingStyle paging = PagingStyle.None, bool? idempotent = null) => new(Area, name, method, path)
        {
            Scopes = scopes,
            ServiceBasePath = BasePath,
            Paging = paging,
            UserIdHeader = UserIdStyle.XUserId,
            Idempotent = idempotent ?? method != HttpMethod.Post,
        };
    }

    /// <summary>
    /// Lists the permissions of the users, roles and companies on a folder (beta), as one page (APS returns a bare
    /// array). Acting for a user needs VIEW permission on the folder.
    /// </summary>
    /// <param name="projectId">The project (sent without <c>b.</c>).</param>
    /// <param name="folderId">The folder URN (escaped by the SDK).</param>
    /// <param name="options">Acting user and per-call settings.</param>
    /// <returns>The permissions.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-projects-project_id-folders-folder_id-permissions-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DocsSubjectPermissions> ListFolderPermissionsAsync(ProjectId projectId, string folderId, ApsRequestOptions? options = null)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(folderId);
        var strategy = new SinglePagePaging<List<DocsSubjectPermissions>, DocsSubjectPermissions>(
            () => _pipeline.CreateRequest(Specs.FolderPermissions, options, [project, folderId]),
            list => list);
        return new ApsPagedEnumerable<List<DocsSubjectPermissions>, DocsSubjectPermissions>(_pipeline, DocsJsonContext.Default.ListDocsSubjectPermissions, strategy, options);
    }

    /// <summary>
    /// Lists the custom attribute definitions of a folder's documents (beta), including those without a value and
    /// the drop-down values, lazily (offset/limit; an empty <c>nextUrl</c> ends the list).
    /// </summary>
    /// <param name="projectId">The project (sent without <c>b.</c>).</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">Page size (1 to 200), acting user.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-custom-attribute-definitions-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DocsCustomAttributeDefinition> ListCustomAttributeDefinitionsAsync(ProjectId projectId, string folderId, DocsListOptions? options = null)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(folderId);
        CheckLimit(options?.Limit, nameof(options));
        var strategy = new OffsetPaging<DocsPage<DocsCustomAttributeDefinition>, DocsCustomAttributeDefinition>(
            (offset, hint) =>
            {
                CheckLimit(hint, "pageSizeHint");
                var query = new QueryBuilder().Add("limit", hint ?? options?.Limit).Add("offset", offset == 0 ? null : offset);
                return _pipeline.CreateRequest(Specs.ListDefinitions, options, [project, folderId], query);
            },
            page => page.Results,
            page => page.Pagination?.ToOffsetInfo() ?? default,
            defaultLimit: 10);
        return new ApsPagedEnumerable<DocsPage<DocsCustomAttributeDefinition>, DocsCustomAttributeDefinition>(_pipeline, DocsJsonContext.Default.DocsPageDocsCustomAttributeDefinition, strategy, options);
    }

    /// <summary>Adds a custom attribute definition to a folder (one per call).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="definition">The name, type and drop-down values.</param>
    /// <param name="options">Acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new definition.</returns>
    /// <exception cref="ArgumentException">An id, the name or the type is empty.</exception>
    /// <remarks>Shape from the public APS reference. <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-custom-attribute-definitions-POST/">APS reference</see>.</remarks>
    public virtual Task<DocsCustomAttributeDefinition> CreateCustomAttributeDefinitionAsync(ProjectId projectId, string folderId, DocsCreateCustomAttributeDefinition definition, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(folderId);
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrWhiteSpace(definition.Name) || string.IsNullOrWhiteSpace(definition.Type))
        {
            throw new ArgumentException("A custom attribute definition needs a name and a type (string, date or array).", nameof(definition));
        }

        var message = _pipeline.CreateRequest(Specs.CreateDefinition, options, [project, folderId]);
        ApsPipeline.SetJsonBody(message, definition, DocsJsonContext.Default.DocsCreateCustomAttributeDefinition);
        return _pipeline.SendAsync(message, DocsJsonContext.Default.DocsCustomAttributeDefinition, options, cancellationToken);
    }

    /// <summary>
    /// Gets a project's file naming standard (beta). <see cref="ApsRequestOptions.Region"/> (US or EMEA) is sent as
    /// <c>x-ads-region</c>; without one APS routes the call itself.
    /// </summary>
    /// <param name="projectId">The project (sent without <c>b.</c>).</param>
    /// <param name="namingStandardId">The id (from a folder's <c>extension.data.namingStandardIds</c>).</param>
    /// <param name="options">Region, acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The naming standard.</returns>
    /// <exception cref="ArgumentException">An id is empty or the region is not US or EMEA.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-naming-standards-id-GET/">APS reference</see>.</remarks>
    public virtual Task<DocsNamingStandard> GetNamingStandardAsync(ProjectId projectId, string namingStandardId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(namingStandardId);
        var message = _pipeline.CreateRequest(Specs.NamingStandard, options, [project, namingStandardId]);
        return _pipeline.SendAsync(message, DocsJsonContext.Default.DocsNamingStandard, options, cancellationToken);
    }

    /// <summary>
    /// Gets the custom attribute values, approval status and revision of up to 50 documents by version URN (or item
    /// URN, for the tip version). URNs APS cannot serve come back in <see cref="DocsVersionsBatch.Errors"/>.
    /// </summary>
    /// <param name="projectId">The project (sent without <c>b.</c>).</param>
    /// <param name="urns">Version or item URNs, 1 to 50.</param>
    /// <param name="options">Acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The versions and the errors.</returns>
    /// <exception cref="ArgumentException">No URN, more than 50, or an empty one.</exception>
    /// <remarks>Shape from the public APS reference (the seeds only mention it). <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-versionsbatch-get-POST/">APS reference</see>.</remarks>
    public virtual Task<DocsVersionsBatch> BatchGetVersionsAsync(ProjectId projectId, IEnumerable<string> urns, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentNullException.ThrowIfNull(urns);
        var list = urns.ToList();
        if (list.Count is 0 or > MaxBatchUrns || list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"versions:batch-get takes 1 to {MaxBatchUrns} non-empty URNs; {list.Count} were given.", nameof(urns));
        }

        var message = _pipeline.CreateRequest(Specs.BatchGet, options, [project]);
        ApsPipeline.SetJsonBody(message, new DocsBatchGetBody { Urns = list }, DocsJsonContext.Default.DocsBatchGetBody);
        return _pipeline.SendAsync(message, DocsJsonContext.Default.DocsVersionsBatch, options, cancellationToken);
    }

    /// <summary>Assigns (or, with a null value, clears) custom attribute values of one version.</summary>
    /// <param name="projectId">The project (sent without <c>b.</c>).</param>
    /// <param name="versionId">The version URN (escaped by the SDK).</param>
    /// <param name="values">The attribute ids and values.</param>
    /// <param name="options">Acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version's custom attribute values after the update.</returns>
    /// <exception cref="ArgumentException">An id is empty or no value is given.</exception>
    /// <remarks>Shape from the public APS reference (the seeds only mention it). <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/document-management-custom-attributesbatch-update-POST/">APS reference</see>.</remarks>
    public virtual Task<DocsCustomAttributeValues> BatchUpdateCustomAttributesAsync(ProjectId projectId, string versionId, IEnumerable<DocsCustomAttributeUpdate> values, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        if (list.Count == 0 || list.Any(v => v is null))
        {
            throw new ArgumentException("At least one custom attribute value is required, and none may be null.", nameof(values));
        }

        var message = _pipeline.CreateRequest(Specs.BatchUpdate, options, [project, versionId]);
        ApsPipeline.SetJsonBody(message, list, DocsJsonContext.Default.ListDocsCustomAttributeUpdate);
        return _pipeline.SendAsync(message, DocsJsonContext.Default.DocsCustomAttributeValues, options, cancellationToken);
    }

    /// <summary>
    /// Starts a BIM 360 PDF export of one version with its markups and returns an operation to wait on; waiting polls
    /// <see cref="GetVersionExportAsync"/> until <c>successful</c> (the value carries the signed URL) and raises an
    /// <see cref="ApsException"/> for <c>failed</c>. For ACC projects use <see cref="Files.FilesClient.StartExportAsync"/>.
    /// </summary>
    /// <param name="projectId">The project (sent without <c>b.</c>).</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="request">Markup options (null sends an empty body object).</param>
    /// <param name="polling">How to poll; defaults apply when null.</param>
    /// <param name="options">Acting user and per-call settings, used by every poll too.</param>
    /// <param name="cancellationToken">Cancels the start call.</param>
    /// <returns>The export operation.</returns>
    /// <exception cref="ArgumentException">An id is empty or the polling options are invalid.</exception>
    /// <remarks>Shape from the public APS reference (the seeds only mention it, 001:L5911). <see href="https://aps.autodesk.com/en/docs/bim360/v1/reference/http/document-management-projects-project_id-versions-version_id-exports-POST/">APS reference</see>.</remarks>
    public virtual async Task<ApsOperation<DocsVersionExport>> StartVersionExportAsync(ProjectId projectId, string versionId, DocsVersionExportRequest? request = null, ApsPollingOptions? polling = null, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        polling?.Validate();
        var message = _pipeline.CreateRequest(Specs.StartExport, options, [project, versionId]);
        ApsPipeline.SetJsonBody(message, request ?? new DocsVersionExportRequest(), DocsJsonContext.Default.DocsVersionExportRequest);
        var started = await _pipeline.SendAsync(message, DocsJsonContext.Default.DocsVersionExport, options, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(started.Id))
        {
            throw new ApsException("APS accepted the export but returned no export id.");
        }

        return GetVersionExportOperation(projectId, versionId, started.Id, polling, options);
    }

    /// <summary>Gets a BIM 360 version export's status and, once done, its file.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="exportId">The export id.</param>
    /// <param name="options">Acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The export.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks>Shape from the public APS reference. <see href="https://aps.autodesk.com/en/docs/bim360/v1/reference/http/document-management-projects-project_id-versions-version_id-exports-export_id-GET/">APS reference</see>.</remarks>
    public virtual Task<DocsVersionExport> GetVersionExportAsync(ProjectId projectId, string versionId, string exportId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(exportId);
        var message = _pipeline.CreateRequest(Specs.GetExport, options, [project, versionId, exportId]);
        return _pipeline.SendAsync(message, DocsJsonContext.Default.DocsVersionExport, options, cancellationToken);
    }

    /// <summary>Resumes waiting on a BIM 360 version export started earlier.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="exportId">The export id.</param>
    /// <param name="polling">How to poll; defaults apply when null.</param>
    /// <param name="options">Acting user and per-call settings of each poll.</param>
    /// <returns>The operation (nothing is sent until it is polled).</returns>
    /// <exception cref="ArgumentException">An id is empty or the polling options are invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/bim360/v1/reference/http/document-management-projects-project_id-versions-version_id-exports-export_id-GET/">APS reference</see>.</remarks>
    public virtual ApsOperation<DocsVersionExport> GetVersionExportOperation(ProjectId projectId, string versionId, string exportId, ApsPollingOptions? polling = null, ApsRequestOptions? options = null)
    {
        ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(exportId);
        return new PollingOperation<DocsVersionExport>(
            exportId,
            async ct =>
            {
                var export = await GetVersionExportAsync(projectId, versionId, exportId, options, ct).ConfigureAwait(false);
                var status = export.Status ?? "processing";
                var progress = new ApsOperationProgress { Status = status, IsTerminal = !IsRunning(status) };
                if (string.Equals(status, "failed", StringComparison.OrdinalIgnoreCase))
                {
                    return PollResult<DocsVersionExport>.Failed(progress, new ApsException($"BIM 360 export '{exportId}' failed."));
                }

                return IsRunning(status) ? PollResult<DocsVersionExport>.Running(progress) : PollResult<DocsVersionExport>.Done(progress, export);
            },
            _pipeline.Time,
            polling,
            "BIM 360 export");
    }

    private static bool IsRunning(string status)
        => status.Equals("processing", StringComparison.OrdinalIgnoreCase) || status.Equals("inprogress", StringComparison.OrdinalIgnoreCase)
           || status.Equals("pending", StringComparison.OrdinalIgnoreCase) || status.Equals("queued", StringComparison.OrdinalIgnoreCase);

    private static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1 or > 200)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "The page size must be 1 to 200.");
        }
    }

    private static string ProjectOf(ProjectId projectId)
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", nameof(projectId)) : projectId.ConstructionValue;
}
