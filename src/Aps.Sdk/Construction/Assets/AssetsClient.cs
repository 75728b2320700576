using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Assets;

/// <summary>
/// ACC Assets: assets, categories, status step sets, asset statuses and custom attributes of an ACC or BIM 360
/// project. Every call needs a user context (a 3-legged or secure service account token); the project id is accepted
/// with or without the <c>b.</c> prefix and sent without it. Lists page with the Assets cursor: the SDK follows the
/// <c>nextUrl</c> APS returns exactly as returned (it may point at a <c>/v1</c> path).
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-assets-v2-GET/">APS Assets reference</see>.</remarks>
public partial class AssetsClient
{
    internal const string Area = "Construction.Assets";
    internal const string BasePath = "/construction";

    internal static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected AssetsClient()
    {
    }

    internal AssetsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec ListAssets = Read("ListAssets", "/construction/assets/v2/projects/{projectId}/assets", PagingStyle.QueryCursor);
        internal static readonly OperationSpec ListCategories = Read("ListCategories", "/construction/assets/v1/projects/{projectId}/categories", PagingStyle.FakePagination);
        internal static readonly OperationSpec ListStatusStepSets = Read("ListStatusStepSets", "/construction/assets/v1/projects/{projectId}/status-step-sets", PagingStyle.QueryCursor);
        internal static readonly OperationSpec ListAssetStatuses = Read("ListAssetStatuses", "/construction/assets/v1/projects/{projectId}/asset-statuses", PagingStyle.QueryCursor);
        internal static readonly OperationSpec ListCustomAttributes = Read("ListCustomAttributes", "/construction/assets/v1/projects/{projectId}/custom-attributes", PagingStyle.QueryCursor);
        internal static readonly OperationSpec ListCategoryCustomAttributes = Read("ListCategoryCustomAttributes", "/construction/assets/v1/projects/{projectId}/categories/{categoryId}/custom-attributes", PagingStyle.FakePagination);

        // The v1 assets list: reached only through the nextUrl of the v2 list (endpoints.tsv getAssetsV1, link only).
        internal static readonly OperationSpec ListAssetsV1 = Read("ListAssetsV1", "/construction/assets/v1/projects/{projectId}/assets", PagingStyle.QueryCursor);

