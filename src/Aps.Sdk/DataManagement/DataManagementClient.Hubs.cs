using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.DataManagement;

public partial class DataManagementClient
{
    /// <summary>
    /// Lists the hubs the caller can reach (BIM 360 and ACC accounts, Fusion and personal hubs). Per-region failures
    /// arrive as <c>meta.warnings</c> on the page (<see cref="ApsPage{T}.Warnings"/>); a 403 with only warnings is an
    /// <see cref="ApsException"/> whose details carry them.
    /// </summary>
    /// <param name="options">Filter (<c>filter[id]</c>, <c>filter[name]</c>, <c>filter[extension.type]</c>) and <c>x-user-id</c>.</param>
    /// <returns>The hubs.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmHubAttributes>> ListHubsAsync(DmFilterOptions? options = null)
        => List(Specs.GetHubs, options, [], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmHubAttributes);

    /// <summary>Gets a hub.</summary>
    /// <param name="hubId">The hub (either <c>b.</c> form).</param>
    /// <param name="options">Per-call settings (<c>x-user-id</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hub document.</returns>
    /// <exception cref="ArgumentException">The hub id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmHubAttributes>>> GetHubAsync(HubId hubId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetHub, options, [Hub(hubId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmHubAttributes, cancellationToken);

    /// <summary>Lists the projects of a hub, following <c>links.next</c> (<c>page[number]</c>, <c>page[limit]</c> up to 200).</summary>
    /// <param name="hubId">The hub.</param>
    /// <param name="options">Filter (<c>filter[id]</c>, <c>filter[extension.type]</c>), first page, page size.</param>
    /// <returns>The projects.</returns>
    /// <exception cref="ArgumentException">The hub id is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page number is negative or the page size not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-projects-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmProjectAttributes>> ListProjectsAsync(HubId hubId, DmListOptions? options = null)
        => List(Specs.GetHubProjects, options, [Hub(hubId)], Paged(options?.Filter, options?.PageNumber, options?.PageLimit), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmProjectAttributes);

    /// <summary>Gets a project; its <c>rootFolder</c> relationship gives the root folder.</summary>
    /// <param name="hubId">The hub.</param>
    /// <param name="projectId">The project (either <c>b.</c> form).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project document.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-projects-project_id-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmProjectAttributes>>> GetProjectAsync(HubId hubId, ProjectId projectId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetProject, options, [Hub(hubId), Project(projectId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmProjectAttributes, cancellationToken);

    /// <summary>Gets the hub of a project.</summary>
    /// <param name="hubId">The hub.</param>
    /// <param name="projectId">The project.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hub document.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-projects-project_id-hub-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmHubAttributes>>> GetProjectHubAsync(HubId hubId, ProjectId projectId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetProjectHub, options, [Hub(hubId), Project(projectId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmHubAttributes, cancellationToken);

    /// <summary>Lists the highest folders of a project the caller can read (for BIM 360 Docs with user context: Plans and Project Files).</summary>
    /// <param name="hubId">The hub.</param>
    /// <param name="projectId">The project.</param>
    /// <param name="options"><c>excludeDeleted</c>, <c>projectFilesOnly</c>.</param>
    /// <returns>The folders (one page).</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-projects-project_id-topFolders-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmFolderAttributes>> ListTopFoldersAsync(HubId hubId, ProjectId projectId, DmTopFoldersOptions? options = null)
        => List(
            Specs.GetProjectTopFolders,
            options,
            [Hub(hubId), Project(projectId)],
            _ => new QueryBuilder().Add("excludeDeleted", options?.ExcludeDeleted).Add("projectFilesOnly", options?.ProjectFilesOnly),
            DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmFolderAttributes);

    private static Func<int?, QueryBuilder> Paged(DmFilter? filter, int? pageNumber, int? pageLimit, bool limit = true)
    {
        CheckPage(pageNumber, pageLimit, "options");
        return hint =>
        {
            CheckPage(null, hint, "pageSizeHint");
            var query = Filtered(filter).Add("page[number]", pageNumber);
            return limit ? query.Add("page[limit]", hint ?? pageLimit) : query;
        };
    }
}
