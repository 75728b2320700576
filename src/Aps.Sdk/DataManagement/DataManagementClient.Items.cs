using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.DataManagement;

public partial class DataManagementClient
{
    /// <summary>
    /// Gets an item; <see cref="JsonApiDocument{TData}.Included"/> holds its tip version, whose <c>storage</c>
    /// relationship is the OSS object (<see cref="DmResource{TAttributes}.TryGetStorageId"/>).
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item (lineage) URN.</param>
    /// <param name="options"><c>includePathInProject</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item document.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmItemAttributes>>> GetItemAsync(ProjectId projectId, ItemId itemId, DmGetItemOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetItem, options, [Project(projectId), Item(itemId)], new QueryBuilder().Add("includePathInProject", options?.IncludePathInProject), DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmItemAttributes, cancellationToken);

    /// <summary>
    /// Creates an item with its first version (storage already uploaded), or copies a version into a folder with
    /// <see cref="DmCreateOptions.CopyFrom"/>. <see cref="UploadFileAsync"/> does storage, upload and this call in one.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.CreateItem"/>.</param>
    /// <param name="options"><c>copyFrom</c> and <c>x-user-id</c> (sent as a header, although the spec lists it as a query parameter).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item, with its first version in <c>included</c>.</returns>
    /// <exception cref="ArgumentException">The project id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-POST/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmItemAttributes>>> CreateItemAsync(ProjectId projectId, DmRequestDocument body, DmCreateOptions? options = null, CancellationToken cancellationToken = default)
        => SendDocumentAsync(Specs.CreateItem, options, [Project(projectId)], CopyFrom(options), body, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmItemAttributes, cancellationToken);

    /// <summary>Renames an item (<c>displayName</c> only; not supported for BIM 360 and ACC items; 423 when locked).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item URN.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.PatchItem"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-PATCH/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmItemAttributes>>> PatchItemAsync(ProjectId projectId, ItemId itemId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendDocumentAsync(Specs.PatchItem, options, [Project(projectId), Item(itemId)], null, body, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmItemAttributes, cancellationToken);

    /// <summary>Gets the folder an item is in.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item URN.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The parent folder.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-parent-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmFolderAttributes>>> GetItemParentAsync(ProjectId projectId, ItemId itemId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetItemParentFolder, options, [Project(projectId), Item(itemId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmFolderAttributes, cancellationToken);

    /// <summary>Gets an item's tip (latest) version.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item URN.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tip version.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-tip-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmVersionAttributes>>> GetItemTipAsync(ProjectId projectId, ItemId itemId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetItemTip, options, [Project(projectId), Item(itemId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmVersionAttributes, cancellationToken);

    /// <summary>Lists an item's versions, newest first, following <c>links.next</c>; filters <c>filter[versionNumber]</c>, <c>filter[id]</c>, <c>filter[extension.type]</c>.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item URN.</param>
    /// <param name="options">Filter, first page, page size.</param>
    /// <returns>The versions.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page number is negative or the page size not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-versions-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmVersionAttributes>> ListItemVersionsAsync(ProjectId projectId, ItemId itemId, DmListOptions? options = null)
        => List(Specs.GetItemVersions, options, [Project(projectId), Item(itemId)], Paged(options?.Filter, options?.PageNumber, options?.PageLimit), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmVersionAttributes);

    /// <summary>Lists the resources an item refers to.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The referenced resources.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-refs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmEntryAttributes>> ListItemRefsAsync(ProjectId projectId, ItemId itemId, DmFilterOptions? options = null)
        => List(Specs.GetItemRefs, options, [Project(projectId), Item(itemId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmEntryAttributes);

    /// <summary>Lists an item's custom relationships (refs).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item URN.</param>
    /// <param name="options">The filter (<c>filter[refType]</c>, <c>filter[direction]</c>, ...).</param>
    /// <returns>The refs.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-relationships-refs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmRelationshipRef> ListItemRelationshipRefsAsync(ProjectId projectId, ItemId itemId, DmFilterOptions? options = null)
        => List(Specs.GetItemRelationshipsRefs, options, [Project(projectId), Item(itemId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmRelationshipRef);

    /// <summary>Creates a custom relationship from an item to another resource (204 No Content).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item URN (the "from" end).</param>
    /// <param name="body">The body, usually <see cref="DmRequests.CreateRelationshipRef"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the ref exists.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-relationships-refs-POST/">APS reference</see>.</remarks>
    public virtual Task CreateItemRelationshipRefAsync(ProjectId projectId, ItemId itemId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendNoContentAsync(Specs.CreateItemRelationshipsRef, options, [Project(projectId), Item(itemId)], body, cancellationToken);

    /// <summary>Lists an item's links.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="itemId">The item URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The links.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-relationships-links-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmRelationshipLink> ListItemRelationshipLinksAsync(ProjectId projectId, ItemId itemId, DmFilterOptions? options = null)
        => List(Specs.GetItemRelationshipsLinks, options, [Project(projectId), Item(itemId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmRelationshipLink);

    private static QueryBuilder? CopyFrom(DmCreateOptions? options)
        => options?.CopyFrom is { } copy ? new QueryBuilder().Add("copyFrom", Version(copy, nameof(options))) : null;
}