        private static OperationSpec Read(string name, string path, PagingStyle paging)
            => new(Area, name, HttpMethod.Get, path) { Scopes = DataRead, ServiceBasePath = BasePath, Paging = paging };
    }

    /// <summary>
    /// Lists (searches) the assets of a project, lazily, following the cursor's <c>nextUrl</c> verbatim from page to
    /// page. Filters, sort and the <c>include…</c> switches are in <paramref name="options"/>; with none, every asset
    /// the user may see is listed.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Filters, sort, page size and per-call settings.</param>
    /// <returns>The assets.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-assets-v2-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<Asset> ListAssetsAsync(ProjectId projectId, AssetListOptions? options = null)
    {
        var project = ProjectValue(projectId);
        CheckLimit(options?.Limit, nameof(options));
        return Cursor(Specs.ListAssets, project, null, options, options?.Limit, options?.CursorState, ConstructionAssetsJsonContext.Default.AssetsPageAsset, query =>
        {
            query.AddRepeated("filter[categoryId]", options?.CategoryIds)
                .AddRepeated("filter[statusLabel]", options?.StatusLabels)
                .AddRepeated("filter[statusId]", options?.StatusIds)
                .AddRepeated("filter[locationId]", options?.LocationIds);
            if (options?.CustomAttributes is { } custom)
            {
                foreach (var (name, values) in custom)
                {
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        throw new ArgumentException("A custom attribute filter needs the attribute's name (ca1, ca2, …).", nameof(options));
                    }

                    query.AddRepeated($"filter[customAttributes][{name}]", values);
                }
            }

            query.Add("filter[searchText]", options?.SearchText)
                .Add("filter[updatedAt]", options?.UpdatedAt)
                .Add("sort", options?.Sort)
                .Add("includeCustomAttributes", options?.IncludeCustomAttributes)
                .Add("includeDeleted", options?.IncludeDeleted)
                .Add("includeSubLocations", options?.IncludeSubLocations);
        });
    }

    /// <summary>
    /// Lists the asset categories of a project. The endpoint returns a pagination object "for API consistency" but
    /// does not page: everything comes in one response.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Filters and per-call settings.</param>
    /// <returns>The categories.</returns>
    /// <exception cref="ArgumentException">The project id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-categories-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AssetCategory> ListCategoriesAsync(ProjectId projectId, AssetCategoryListOptions? options = null)
    {
        var project = ProjectValue(projectId);
        var strategy = new SinglePagePaging<AssetsPage<AssetCategory>, AssetCategory>(
            () =>
            {
                var query = new QueryBuilder()
                    .Add("filter[isActive]", options?.IsActive)
                    .Add("filter[parentId]", options?.ParentId)
                    .Add("filter[maxDepth]", options?.MaxDepth)
                    .Add("filter[updatedAt]", options?.UpdatedAt)
                    .Add("includeUid", options?.IncludeUid);
                return _pipeline.CreateRequest(Specs.ListCategories, options, [project], query);
            },
            page => page.Results);
        return new ApsPagedEnumerable<AssetsPage<AssetCategory>, AssetCategory>(_pipeline, ConstructionAssetsJsonContext.Default.AssetsPageAssetCategory, strategy, options);
    }

    /// <summary>Lists the status step sets of a project (each with its statuses), lazily, page by page.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Page size, deleted sets, update-time filter and per-call settings.</param>
    /// <returns>The status step sets.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-status-step-sets-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AssetStatusStepSet> ListStatusStepSetsAsync(ProjectId projectId, AssetSettingsListOptions? options = null)
        => Settings(Specs.ListStatusStepSets, projectId, options, ConstructionAssetsJsonContext.Default.AssetsPageAssetStatusStepSet);

    /// <summary>Lists the asset statuses of a project, lazily, page by page.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Page size, deleted statuses, update-time filter and per-call settings.</param>
    /// <returns>The statuses.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-asset-statuses-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AssetStatus> ListAssetStatusesAsync(ProjectId projectId, AssetSettingsListOptions? options = null)
        => Settings(Specs.ListAssetStatuses, projectId, options, ConstructionAssetsJsonContext.Default.AssetsPageAssetStatus);

    /// <summary>Lists the asset custom attribute definitions of a project, lazily, page by page.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Page size, deleted attributes, update-time filter and per-call settings.</param>
    /// <returns>The custom attributes.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-custom-attributes-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AssetCustomAttributeDefinition> ListCustomAttributesAsync(ProjectId projectId, AssetSettingsListOptions? options = null)
        => Settings(Specs.ListCustomAttributes, projectId, options, ConstructionAssetsJsonContext.Default.AssetsPageAssetCustomAttributeDefinition);

    /// <summary>
    /// Lists the custom attributes assigned to a category. The endpoint does not page: everything comes in one
    /// response. With <paramref name="includeInherited"/>, attributes of ancestor categories are included and carry
    /// <see cref="AssetCustomAttributeDefinition.InheritedFromCategoryId"/>.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="categoryId">The category.</param>
    /// <param name="includeInherited">Whether to include attributes inherited from ancestor categories (not sent when null).</param>
    /// <param name="options">Per-call settings.</param>
    /// <returns>The custom attributes.</returns>
    /// <exception cref="ArgumentException">The project or category id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-categories-categoryId-custom-attributes-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AssetCustomAttributeDefinition> ListCategoryCustomAttributesAsync(ProjectId projectId, string categoryId, bool? includeInherited = null, ApsRequestOptions? options = null)
    {
        var project = ProjectValue(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(categoryId);
        var strategy = new SinglePagePaging<AssetsPage<AssetCustomAttributeDefinition>, AssetCustomAttributeDefinition>(
            () => _pipeline.CreateRequest(Specs.ListCategoryCustomAttributes, options, [project, categoryId], new QueryBuilder().Add("includeInherited", includeInherited)),
            page => page.Results);
        return new ApsPagedEnumerable<AssetsPage<AssetCustomAttributeDefinition>, AssetCustomAttributeDefinition>(_pipeline, ConstructionAssetsJsonContext.Default.AssetsPageAssetCustomAttributeDefinition, strategy, options);
    }

    private ApsPageable<T> Settings<T>(OperationSpec spec, ProjectId projectId, AssetSettingsListOptions? options, System.Text.Json.Serialization.Metadata.JsonTypeInfo<AssetsPage<T>> typeInfo)
    {
        var project = ProjectValue(projectId);
        CheckLimit(options?.Limit, nameof(options));
        return Cursor(spec, project, null, options, options?.Limit, options?.CursorState, typeInfo, query =>
            query.Add("includeDeleted", options?.IncludeDeleted).Add("filter[updatedAt]", options?.UpdatedAt));
    }

    private ApsPagedEnumerable<AssetsPage<T>, T> Cursor<T>(
        OperationSpec spec,
        string project,
        string? second,
        ApsRequestOptions? options,
        int? limit,
        string? cursorState,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<AssetsPage<T>> typeInfo,
        Action<QueryBuilder> filters)
    {
        var strategy = new LinkPaging<AssetsPage<T>, T>(
            _pipeline,
            spec,
            options,
            hint =>
            {
                CheckLimit(hint, "pageSizeHint");
                var query = new QueryBuilder().Add("cursorState", cursorState).Add("limit", hint ?? limit);
                filters(query);
                return second is null
                    ? _pipeline.CreateRequest(spec, options, [project], query)
                    : _pipeline.CreateRequest(spec, options, [project, second], query);
            },
            page => page.Results,
            page => page.Pagination?.NextUrl);
        return new ApsPagedEnumerable<AssetsPage<T>, T>(_pipeline, typeInfo, strategy, options);
    }

    /// <summary>The ACC form of a project id (no <c>b.</c>); an empty id is refused before any call.</summary>
    internal static string ProjectValue(ProjectId projectId, string parameterName = "projectId")
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", parameterName) : projectId.ConstructionValue;

    private static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1 or > 200)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "The Assets page size (limit) is 1 to 200.");
        }
    }
}
