using System.Globalization;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Packages;

/// <summary>
/// ACC Packages: the packages of a project and the file versions in each. With a 2-legged token and no
/// <see cref="ApsRequestOptions.UserId"/> every package is listed; with <c>x-user-id</c> (Autodesk id only) or a
/// 3-legged token, only those the user may access. Project ids are accepted with or without <c>b.</c>.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/packages-list-packages-GET/">APS reference</see>.</remarks>
public partial class PackagesClient
{
    private const string Area = "Packages";

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected PackagesClient()
    {
    }

    internal PackagesClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec List = new(Area, "GetPackages", HttpMethod.Get, "/construction/packages/v1/projects/{projectId}/packages")
        {
            Scopes = ApsScopes.Create(ApsScopes.DataRead),
            ServiceBasePath = "/construction/packages/v1",
            UserIdHeader = UserIdStyle.XUserId,
            Paging = PagingStyle.AccOffsetLimit,
        };

        internal static readonly OperationSpec Resources = new(Area, "GetPackageResources", HttpMethod.Get, "/construction/packages/v1/projects/{projectId}/packages/{packageId}/resources")
        {
            Scopes = ApsScopes.Create(ApsScopes.DataRead),
            ServiceBasePath = "/construction/packages/v1",
            UserIdHeader = UserIdStyle.XUserId,
            Paging = PagingStyle.AccOffsetLimit,
        };
    }

    /// <summary>Lists a project's packages, lazily (offset/limit, up to 200 a page).</summary>
    /// <param name="projectId">The project (sent without <c>b.</c>; APS accepts both).</param>
    /// <param name="options">Filters, sort, page size, acting user.</param>
    /// <returns>The packages.</returns>
    /// <exception cref="ArgumentException">The project id is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not 1 to 200.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/packages-list-packages-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AccPackage> ListPackagesAsync(ProjectId projectId, PackagesListOptions? options = null)
    {
        var project = ProjectOf(projectId);
        CheckLimit(options?.Limit, 200, nameof(options));
        var strategy = new OffsetPaging<PackagesPage<AccPackage>, AccPackage>(
            (offset, hint) =>
            {
                CheckLimit(hint, 200, "pageSizeHint");
                var query = new QueryBuilder()
                    .Add("limit", hint ?? options?.Limit)
                    .Add("offset", offset == 0 ? null : offset)
                    .AddCommaSeparated("filter[createdBy]", options?.CreatedBy)
                    .AddCommaSeparated("filter[updatedBy]", options?.UpdatedBy)
                    .Add("filter[createdAt]", options?.CreatedAt)
                    .Add("filter[updatedAt]", options?.UpdatedAt)
                    .Add("filter[versionType]", options?.VersionType)
                    .Add("sort", options?.Sort);
                return _pipeline.CreateRequest(Specs.List, options, [project], query);
            },
            page => page.Results,
            page => page.Pagination?.ToOffsetInfo() ?? default,
            defaultLimit: 200);
        return new ApsPagedEnumerable<PackagesPage<AccPackage>, AccPackage>(_pipeline, PackagesJsonContext.Default.PackagesPageAccPackage, strategy, options);
    }

    /// <summary>Lists the file versions in a package, deleted ones included, lazily (offset/limit, up to 1000 a page).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="packageId">The package.</param>
    /// <param name="options">File type and version filters, sort, page size, acting user.</param>
    /// <returns>The resources.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not 1 to 1000.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/packages-list-package-resources-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AccPackageResource> ListPackageResourcesAsync(ProjectId projectId, string packageId, PackageResourcesListOptions? options = null)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(packageId);
        CheckLimit(options?.Limit, 1000, nameof(options));
        var strategy = new OffsetPaging<PackagesPage<AccPackageResource>, AccPackageResource>(
            (offset, hint) =>
            {
                CheckLimit(hint, 1000, "pageSizeHint");
                var query = new QueryBuilder()
                    .Add("limit", hint ?? options?.Limit)
                    .Add("offset", offset == 0 ? null : offset)
                    .AddCommaSeparated("filter[fileType]", options?.FileTypes)
                    .AddCommaSeparated("filter[version]", options?.Versions.Select(v => v.ToString(CultureInfo.InvariantCulture)))
                    .Add("sort", options?.Sort);
                return _pipeline.CreateRequest(Specs.Resources, options, [project, packageId], query);
            },
            page => page.Results,
            page => page.Pagination?.ToOffsetInfo() ?? default,
            defaultLimit: 200);
        return new ApsPagedEnumerable<PackagesPage<AccPackageResource>, AccPackageResource>(_pipeline, PackagesJsonContext.Default.PackagesPageAccPackageResource, strategy, options);
    }

    private static void CheckLimit(int? limit, int max, string parameterName)
    {
        if (limit is { } l && (l < 1 || l > max))
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, $"The page size must be 1 to {max}.");
        }
    }

    private static string ProjectOf(ProjectId projectId)
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", nameof(projectId)) : projectId.ConstructionValue;
}
