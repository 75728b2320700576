using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.AccountAdmin;

public partial class AccountAdminClient
{
    /// <summary>Lists the account's users (legacy <c>/hq/v1</c>; bare array, offset/limit), lazily.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="options">Sort, fields, page size (1 to 100), region (header or legacy path).</param>
    /// <returns>The users.</returns>
    /// <exception cref="ArgumentException">The account id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/users-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<HqUser> ListUsersAsync(AccountId accountId, HqListOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        var spec = Pick(Specs.ListUsers, Specs.ListUsersLegacy, options);
        return ConstructionPaging.BareArray(_pipeline, spec, options, [account], () => HqQuery(options), options?.Limit, 100, 10, AccountAdminJsonContext.Default.ListHqUser);
    }

    /// <summary>Adds a user to the account (APS answers 201).</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="request">The user; the email is required.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    /// <exception cref="ArgumentException">The account id or email is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/users-POST/">APS reference</see>.</remarks>
    public virtual Task<HqUser> CreateUserAsync(AccountId accountId, HqUserCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        CheckUser(request, nameof(request));
        var message = _pipeline.CreateRequest(Specs.CreateUser, options, [account]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.HqUserCreateRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.HqUser, options, cancellationToken);
    }

    /// <summary>Adds up to 50 users to the account in one call; APS answers with the per-row outcome (nothing to wait for).</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="users">The users (1 to 50); each needs an email.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The per-row outcome.</returns>
    /// <exception cref="ArgumentException">The account id is missing, there are no or more than 50 users, or one lacks its email.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/users-import-POST/">APS reference</see>.</remarks>
    public virtual Task<HqUserImportResult> ImportUsersAsync(AccountId accountId, IReadOnlyList<HqUserCreateRequest> users, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        ArgumentNullException.ThrowIfNull(users);
        if (users.Count is 0 or > 50)
        {
            throw new ArgumentException($"A user import takes 1 to 50 users; {users.Count} were given.", nameof(users));
        }

        foreach (var user in users)
        {
            CheckUser(user, nameof(users));
        }

        var message = _pipeline.CreateRequest(Specs.ImportUsers, options, [account]);
        ApsPipeline.SetJsonBody(message, users, AccountAdminJsonContext.Default.IReadOnlyListHqUserCreateRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.HqUserImportResult, options, cancellationToken);
    }

    private static void CheckUser(HqUserCreateRequest? user, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(user, parameterName);
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            throw new ArgumentException("A user needs an email.", parameterName);
        }
    }

    /// <summary>Gets a user of the account (legacy <c>/hq/v1</c>).</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="userId">The user's id in the account.</param>
    /// <param name="options">Region (header or legacy path) and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/users-:user_id-GET/">APS reference</see>.</remarks>
    public virtual Task<HqUser> GetUserAsync(AccountId accountId, string userId, HqRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Pick(Specs.GetUser, Specs.GetUserLegacy, options), options, [ConstructionIds.Account(accountId), ConstructionIds.Required(userId, nameof(userId))]);
        return _pipeline.SendAsync(request, AccountAdminJsonContext.Default.HqUser, options, cancellationToken);
    }

    /// <summary>Changes a user's status or default company: only the fields set on <paramref name="request"/> are sent.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="userId">The user's id in the account.</param>
    /// <param name="request">The changes.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    /// <exception cref="ArgumentException">An id is missing, nothing is set, or the status is set to null.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/users-:user_id-PATCH/">APS reference</see>.</remarks>
    public virtual Task<HqUser> UpdateUserAsync(AccountId accountId, string userId, HqUserUpdateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        ConstructionIds.Required(userId, nameof(userId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.Status.IsNull || (!request.Status.IsSet && !request.CompanyId.IsSet))
        {
            throw new ArgumentException("Set the status (not null) or the default company.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.UpdateUser, options, [account, userId]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.HqUserUpdateRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.HqUser, options, cancellationToken);
    }

    /// <summary>Searches the account's users by name, email and company (legacy <c>/hq/v1</c>; bare array, offset/limit), lazily.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="options">Criteria, sort, fields, page size (1 to 100), region.</param>
    /// <returns>The matching users.</returns>
    /// <exception cref="ArgumentException">The account id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/users-search-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<HqUser> SearchUsersAsync(AccountId accountId, HqUserSearchOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        var spec = Pick(Specs.SearchUsers, Specs.SearchUsersLegacy, options);
        return ConstructionPaging.BareArray(
            _pipeline,
            spec,
            options,
            [account],
            () => new QueryBuilder()
                .Add("name", options?.Name)
                .Add("email", options?.Email)
                .Add("company_name", options?.CompanyName)
                .Add("operator", options?.Operator)
                .Add("partial", options?.Partial)
                .AddCommaSeparated("sort", options?.Sort)
                .AddCommaSeparated("field", options?.Fields),
            options?.Limit,
            100,
            10,
            AccountAdminJsonContext.Default.ListHqUser);
    }

    /// <summary>Lists the products a user has access to, and in which projects (account admins only), lazily, by offset/limit.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="userId">The user: ACC user id or Autodesk id.</param>
    /// <param name="options">Filters, fields, sort, page size (1 to 200), region.</param>
    /// <returns>The products.</returns>
    /// <exception cref="ArgumentException">An id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-users-userId-products-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AccountUserProduct> ListUserProductsAsync(AccountId accountId, string userId, AccountUserProductsListOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        ConstructionIds.Required(userId, nameof(userId));
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.ListUserProducts,
            options,
            [account, userId],
            () => new QueryBuilder()
                .AddCommaSeparated("filter[projectId]", options?.ProjectIds)
                .AddCommaSeparated("filter[key]", options?.Keys)
                .AddCommaSeparated("fields", options?.Fields)
                .AddCommaSeparated("sort", options?.Sort),
            options?.Limit,
            200,
            20,
            AccountAdminJsonContext.Default.ConstructionPageAccountUserProduct);
    }

    /// <summary>Lists the roles a user holds, and in which projects (account admins only), lazily, by offset/limit.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="userId">The user: ACC user id or Autodesk id.</param>
    /// <param name="options">Filters, fields, sort, page size (1 to 200), region.</param>
    /// <returns>The roles.</returns>
    /// <exception cref="ArgumentException">An id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-users-userId-roles-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AccountUserRole> ListUserRolesAsync(AccountId accountId, string userId, AccountUserRolesListOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        ConstructionIds.Required(userId, nameof(userId));
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.ListUserRoles,
            options,
            [account, userId],
            () => new QueryBuilder()
                .AddCommaSeparated("filter[projectId]", options?.ProjectIds)
                .AddCommaSeparated("filter[status]", options?.Statuses)
                .Add("filter[name]", options?.Name)
                .Add("filterTextMatch", options?.FilterTextMatch?.Value)
                .AddCommaSeparated("fields", options?.Fields)
                .AddCommaSeparated("sort", options?.Sort),
            options?.Limit,
            200,
            20,
            AccountAdminJsonContext.Default.ConstructionPageAccountUserRole);
    }
}
