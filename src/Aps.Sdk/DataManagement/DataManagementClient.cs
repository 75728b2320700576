using System.Text.Json.Serialization.Metadata;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.JsonApi;
using Aps.Sdk.Oss;

namespace Aps.Sdk.DataManagement;

/// <summary>
/// The Data Management API: hubs, projects, folders, items and versions (JSON:API), with upload and download helpers.
/// Every response is a typed <see cref="JsonApiDocument{TData}"/> (or an <see cref="ApsPageable{T}"/> whose pages carry
/// <c>included</c>, <c>meta</c> and warnings); lists follow <c>links.next</c>.
/// </summary>
/// <remarks>
/// Ids: hub and project ids keep their <c>b.</c> prefix (<see cref="HubId"/>, <see cref="ProjectId"/> accept either
/// form); folder, item and version URNs are escaped as one path segment, so <c>urn:...?version=2</c> is sent as
/// <c>urn%3A...%3Fversion%3D2</c>. <see cref="ApsRequestOptions.UserId"/> is sent as <c>x-user-id</c> (2-legged
/// impersonation) on every operation that declares it. Data Management takes no region on the wire: APS routes by
/// the hub and project ids (endpoints.md 2.2); the hub's region is in <see cref="DmHubAttributes.Region"/>.
/// <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/">APS Data Management reference</see>.
/// </remarks>
public partial class DataManagementClient
{
    internal const string Area = "DataManagement";

