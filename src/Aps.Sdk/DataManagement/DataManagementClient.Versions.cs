using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.DataManagement;

public partial class DataManagementClient
{
    /// <summary>Gets a version (its id, <c>urn:...?version=N</c>, is escaped as one path segment).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version document.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmVersionAttributes>>> GetVersionAsync(ProjectId projectId, VersionId versionId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetVersion, options, [Project(projectId), Version(versionId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmVersionAttributes, cancellationToken);

    /// <summary>
    /// Creates a version of an item from uploaded storage (or a copy with <see cref="DmCreateOptions.CopyFrom"/>);
    /// also how BIM 360 files are deleted (<c>versions:autodesk.core:Deleted</c>). <see cref="UploadNewVersionAsync"/>
    /// does storage, upload and this call in one.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.CreateVersion"/>.</param>
    /// <param name="options"><c>copyFrom</c> and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentException">The project id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-POST/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmVersionAttributes>>> CreateVersionAsync(ProjectId projectId, DmRequestDocument body, DmCreateOptions? options = null, CancellationToken cancellationToken = default)
        => SendDocumentAsync(Specs.CreateVersion, options, [Project(projectId)], CopyFrom(options), body, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmVersionAttributes, cancellationToken);

    /// <summary>Renames a version (not supported for BIM 360 and ACC; takes no <c>x-user-id</c>).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.PatchVersion"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException">An id is the default value, or a user id is set.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-PATCH/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmVersionAttributes>>> PatchVersionAsync(ProjectId projectId, VersionId versionId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendDocumentAsync(Specs.PatchVersion, options, [Project(projectId), Version(versionId)], null, body, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmVersionAttributes, cancellationToken);

    /// <summary>Gets the item a version belongs to.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-item-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmItemAttributes>>> GetVersionItemAsync(ProjectId projectId, VersionId versionId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetVersionItem, options, [Project(projectId), Version(versionId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmItemAttributes, cancellationToken);

    /// <summary>Lists the resources a version refers to.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The referenced resources.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-refs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmEntryAttributes>> ListVersionRefsAsync(ProjectId projectId, VersionId versionId, DmFilterOptions? options = null)
        => List(Specs.GetVersionRefs, options, [Project(projectId), Version(versionId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmEntryAttributes);

    /// <summary>Lists a version's custom relationships (refs).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The refs.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-relationships-refs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmRelationshipRef> ListVersionRelationshipRefsAsync(ProjectId projectId, VersionId versionId, DmFilterOptions? options = null)
        => List(Specs.GetVersionRelationshipsRefs, options, [Project(projectId), Version(versionId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmRelationshipRef);

    /// <summary>Creates a custom relationship from a version to another resource (204 No Content).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN (the "from" end).</param>
    /// <param name="body">The body, usually <see cref="DmRequests.CreateRelationshipRef"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the ref exists.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks>
    /// Seed 002's example URL leaves <c>?version=2</c> unescaped, which would cut the path; the SDK escapes it.
    /// <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-relationships-refs-POST/">APS reference</see>.
    /// </remarks>
    public virtual Task CreateVersionRelationshipRefAsync(ProjectId projectId, VersionId versionId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendNoContentAsync(Specs.CreateVersionRelationshipsRef, options, [Project(projectId), Version(versionId)], body, cancellationToken);

    /// <summary>Lists a version's links.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The links.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks>
    /// The reference gives this path without <c>/data/v1</c> (a known spec defect, also in other SDKs); the SDK calls
    /// <c>/data/v1/projects/{project_id}/versions/{version_id}/relationships/links</c>, the address APS itself returns.
    /// <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-relationships-links-GET/">APS reference</see>.
    /// </remarks>
    public virtual ApsPageable<DmRelationshipLink> ListVersionRelationshipLinksAsync(ProjectId projectId, VersionId versionId, DmFilterOptions? options = null)
        => List(Specs.GetVersionRelationshipsLinks, options, [Project(projectId), Version(versionId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmRelationshipLink);

    /// <summary>Gets the formats a version can be downloaded in (for <see cref="StartDownloadAsync"/>).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The formats document.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-downloadFormats-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmDownloadFormatsAttributes>>> GetVersionDownloadFormatsAsync(ProjectId projectId, VersionId versionId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => GetDocumentAsync(Specs.GetVersionDownloadFormats, options, [Project(projectId), Version(versionId)], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmDownloadFormatsAttributes, cancellationToken);

    /// <summary>Lists a version's existing downloads, with <c>filter[format.fileType]</c> (APS documents it as not fully implemented: it may be empty).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="options">The filter.</param>
    /// <returns>The downloads.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-downloads-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DmResource<DmDownloadAttributes>> ListVersionDownloadsAsync(ProjectId projectId, VersionId versionId, DmFilterOptions? options = null)
        => List(Specs.GetVersionDownloads, options, [Project(projectId), Version(versionId)], OnePage(options?.Filter), DataManagementJsonContext.Default.JsonApiDocumentIReadOnlyListDmResourceDmDownloadAttributes);
}
