namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>Options of <see cref="AccountAdminClient.ListProjectsAsync"/>.</summary>
public sealed class AccountProjectsListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the fields to return (<c>fields</c>); all when empty.</summary>
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets classifications (<c>filter[classification]</c>).</summary>
    public IList<ProjectClassification>? Classifications { get; set; }

    /// <summary>Gets or sets platforms (<c>filter[platform]</c>).</summary>
    public IList<ProjectPlatform>? Platforms { get; set; }

    /// <summary>Gets or sets product keys; projects using any of them are returned (<c>filter[products]</c>).</summary>
    public IList<string>? Products { get; set; }

    /// <summary>Gets or sets a name or name pattern, matched by <see cref="FilterTextMatch"/> (<c>filter[name]</c>, at most 255 characters).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets project types; prefix one with <c>-</c> to exclude it (<c>filter[type]</c>).</summary>
    public IList<string>? Types { get; set; }

    /// <summary>Gets or sets statuses (<c>filter[status]</c>).</summary>
    public IList<ProjectStatus>? Statuses { get; set; }

    /// <summary>Gets or sets a business unit (<c>filter[businessUnitId]</c>).</summary>
    public string? BusinessUnitId { get; set; }

    /// <summary>Gets or sets a job number, matched by <see cref="FilterTextMatch"/> (<c>filter[jobNumber]</c>).</summary>
    public string? JobNumber { get; set; }

    /// <summary>Gets or sets an update-time range <c>start..end</c> in ISO 8601 with time (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets how text filters match (<c>filterTextMatch</c>; APS default <c>contains</c>).</summary>
    public FilterTextMatch? FilterTextMatch { get; set; }

    /// <summary>Gets or sets sort fields, each optionally followed by <c> desc</c> (<c>sort</c>), for example <c>name</c>, <c>createdAt desc</c>.</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the page size: 1 to 200 (APS default 20).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="AccountAdminClient.ListCompaniesAsync"/>.</summary>
