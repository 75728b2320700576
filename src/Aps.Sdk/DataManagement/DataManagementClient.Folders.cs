using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.DataManagement;

public partial class DataManagementClient
{
    /// <summary>Gets a folder. For a read that answers "not modified", use <see cref="GetFolderIfChangedAsync"/>.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The folder document.</returns>
    /// <exception cref="ArgumentException">An id is the default value, or a condition is set.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmFolderAttributes>>> GetFolderAsync(ProjectId projectId, FolderId folderId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetFolder, options, [Project(projectId), Folder(folderId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmFolderAttributes, cancellationToken);

    /// <summary>
    /// Gets a folder only if it changed since <see cref="ApsRequestOptions.IfModifiedSince"/>, sent in the ISO 8601
    /// form Data Management expects (<c>YYYY-MM-DDThh:mm:ss.sZ</c>, not an HTTP date); 304 gives
    /// <see cref="ApsResponse{T}.IsNotModified"/>.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">The condition.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The folder document, or "not modified".</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-GET/">APS reference</see>.</remarks>
    public virtual Task<ApsResponse<JsonApiDocument<DmResource<DmFolderAttributes>>>> GetFolderIfChangedAsync(ProjectId projectId, FolderId folderId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Specs.GetFolder, options, [Project(projectId), Folder(folderId)]);
        return _pipeline.SendConditionalAsync(request, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmFolderAttributes, options, cancellationToken);
    }

    /// <summary>Creates a folder (folders nest at most 25 levels; 409 when the name exists).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.CreateFolder"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new folder.</returns>
    /// <exception cref="ArgumentException">The project id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-POST/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmFolderAttributes>>> CreateFolderAsync(ProjectId projectId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendDocumentAsync(Specs.CreateFolder, options, [Project(projectId)], null, body, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmFolderAttributes, cancellationToken);

    /// <summary>Renames, moves, hides or unhides a folder (hiding is the only delete of BIM 360 Docs folders; 423 when locked).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.PatchFolder"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The folder.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-PATCH/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmFolderAttributes>>> PatchFolderAsync(ProjectId projectId, FolderId folderId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendDocumentAsync(Specs.PatchFolder, options, [Project(projectId), Folder(folderId)], null, body, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmFolderAttributes, cancellationToken);

    /// <summary>Gets the parent of a folder.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The parent folder.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-parent-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmFolderAttributes>>> GetFolderParentAsync(ProjectId projectId, FolderId folderId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetFolderParent, options, [Project(projectId), Folder(folderId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmFolderAttributes, cancellationToken);

    /// <summary>
    /// Lists a folder's folders and items, following <c>links.next</c>. Each page's <see cref="ApsPage{T}.Included"/>
    /// holds the tip versions of its items (resolve them through the item's <c>tip</c> relationship).
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">Filter, first page, page size, <c>includeHidden</c>.</param>
    /// <returns>The folders and items.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page number is negative or the page size not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-contents-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmEntryAttributes>> ListFolderContentsAsync(ProjectId projectId, FolderId folderId, DmFolderContentsOptions? options = null)
    {
        var paged = Paged(options?.Filter, options?.PageNumber, options?.PageLimit);
        return List(
            Specs.GetFolderContents,
            options,
            [Project(projectId), Folder(folderId)],
            hint => paged(hint).Add("includeHidden", options?.IncludeHidden),
            DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmEntryAttributes);
    }

    /// <summary>Lists the resources a folder refers to (custom relationships), with <c>filter[type]</c>, <c>filter[id]</c>, <c>filter[extension.type]</c>.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The referenced resources.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-refs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmEntryAttributes>> ListFolderRefsAsync(ProjectId projectId, FolderId folderId, DmFilterOptions? options = null)
        => List(Specs.GetFolderRefs, options, [Project(projectId), Folder(folderId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmEntryAttributes);

    /// <summary>
    /// Searches a folder and its subfolders (versions, with their items in <c>included</c>), with any
    /// <c>filter[&lt;attribute&gt;]</c> and operator; pages follow <c>links.next</c> (<c>page[number]</c> only).
    /// Needs a 3-legged token with <c>data:search</c>; takes no <c>x-user-id</c>.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">Filter and first page.</param>
    /// <returns>The matching versions.</returns>
    /// <exception cref="ArgumentException">An id is the default value, or a user id is set.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-search-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmEntryAttributes>> SearchFolderAsync(ProjectId projectId, FolderId folderId, DmSearchOptions? options = null)
    {
        if (options?.UserId is not null)
        {
            throw new ArgumentException("Folder search is 3-legged only and takes no x-user-id; remove UserId from the options.", nameof(options));
        }

        return List(Specs.GetFolderSearch, options, [Project(projectId), Folder(folderId)], Paged(options?.Filter, options?.PageNumber, null, limit: false), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmEntryAttributes);
    }

    /// <summary>Lists a folder's custom relationships (refs), with <c>filter[refType]</c>, <c>filter[direction]</c> and more.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The refs; the resources at the other end are in <see cref="ApsPage{T}.Included"/>.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-relationships-refs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmRelationshipRef> ListFolderRelationshipRefsAsync(ProjectId projectId, FolderId folderId, DmFilterOptions? options = null)
        => List(Specs.GetFolderRelationshipsRefs, options, [Project(projectId), Folder(folderId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmRelationshipRef);

    /// <summary>Creates a custom relationship from a folder to another resource (204 No Content).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN (the "from" end).</param>
    /// <param name="body">The body, usually <see cref="DmRequests.CreateRelationshipRef"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the ref exists.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-relationships-refs-POST/">APS reference</see>.</remarks>
    public virtual Task CreateFolderRelationshipRefAsync(ProjectId projectId, FolderId folderId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendNoContentAsync(Specs.CreateFolderRelationshipsRef, options, [Project(projectId), Folder(folderId)], body, cancellationToken);

    /// <summary>Lists a folder's links (for example archive downloads).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="folderId">The folder URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The links.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-relationships-links-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmRelationshipLink> ListFolderRelationshipLinksAsync(ProjectId projectId, FolderId folderId, DmFilterOptions? options = null)
        => List(Specs.GetFolderRelationshipsLinks, options, [Project(projectId), Folder(folderId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmRelationshipLink);
}
