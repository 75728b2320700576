using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Locations;

/// <summary>
/// ACC Locations: the nodes of a project's location breakdown structure (LBS). Every call needs a user context (a
/// 3-legged or secure service account token); project ids are accepted with or without <c>b.</c> and sent without.
/// <see cref="ApsRequestOptions.Region"/> (or <see cref="ApsOptions.DefaultRegion"/>) is sent as the <c>region</c>
/// header, US or EMEA; with neither, nothing is sent and APS routes by itself. ACC projects only.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/locations-nodes-GET/">APS Locations reference</see>.</remarks>
public partial class LocationsClient
{
    internal const string Area = "Construction.Locations";
    internal const string BasePath = "/construction";

    /// <summary>The only tree a project has (endpoints.tsv getNodes: <c>treeId</c> must be <c>default</c>).</summary>
    internal const string DefaultTree = "default";

    internal static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected LocationsClient()
    {
    }

    internal LocationsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec ListNodes = new(Area, "ListNodes", HttpMethod.Get, "/construction/locations/v2/projects/{projectId}/trees/{treeId}/nodes")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            Paging = PagingStyle.AccOffsetLimit,
            RegionStyle = RegionStyle.RegionHeader,
            RegionHeaderName = "region",
            AllowedRegions = [ApsRegion.US, ApsRegion.EMEA],
        };
    }

    /// <summary>
    /// Lists the nodes of the project's location tree (the <c>default</c> tree, the only one a project has), lazily,
    /// page by page. The next page is the same request with a later <c>offset</c>: the relative <c>nextUrl</c> APS
    /// returns lacks the <c>/construction</c> prefix, so it is not followed. With <see cref="LocationNodeListOptions.NodeIds"/>,
    /// APS ignores limit and offset, answers in one page and adds each node's ancestors (<see cref="LocationNode.Path"/>).
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Node ids, page size (1 to 10000), region and per-call settings.</param>
    /// <returns>The nodes, in tree order.</returns>
    /// <exception cref="ArgumentException">The project id is empty, the page size is not 1 to 10000 or the region is not US or EMEA.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/locations-nodes-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<LocationNode> ListNodesAsync(ProjectId projectId, LocationNodeListOptions? options = null)
    {
        var project = projectId.IsEmpty ? throw new ArgumentException("A project id is required.", nameof(projectId)) : projectId.ConstructionValue;
        CheckLimit(options?.Limit, nameof(options));
        var byId = options?.NodeIds is { Count: > 0 };
        var strategy = new OffsetPaging<LocationsPage, LocationNode>(
            (offset, hint) =>
            {
                CheckLimit(hint, "pageSizeHint");
                var query = new QueryBuilder().AddCommaSeparated("filter[id]", options?.NodeIds).Add("limit", hint ?? options?.Limit);
                if (offset > 0)
                {
                    query.Add("offset", offset);
                }

                return _pipeline.CreateRequest(Specs.ListNodes, options, [project, DefaultTree], query);
            },
            page => page.Results,
            page => byId ? new OffsetPageInfo(0, null, null, true, null, null) : page.Pagination?.ToOffsetInfo() ?? default,
            defaultLimit: 10000);
        return new ApsPagedEnumerable<LocationsPage, LocationNode>(_pipeline, ConstructionLocationsJsonContext.Default.LocationsPage, strategy, options);
    }

    private static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1 or > 10000)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "The Locations page size (limit) is 1 to 10000.");
        }
    }
}