    internal static readonly ApsScopes Read = ApsScopes.Create(ApsScopes.DataRead);
    internal static readonly ApsScopes Create = ApsScopes.Create(ApsScopes.DataCreate);
    internal static readonly ApsScopes Write = ApsScopes.Create(ApsScopes.DataWrite);
    internal static readonly ApsScopes Search = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataSearch);
    internal static readonly ApsScopes ReadCreateWrite = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataCreate, ApsScopes.DataWrite);

    private readonly ApsPipeline _pipeline = null!;
    private OssClient? _oss;

    /// <summary>Creates a client for mocking.</summary>
    protected DataManagementClient()
    {
    }

    internal DataManagementClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    /// <summary>Gets the OSS client the upload and download helpers move bytes with (same pipeline and credentials).</summary>
    protected virtual OssClient Oss => LazyInitializer.EnsureInitialized(ref _oss, () => new OssClient(_pipeline));

    /// <summary>Declares a Data Management operation (links relative to the host root; <c>x-user-id</c> unless said otherwise).</summary>
    internal static OperationSpec Spec(string name, HttpMethod method, string path, ApsScopes scopes, bool userId = true, PagingStyle paging = PagingStyle.None)
        => new(Area, name, method, path)
        {
            Scopes = scopes,
            UserIdHeader = userId ? UserIdStyle.XUserId : UserIdStyle.None,
            Paging = paging,
            ConditionalDates = ConditionalDateFormat.Iso8601,
        };

    internal static class Specs
    {
        private const string Hub = "/project/v1/hubs/{hub_id}";
        private const string Project = "/project/v1/hubs/{hub_id}/projects/{project_id}";
        private const string Data = "/data/v1/projects/{project_id}";
        private const string Folder = Data + "/folders/{folder_id}";
        private const string Item = Data + "/items/{item_id}";
        private const string Version = Data + "/versions/{version_id}";

        public static readonly OperationSpec GetHubs = Spec("getHubs", HttpMethod.Get, "/project/v1/hubs", Read);
        public static readonly OperationSpec GetHub = Spec("getHub", HttpMethod.Get, Hub, Read);
        public static readonly OperationSpec GetHubProjects = Spec("getHubProjects", HttpMethod.Get, Hub + "/projects", Read, paging: PagingStyle.JsonApiLinks);
        public static readonly OperationSpec GetProject = Spec("getProject", HttpMethod.Get, Project, Read);
        public static readonly OperationSpec GetProjectHub = Spec("getProjectHub", HttpMethod.Get, Project + "/hub", Read);
        public static readonly OperationSpec GetProjectTopFolders = Spec("getProjectTopFolders", HttpMethod.Get, Project + "/topFolders", Read);

        public static readonly OperationSpec GetFolder = Spec("getFolder", HttpMethod.Get, Folder, Read);
        public static readonly OperationSpec PatchFolder = Spec("patchFolder", HttpMethod.Patch, Folder, Write);
        public static readonly OperationSpec GetFolderParent = Spec("getFolderParent", HttpMethod.Get, Folder + "/parent", Read);
        public static readonly OperationSpec GetFolderContents = Spec("getFolderContents", HttpMethod.Get, Folder + "/contents", Read, paging: PagingStyle.JsonApiLinks);
        public static readonly OperationSpec GetFolderRefs = Spec("getFolderRefs", HttpMethod.Get, Folder + "/refs", Read);

        // 3-legged only with data:search; the spec declares no x-user-id here.
        public static readonly OperationSpec GetFolderSearch = Spec("getFolderSearch", HttpMethod.Get, Folder + "/search", Search, userId: false, paging: PagingStyle.JsonApiLinks);
        public static readonly OperationSpec GetFolderRelationshipsRefs = Spec("getFolderRelationshipsRefs", HttpMethod.Get, Folder + "/relationships/refs", Read);
        public static readonly OperationSpec CreateFolderRelationshipsRef = Spec("createFolderRelationshipsRef", HttpMethod.Post, Folder + "/relationships/refs", Create);
        public static readonly OperationSpec GetFolderRelationshipsLinks = Spec("getFolderRelationshipsLinks", HttpMethod.Get, Folder + "/relationships/links", Read);

        public static readonly OperationSpec GetItem = Spec("getItem", HttpMethod.Get, Item, Read);
        public static readonly OperationSpec PatchItem = Spec("patchItem", HttpMethod.Patch, Item, Write);
        public static readonly OperationSpec GetItemParentFolder = Spec("getItemParentFolder", HttpMethod.Get, Item + "/parent", Read);
        public static readonly OperationSpec GetItemRelationshipsRefs = Spec("getItemRelationshipsRefs", HttpMethod.Get, Item + "/relationships/refs", Read);
        public static readonly OperationSpec CreateItemRelationshipsRef = Spec("createItemRelationshipsRef", HttpMethod.Post, Item + "/relationships/refs", Create);
        public static readonly OperationSpec GetItemRefs = Spec("getItemRefs", HttpMethod.Get, Item + "/refs", Read);
        public static readonly OperationSpec GetItemRelationshipsLinks = Spec("getItemRelationshipsLinks", HttpMethod.Get, Item + "/relationships/links", Read);
        public static readonly OperationSpec GetItemTip = Spec("getItemTip", HttpMethod.Get, Item + "/tip", Read);
        public static readonly OperationSpec GetItemVersions = Spec("getItemVersions", HttpMethod.Get, Item + "/versions", Read, paging: PagingStyle.JsonApiLinks);

        public static readonly OperationSpec GetVersion = Spec("getVersion", HttpMethod.Get, Version, Read);

        // The spec declares no x-user-id on patchVersion.
        public static readonly OperationSpec PatchVersion = Spec("patchVersion", HttpMethod.Patch, Version, Write, userId: false);
        public static readonly OperationSpec GetVersionItem = Spec("getVersionItem", HttpMethod.Get, Version + "/item", Read);
        public static readonly OperationSpec GetVersionRefs = Spec("getVersionRefs", HttpMethod.Get, Version + "/refs", Read);
        public static readonly OperationSpec GetVersionRelationshipsRefs = Spec("getVersionRelationshipsRefs", HttpMethod.Get, Version + "/relationships/refs", Read);
        public static readonly OperationSpec CreateVersionRelationshipsRef = Spec("createVersionRelationshipsRef", HttpMethod.Post, Version + "/relationships/refs", Create);

        // Spec defect: datamanagement.yaml and seed 000 (L1990) give this path without /data/v1; APS serves it under
        // /data/v1, as the relationships.links.links.self.href of every version shows (seed 004:L1129).
        public static readonly OperationSpec GetVersionRelationshipsLinks = Spec("getVersionRelationshipsLinks", HttpMethod.Get, Version + "/relationships/links", Read);
        public static readonly OperationSpec GetVersionDownloadFormats = Spec("getVersionDownloadFormats", HttpMethod.Get, Version + "/downloadFormats", Read);
        public static readonly OperationSpec GetVersionDownloads = Spec("getVersionDownloads", HttpMethod.Get, Version + "/downloads", Read);

        public static readonly OperationSpec CreateStorage = Spec("createStorage", HttpMethod.Post, Data + "/storage", Create);
        public static readonly OperationSpec CreateFolder = Spec("createFolder", HttpMethod.Post, Data + "/folders", Create);

        // Spec defect: createItem declares x-user-id as a query parameter (seed 000:L2078); it is sent as the header.
        public static readonly OperationSpec CreateItem = Spec("createItem", HttpMethod.Post, Data + "/items", Create);
        public static readonly OperationSpec CreateVersion = Spec("createVersion", HttpMethod.Post, Data + "/versions", Create);
        public static readonly OperationSpec GetDownload = Spec("getDownload", HttpMethod.Get, Data + "/downloads/{download_id}", Read);
        public static readonly OperationSpec CreateDownload = Spec("createDownload", HttpMethod.Post, Data + "/downloads", Create);
        public static readonly OperationSpec GetDownloadJob = Spec("getDownloadJob", HttpMethod.Get, Data + "/jobs/{job_id}", Read);
        public static readonly OperationSpec ExecuteCommand = Spec("executeCommand", HttpMethod.Post, Data + "/commands", ReadCreateWrite);
    }

    // ---- shared plumbing ------------------------------------------------------------------------------------------

    internal static string Hub(HubId id, string name = "hubId")
        => id.IsEmpty ? throw new ArgumentException("The hub id is the default value; pass a hub id.", name) : id.Value;

    internal static string Project(ProjectId id, string name = "projectId")
        => id.IsEmpty ? throw new ArgumentException("The project id is the default value; pass a project id.", name) : id.Value;

    internal static string Folder(FolderId id, string name = "folderId")
        => id.IsEmpty ? throw new ArgumentException("The folder id is the default value; pass a folder id.", name) : id.Value;

    internal static string Item(ItemId id, string name = "itemId")
        => id.IsEmpty ? throw new ArgumentException("The item id is the default value; pass an item id.", name) : id.Value;

    internal static string Version(VersionId id, string name = "versionId")
        => id.IsEmpty ? throw new ArgumentException("The version id is the default value; pass a version id.", name) : id.Value;

    internal static void CheckPage(int? number, int? limit, string name)
    {
        if (number is < 0)
        {
            throw new ArgumentOutOfRangeException(name, number, "page[number] is 0-based and cannot be negative.");
        }

        if (limit is < 1 or > 200)
        {
            throw new ArgumentOutOfRangeException(name, limit, "page[limit] must be 1 to 200.");
        }
    }

    internal static void RefuseConditions(ApsRequestOptions? options, string alternative)
    {
        if (options?.IfModifiedSince is not null || options?.IfNoneMatch is not null)
        {
            throw new ArgumentException($"A conditional read can answer 304 Not Modified, which has no body: use {alternative}.", nameof(options));
        }
    }

    private Task<JsonApiDocument<T>> GetDocumentAsync<T>(OperationSpec spec, ApsRequestOptions? options, string?[] path, QueryBuilder? query, JsonTypeInfo<JsonApiDocument<T>> typeInfo, CancellationToken cancellationToken)
    {
        RefuseConditions(options, "GetFolderIfChangedAsync (the only Data Management read that takes a condition)");
        var request = _pipeline.CreateRequest(spec, options, path, query);
        return _pipeline.SendAsync(request, typeInfo, options, cancellationToken);
    }

    private Task<JsonApiDocument<T>> SendDocumentAsync<T>(OperationSpec spec, ApsRequestOptions? options, string?[] path, QueryBuilder? query, DmRequestDocument body, JsonTypeInfo<JsonApiDocument<T>> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        RefuseConditions(options, "an unconditional call");
        var request = _pipeline.CreateRequest(spec, options, path, query);
        ApsPipeline.SetJsonBody(request, body, DataManagementJsonContext.Default.DmRequestDocument, ApsPipeline.JsonApiMediaType);
        return _pipeline.SendAsync(request, typeInfo, options, cancellationToken);
    }

    private Task SendNoContentAsync(OperationSpec spec, ApsRequestOptions? options, string?[] path, DmRequestDocument body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        RefuseConditions(options, "an unconditional call");
        var request = _pipeline.CreateRequest(spec, options, path);
        ApsPipeline.SetJsonBody(request, body, DataManagementJsonContext.Default.DmRequestDocument, ApsPipeline.JsonApiMediaType);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    /// <summary>
    /// A JSON:API list: the first request from <paramref name="query"/> (given the page-size hint), then
    /// <c>links.next.href</c> until there is none. Path values are checked now, before anything is sent.
    /// </summary>
    private ApsPageable<T> List<T>(
        OperationSpec spec,
        ApsRequestOptions? options,
        string?[] path,
        Func<int?, QueryBuilder> query,
        JsonTypeInfo<JsonApiDocument<IReadOnlyList<T>>> typeInfo)
    {
        RefuseConditions(options, "an unconditional list");
        var strategy = new LinkPaging<JsonApiDocument<IReadOnlyList<T>>, T>(
            _pipeline,
            spec,
            options,
            hint => _pipeline.CreateRequest(spec, options, path, query(hint)),
            document => document.Data,
            document => document.Links?.Next?.Href)
        {
            Included = document => document.Included,
            Meta = document => document.Meta,
        };
        return new ApsPagedEnumerable<JsonApiDocument<IReadOnlyList<T>>, T>(_pipeline, typeInfo, strategy, options);
    }

    private static QueryBuilder Filtered(DmFilter? filter)
    {
        var query = new QueryBuilder();
        filter?.AppendTo(query);
        return query;
    }

    /// <summary>The query of a list APS returns in one page: a page-size hint is ignored.</summary>
    private static Func<int?, QueryBuilder> OnePage(DmFilter? filter) => _ => Filtered(filter);
}
