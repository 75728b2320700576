using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>
/// ACC Account Admin: account projects, companies, account users, project users and business units, over both API
/// generations: <c>/construction/admin</c> (camelCase, <c>{results, pagination}</c> lists) and the legacy
/// <c>/hq/v1</c> (snake_case, bare-array lists, app-only tokens). Both list shapes are <see cref="ApsPageable{T}"/>.
/// Account and project ids are accepted with or without <c>b.</c> and sent without it.
/// </summary>
/// <remarks>
/// <para>Region: the <c>Region</c> header from <see cref="ApsRequestOptions.Region"/> or <see cref="ApsOptions.DefaultRegion"/>
/// (nothing is sent when neither is set: APS routes the call itself, a little slower). <c>/construction/admin</c>
/// accepts US, EMEA, AUS, CAN, DEU, IND, JPN and GBR; <c>/hq/v1</c> US and EMEA, and its reads with a legacy regional
/// path take <see cref="HqRequestOptions.UseLegacyRegionPath"/>.</para>
/// <para>Acting user: with a 2-legged token, <c>/construction/admin</c> writes need the user to act as, given in
/// <see cref="ApsRequestOptions.UserId"/> (an ACC user id or an Autodesk id) and sent as <c>User-Id</c>. The
/// <c>/hq/v1</c> calls are app-only and refuse it.</para>
/// <para><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-accounts-accountidprojects-GET/">APS Account Admin reference</see>.</para>
/// </remarks>
public partial class AccountAdminClient
{
    internal const string Area = "AccountAdmin";

    /// <summary>The regions accountadmin.yaml lists for <c>/construction/admin</c>.</summary>
    internal static readonly IReadOnlyList<ApsRegion> AdminRegions =
        [ApsRegion.US, ApsRegion.EMEA, ApsRegion.AUS, ApsRegion.CAN, ApsRegion.DEU, ApsRegion.IND, ApsRegion.JPN, ApsRegion.GBR];

    /// <summary>The regions the <c>/hq/v1</c> reference pages list.</summary>
    internal static readonly IReadOnlyList<ApsRegion> HqRegions = [ApsRegion.US, ApsRegion.EMEA];

    internal static readonly ApsScopes Read = ApsScopes.Create(ApsScopes.AccountRead);

    // The seeds state no write scope; the APS reference pages name account:write.
    internal static readonly ApsScopes Write = ApsScopes.Create(ApsScopes.AccountRead, ApsScopes.AccountWrite);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected AccountAdminClient()
    {
    }

    internal AccountAdminClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    /// <summary>A <c>/construction/admin</c> operation: <c>Region</c> header, <c>User-Id</c> for the acting user.</summary>
    private static OperationSpec Admin(string name, HttpMethod method, string path, ApsScopes scopes)
        => new(Area, name, method, path)
        {
            Scopes = scopes,
            RegionStyle = RegionStyle.RegionHeader,
            RegionHeaderName = "Region",
            AllowedRegions = AdminRegions,
            UserIdHeader = UserIdStyle.UserId,
            ServiceBasePath = "/construction/admin",
        };

    /// <summary>A <c>/hq/v1</c> operation (app-only: no acting user).</summary>
    private static OperationSpec Hq(string name, HttpMethod method, string path, ApsScopes scopes, bool legacyPath = false)
        => new(Area, name, method, path)
        {
            Scopes = scopes,
            RegionStyle = legacyPath ? RegionStyle.HqLegacyPath : RegionStyle.RegionHeader,
            RegionHeaderName = "Region",
            AllowedRegions = HqRegions,
            ServiceBasePath = "/hq/v1",
        };

    /// <summary>The header-region spec, or its legacy-path twin when the options ask for it.</summary>
    private static OperationSpec Pick(OperationSpec header, OperationSpec? legacy, ApsRequestOptions? options)
    {
        if (options is IHqLegacyRegionOptions { UseLegacyRegionPath: true })
        {
            return legacy ?? throw new ArgumentException($"{header.Name} has no legacy regional path; use the Region header.", nameof(options));
        }

        return header;
    }

    /// <summary>The operations. A nested class so its initializers run after the static fields above.</summary>
    private static class Specs
    {
        private const string Accounts = "/construction/admin/v1/accounts/{accountId}";
        private const string Projects = "/construction/admin/v1/projects/{projectId}";
        private const string HqAccount = "/hq/v1/accounts/{account_id}";