public sealed class AccountCompaniesListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets a name, matched by <see cref="FilterTextMatch"/> (<c>filter[name]</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets a trade (<c>filter[trade]</c>).</summary>
    public string? Trade { get; set; }

    /// <summary>Gets or sets an ERP id (<c>filter[erpId]</c>).</summary>
    public string? ErpId { get; set; }

    /// <summary>Gets or sets a tax id (<c>filter[taxId]</c>).</summary>
    public string? TaxId { get; set; }

    /// <summary>Gets or sets an update-time range <c>start..end</c> (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets the filters combined with OR instead of AND, for example <c>name</c>, <c>trade</c> (<c>orFilters</c>).</summary>
    public IList<string>? OrFilters { get; set; }

    /// <summary>Gets or sets how text filters match (<c>filterTextMatch</c>).</summary>
    public FilterTextMatch? FilterTextMatch { get; set; }

    /// <summary>Gets or sets sort fields (<c>sort</c>), for example <c>name desc</c>.</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the fields to return (<c>fields</c>).</summary>
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets the page size: 1 to 200 (APS default 20).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="AccountAdminClient.ListUserProjectsAsync"/>.</summary>
public sealed class AccountUserProjectsListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets project ids (<c>filter[id]</c>).</summary>
    public IList<string>? Ids { get; set; }

    /// <summary>Gets or sets the fields to return (<c>fields</c>).</summary>
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets classifications (<c>filter[classification]</c>).</summary>
    public IList<ProjectClassification>? Classifications { get; set; }

    /// <summary>Gets or sets a name (<c>filter[name]</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets platforms (<c>filter[platform]</c>).</summary>
    public IList<ProjectPlatform>? Platforms { get; set; }

    /// <summary>Gets or sets statuses (<c>filter[status]</c>).</summary>
    public IList<ProjectStatus>? Statuses { get; set; }

    /// <summary>Gets or sets project types (<c>filter[type]</c>).</summary>
    public IList<string>? Types { get; set; }

    /// <summary>Gets or sets a job number (<c>filter[jobNumber]</c>).</summary>
    public string? JobNumber { get; set; }

    /// <summary>Gets or sets an update-time range (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets access levels, for example <c>projectAdmin</c>, <c>projectMember</c> (<c>filter[accessLevels]</c>).</summary>
    public IList<string>? AccessLevels { get; set; }

    /// <summary>Gets or sets how text filters match (<c>filterTextMatch</c>).</summary>
    public FilterTextMatch? FilterTextMatch { get; set; }

    /// <summary>Gets or sets sort fields (<c>sort</c>).</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the page size: 1 to 200 (APS default 20).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="AccountAdminClient.ListUserProductsAsync"/>.</summary>
public sealed class AccountUserProductsListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets projects (<c>filter[projectId]</c>).</summary>
    public IList<string>? ProjectIds { get; set; }

    /// <summary>Gets or sets product keys (<c>filter[key]</c>).</summary>
    public IList<string>? Keys { get; set; }

    /// <summary>Gets or sets the fields to return (<c>fields</c>).</summary>
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets sort fields (<c>sort</c>).</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the page size: 1 to 200 (APS default 20).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="AccountAdminClient.ListUserRolesAsync"/>.</summary>
public sealed class AccountUserRolesListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets projects (<c>filter[projectId]</c>).</summary>
    public IList<string>? ProjectIds { get; set; }

    /// <summary>Gets or sets role statuses (<c>filter[status]</c>).</summary>
    public IList<string>? Statuses { get; set; }

    /// <summary>Gets or sets a role name (<c>filter[name]</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets how text filters match (<c>filterTextMatch</c>).</summary>
    public FilterTextMatch? FilterTextMatch { get; set; }

    /// <summary>Gets or sets the fields to return (<c>fields</c>).</summary>
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets sort fields (<c>sort</c>).</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the page size: 1 to 200 (APS default 20).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="AccountAdminClient.ListProjectUsersAsync"/>. APS returns active and pending members unless <see cref="Statuses"/> says otherwise.</summary>
public sealed class ProjectUsersListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets product keys (<c>filter[products]</c>).</summary>
    public IList<string>? Products { get; set; }

    /// <summary>Gets or sets a name (<c>filter[name]</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets an email (<c>filter[email]</c>).</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets membership statuses (<c>filter[status]</c>).</summary>
    public IList<ProjectUserStatus>? Statuses { get; set; }

    /// <summary>Gets or sets access levels: <c>accountAdmin</c>, <c>projectAdmin</c>, <c>executive</c> (<c>filter[accessLevels]</c>).</summary>
    public IList<string>? AccessLevels { get; set; }

    /// <summary>Gets or sets a company (<c>filter[companyId]</c>).</summary>
    public string? CompanyId { get; set; }

    /// <summary>Gets or sets a company name (<c>filter[companyName]</c>).</summary>
    public string? CompanyName { get; set; }

    /// <summary>Gets or sets Autodesk ids (<c>filter[autodeskId]</c>).</summary>
    public IList<string>? AutodeskIds { get; set; }

    /// <summary>Gets or sets ACC user ids (<c>filter[id]</c>).</summary>
    public IList<string>? Ids { get; set; }

    /// <summary>Gets or sets a role (<c>filter[roleId]</c>).</summary>
    public string? RoleId { get; set; }

    /// <summary>Gets or sets roles (<c>filter[roleIds]</c>).</summary>
    public IList<string>? RoleIds { get; set; }

    /// <summary>Gets or sets sort fields (<c>sort</c>).</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the fields to return (<c>fields</c>).</summary>
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets the filters combined with OR (<c>orFilters</c>).</summary>
    public IList<string>? OrFilters { get; set; }

    /// <summary>Gets or sets how text filters match (<c>filterTextMatch</c>).</summary>
    public FilterTextMatch? FilterTextMatch { get; set; }

    /// <summary>Gets or sets the page size: 1 to 200 (APS default 20).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of the single-resource reads of <c>/construction/admin</c> that take a <c>fields</c> projection.</summary>
public sealed class AccountAdminGetOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the fields to return (<c>fields</c>); all when empty.</summary>
    public IList<string>? Fields { get; set; }
}

