using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.AccountAdmin;

public partial class AccountAdminClient
{
    /// <summary>Lists a project's members, lazily, one offset/limit page per request (active and pending by default).</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">Filters, sort, fields, page size (1 to 200), region.</param>
    /// <returns>The members.</returns>
    /// <exception cref="ArgumentException">The project id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-projectsprojectId-users-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<ProjectUser> ListProjectUsersAsync(ProjectId projectId, ProjectUsersListOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.ListProjectUsers,
            options,
            [project],
            () => new QueryBuilder()
                .AddCommaSeparated("filter[products]", options?.Products)
                .Add("filter[name]", options?.Name)
                .Add("filter[email]", options?.Email)
                .AddCommaSeparated("filter[status]", ConstructionPaging.Values(options?.Statuses, v => v.Value))
                .AddCommaSeparated("filter[accessLevels]", options?.AccessLevels)
                .Add("filter[companyId]", options?.CompanyId)
                .Add("filter[companyName]", options?.CompanyName)
                .AddCommaSeparated("filter[autodeskId]", options?.AutodeskIds)
                .AddCommaSeparated("filter[id]", options?.Ids)
                .Add("filter[roleId]", options?.RoleId)
                .AddCommaSeparated("filter[roleIds]", options?.RoleIds)
                .AddCommaSeparated("sort", options?.Sort)
                .AddCommaSeparated("fields", options?.Fields)
                .AddCommaSeparated("orFilters", options?.OrFilters)
                .Add("filterTextMatch", options?.FilterTextMatch?.Value),
            options?.Limit,
            200,
            20,
            AccountAdminJsonContext.Default.ConstructionPageProjectUser);
    }

    /// <summary>
    /// Adds a user to a project (APS answers 201; 412 when the project is not ready yet). With a 2-legged token, set
    /// <see cref="ApsRequestOptions.UserId"/> (sent as <c>User-Id</c>).
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="request">The user; the email and products are required.</param>
    /// <param name="options">Region, acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException">The project id, email or products are missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-projects-project-Id-users-POST/">APS reference</see>.</remarks>
    public virtual Task<ProjectUser> AddProjectUserAsync(ProjectId projectId, ProjectUserAddRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ConstructionIds.Project(projectId);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Email) || request.Products is not { Count: > 0 })
        {
            throw new ArgumentException("A project user needs an email and at least one product.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.AddProjectUser, options, [project]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.ProjectUserAddRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.ProjectUser, options, cancellationToken);
    }

    /// <summary>
    /// Adds up to 200 users to a project in one call (<c>POST v2/projects/{projectId}/users:import</c>). APS accepts the
    /// rows (202) and processes them in the background; it offers no status resource for the job, so list the project
    /// users to see who was added.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="request">The users (1 to 200; each needs an email).</param>
    /// <param name="options">Region, acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job id APS returned.</returns>
    /// <exception cref="ArgumentException">The project id is missing, there are no or more than 200 users, or one lacks its email.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-v2-projects-project-Id-users-import-POST/">APS reference</see>.</remarks>
    public virtual Task<ProjectUsersImportResult> ImportProjectUsersAsync(ProjectId projectId, ProjectUsersImportRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ConstructionIds.Project(projectId);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Users is not { Count: > 0 and <= 200 } users)
        {
            throw new ArgumentException($"A project user import takes 1 to 200 users; {request.Users?.Count ?? 0} were given.", nameof(request));
        }

        if (users.Any(u => u is null || string.IsNullOrWhiteSpace(u.Email)))
        {
            throw new ArgumentException("Each imported user needs an email.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.ImportProjectUsers, options, [project]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.ProjectUsersImportRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.ProjectUsersImportResult, options, cancellationToken);
    }

    /// <summary>Gets a project member.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="userId">The user: ACC user id or Autodesk id.</param>
    /// <param name="options">The <c>fields</c> projection, region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-projectsprojectId-users-userId-GET/">APS reference</see>.</remarks>
    public virtual Task<ProjectUser> GetProjectUserAsync(ProjectId projectId, string userId, AccountAdminGetOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(
            Specs.GetProjectUser,
            options,
            [ConstructionIds.Project(projectId), ConstructionIds.Required(userId, nameof(userId))],
            new QueryBuilder().AddCommaSeparated("fields", options?.Fields));
        return _pipeline.SendAsync(request, AccountAdminJsonContext.Default.ProjectUser, options, cancellationToken);
    }

    /// <summary>
    /// Updates a project member: only the fields set on <paramref name="request"/> are sent. APS answers 201 with the
    /// changed fields and the id only. With a 2-legged token, set <see cref="ApsRequestOptions.UserId"/>.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="userId">The user: ACC user id or Autodesk id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="options">Region, acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's changed fields.</returns>
    /// <exception cref="ArgumentException">An id is missing or nothing is set.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-projectsprojectId-users-userId-PATCH/">APS reference</see>.</remarks>
    public virtual Task<ProjectUser> UpdateProjectUserAsync(ProjectId projectId, string userId, ProjectUserUpdateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ConstructionIds.Project(projectId);
        ConstructionIds.Required(userId, nameof(userId));
        ArgumentNullException.ThrowIfNull(request);
        if (!request.CompanyId.IsSet && !request.RoleIds.IsSet && !request.Products.IsSet)
        {
            throw new ArgumentException("Set at least one of the company, the roles or the products.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.UpdateProjectUser, options, [project, userId]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.ProjectUserUpdateRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.ProjectUser, options, cancellationToken);
    }

    /// <summary>Removes a user from a project (APS answers 204). With a 2-legged token, set <see cref="ApsRequestOptions.UserId"/>.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="userId">The user: ACC user id or Autodesk id.</param>
    /// <param name="options">Region, acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is removed.</returns>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-projectsprojectId-users-userId-DELETE/">APS reference</see>.</remarks>
    public virtual Task RemoveProjectUserAsync(ProjectId projectId, string userId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Specs.RemoveProjectUser, options, [ConstructionIds.Project(projectId), ConstructionIds.Required(userId, nameof(userId))]);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    /// <summary>Gets the account's business-unit tree (legacy <c>/hq/v1</c>).</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="options">Region (header or legacy path) and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The business units.</returns>
    /// <exception cref="ArgumentException">The account id is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/business_units_structure-GET/">APS reference</see>.</remarks>
    public virtual Task<BusinessUnitsStructure> GetBusinessUnitsAsync(AccountId accountId, HqRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Pick(Specs.GetBusinessUnits, Specs.GetBusinessUnitsLegacy, options), options, [ConstructionIds.Account(accountId)]);
        return _pipeline.SendAsync(request, AccountAdminJsonContext.Default.BusinessUnitsStructure, options, cancellationToken);
    }

    /// <summary>
    /// Replaces the account's whole business-unit tree (PUT): units left out are removed. Give existing units their
    /// <see cref="BusinessUnit.Id"/> and children their <see cref="BusinessUnit.ParentId"/>.
    /// </summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="request">The whole tree; each unit needs a name.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tree.</returns>
    /// <exception cref="ArgumentException">The account id is missing or a unit has no name.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/business_units_structure-PUT/">APS reference</see>.</remarks>
    public virtual Task<BusinessUnitsStructure> ReplaceBusinessUnitsAsync(AccountId accountId, BusinessUnitsReplaceRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        ArgumentNullException.ThrowIfNull(request);
        if (request.BusinessUnits?.Any(u => u is null || string.IsNullOrWhiteSpace(u.Name)) == true)
        {
            throw new ArgumentException("Each business unit needs a name.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.ReplaceBusinessUnits, options, [account]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.BusinessUnitsReplaceRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.BusinessUnitsStructure, options, cancellationToken);
    }
}