        internal static readonly OperationSpec ListProjects = Admin("ListProjects", HttpMethod.Get, Accounts + "/projects", Read);
        internal static readonly OperationSpec CreateProject = Admin("CreateProject", HttpMethod.Post, Accounts + "/projects", Write);
        internal static readonly OperationSpec GetProject = Admin("GetProject", HttpMethod.Get, Projects, Read);
        internal static readonly OperationSpec ListCompanies = Admin("ListCompanies", HttpMethod.Get, Accounts + "/companies", Read);
        internal static readonly OperationSpec ListUserProjects = Admin("ListUserProjects", HttpMethod.Get, Accounts + "/users/{userId}/projects", Read);
        internal static readonly OperationSpec ListUserProducts = Admin("ListUserProducts", HttpMethod.Get, Accounts + "/users/{userId}/products", Read);
        internal static readonly OperationSpec ListUserRoles = Admin("ListUserRoles", HttpMethod.Get, Accounts + "/users/{userId}/roles", Read);
        internal static readonly OperationSpec ListProjectUsers = Admin("ListProjectUsers", HttpMethod.Get, Projects + "/users", Read);
        internal static readonly OperationSpec AddProjectUser = Admin("AddProjectUser", HttpMethod.Post, Projects + "/users", Write);
        internal static readonly OperationSpec ImportProjectUsers = Admin("ImportProjectUsers", HttpMethod.Post, "/construction/admin/v2/projects/{projectId}/users:import", Write);
        internal static readonly OperationSpec GetProjectUser = Admin("GetProjectUser", HttpMethod.Get, Projects + "/users/{userId}", Read);
        internal static readonly OperationSpec UpdateProjectUser = Admin("UpdateProjectUser", HttpMethod.Patch, Projects + "/users/{userId}", Write);
        internal static readonly OperationSpec RemoveProjectUser = Admin("RemoveProjectUser", HttpMethod.Delete, Projects + "/users/{userId}", Write);

        internal static readonly OperationSpec UpdateProjectImage = Hq("UpdateProjectImage", HttpMethod.Patch, HqAccount + "/projects/{project_id}/image", Write);
        internal static readonly OperationSpec ListHqCompanies = Hq("ListHqCompanies", HttpMethod.Get, HqAccount + "/companies", Read);
        internal static readonly OperationSpec CreateCompany = Hq("CreateCompany", HttpMethod.Post, HqAccount + "/companies", Write);
        internal static readonly OperationSpec ImportCompanies = Hq("ImportCompanies", HttpMethod.Post, HqAccount + "/companies/import", Write);
        internal static readonly OperationSpec GetCompany = Hq("GetCompany", HttpMethod.Get, HqAccount + "/companies/{company_id}", Read);
        internal static readonly OperationSpec GetCompanyLegacy = Hq("GetCompany", HttpMethod.Get, HqAccount + "/companies/{company_id}", Read, legacyPath: true);
        internal static readonly OperationSpec UpdateCompany = Hq("UpdateCompany", HttpMethod.Patch, HqAccount + "/companies/{company_id}", Write);
        internal static readonly OperationSpec UpdateCompanyImage = Hq("UpdateCompanyImage", HttpMethod.Patch, HqAccount + "/companies/{company_id}/image", Write);
        internal static readonly OperationSpec SearchCompanies = Hq("SearchCompanies", HttpMethod.Get, HqAccount + "/companies/search", Read);
        internal static readonly OperationSpec SearchCompaniesLegacy = Hq("SearchCompanies", HttpMethod.Get, HqAccount + "/companies/search", Read, legacyPath: true);
        internal static readonly OperationSpec ListProjectCompanies = Hq("ListProjectCompanies", HttpMethod.Get, HqAccount + "/projects/{project_id}/companies", Read);
        internal static readonly OperationSpec ListProjectCompaniesLegacy = Hq("ListProjectCompanies", HttpMethod.Get, HqAccount + "/projects/{project_id}/companies", Read, legacyPath: true);
        internal static readonly OperationSpec ListUsers = Hq("ListUsers", HttpMethod.Get, HqAccount + "/users", Read);
        internal static readonly OperationSpec ListUsersLegacy = Hq("ListUsers", HttpMethod.Get, HqAccount + "/users", Read, legacyPath: true);
        internal static readonly OperationSpec CreateUser = Hq("CreateUser", HttpMethod.Post, HqAccount + "/users", Write);
        internal static readonly OperationSpec ImportUsers = Hq("ImportUsers", HttpMethod.Post, HqAccount + "/users/import", Write);
        internal static readonly OperationSpec GetUser = Hq("GetUser", HttpMethod.Get, HqAccount + "/users/{user_id}", Read);
        internal static readonly OperationSpec GetUserLegacy = Hq("GetUser", HttpMethod.Get, HqAccount + "/users/{user_id}", Read, legacyPath: true);
        internal static readonly OperationSpec UpdateUser = Hq("UpdateUser", HttpMethod.Patch, HqAccount + "/users/{user_id}", Write);
        internal static readonly OperationSpec SearchUsers = Hq("SearchUsers", HttpMethod.Get, HqAccount + "/users/search", Read);
        internal static readonly OperationSpec SearchUsersLegacy = Hq("SearchUsers", HttpMethod.Get, HqAccount + "/users/search", Read, legacyPath: true);
        internal static readonly OperationSpec GetBusinessUnits = Hq("GetBusinessUnits", HttpMethod.Get, HqAccount + "/business_units_structure", Read);
        internal static readonly OperationSpec GetBusinessUnitsLegacy = Hq("GetBusinessUnits", HttpMethod.Get, HqAccount + "/business_units_structure", Read, legacyPath: true);
        internal static readonly OperationSpec ReplaceBusinessUnits = Hq("ReplaceBusinessUnits", HttpMethod.Put, HqAccount + "/business_units_structure", Write);
    }
}