/// <summary>
/// Per-call settings of the legacy <c>/hq/v1</c> reads that have a regional path: with
/// <see cref="UseLegacyRegionPath"/>, an EMEA region is sent as the <c>/hq/v1/regions/eu/</c> path prefix instead of
/// the <c>Region</c> header (US is the plain path).
/// </summary>
public sealed class HqRequestOptions : ApsRequestOptions, IHqLegacyRegionOptions
{
    /// <summary>Gets or sets a value indicating whether to use the legacy <c>/hq/v1/regions/eu/</c> path for EMEA instead of the <c>Region</c> header.</summary>
    public bool UseLegacyRegionPath { get; set; }
}

/// <summary>Paging, sort and projection of the legacy <c>/hq/v1</c> lists (bare arrays paged by offset/limit).</summary>
public sealed class HqListOptions : ApsRequestOptions, IHqLegacyRegionOptions
{
    /// <summary>Gets or sets a value indicating whether to use the legacy <c>/hq/v1/regions/eu/</c> path for EMEA instead of the <c>Region</c> header.</summary>
    public bool UseLegacyRegionPath { get; set; }

    /// <summary>Gets or sets the page size: 1 to 100 (APS default 10).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets sort fields; prefix one with <c>-</c> for descending (<c>sort</c>).</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the fields to return (<c>field</c>).</summary>
    public IList<string>? Fields { get; set; }
}

/// <summary>Options of <see cref="AccountAdminClient.SearchCompaniesAsync"/>.</summary>
public sealed class HqCompanySearchOptions : ApsRequestOptions, IHqLegacyRegionOptions
{
    /// <summary>Gets or sets a value indicating whether to use the legacy <c>/hq/v1/regions/eu/</c> path for EMEA instead of the <c>Region</c> header.</summary>
    public bool UseLegacyRegionPath { get; set; }

    /// <summary>Gets or sets the page size: 1 to 100 (APS default 10).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets sort fields; prefix one with <c>-</c> for descending (<c>sort</c>).</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the fields to return (<c>field</c>).</summary>
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets a company name (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets a trade (<c>trade</c>).</summary>
    public string? Trade { get; set; }

    /// <summary>Gets or sets how the criteria combine: <c>OR</c> or <c>AND</c> (<c>operator</c>; APS default <c>OR</c>).</summary>
    public string? Operator { get; set; }

    /// <summary>Gets or sets a value indicating whether matches may be partial (<c>partial</c>; APS default true).</summary>
    public bool? Partial { get; set; }
}

/// <summary>Options of <see cref="AccountAdminClient.SearchUsersAsync"/>.</summary>
public sealed class HqUserSearchOptions : ApsRequestOptions, IHqLegacyRegionOptions
{
    /// <summary>Gets or sets a value indicating whether to use the legacy <c>/hq/v1/regions/eu/</c> path for EMEA instead of the <c>Region</c> header.</summary>
    public bool UseLegacyRegionPath { get; set; }

    /// <summary>Gets or sets the page size: 1 to 100 (APS default 10).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets sort fields; prefix one with <c>-</c> for descending (<c>sort</c>).</summary>
    public IList<string>? Sort { get; set; }

    /// <summary>Gets or sets the fields to return (<c>field</c>).</summary>
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets a user name (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets an email (<c>email</c>).</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets a company name (<c>company_name</c>).</summary>
    public string? CompanyName { get; set; }

    /// <summary>Gets or sets how the criteria combine: <c>OR</c> or <c>AND</c> (<c>operator</c>; APS default <c>OR</c>).</summary>
    public string? Operator { get; set; }

    /// <summary>Gets or sets a value indicating whether matches may be partial (<c>partial</c>; APS default true).</summary>
    public bool? Partial { get; set; }
}

/// <summary>Options that can ask for the legacy <c>/hq/v1/regions/eu/</c> path.</summary>
internal interface IHqLegacyRegionOptions
{
    bool UseLegacyRegionPath { get; }
}
