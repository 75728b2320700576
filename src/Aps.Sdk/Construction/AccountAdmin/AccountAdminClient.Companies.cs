using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.AccountAdmin;

public partial class AccountAdminClient
{
    private static QueryBuilder HqQuery(HqListOptions? options)
        => new QueryBuilder().AddCommaSeparated("sort", options?.Sort).AddCommaSeparated("field", options?.Fields);

    /// <summary>
    /// Lists the account's companies (<c>/construction/admin</c>, the paginated successor of
    /// <see cref="ListHqCompaniesAsync"/>), lazily, one offset/limit page per request.
    /// </summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="options">Filters, sort, fields, page size (1 to 200), region.</param>
    /// <returns>The companies.</returns>
    /// <exception cref="ArgumentException">The account id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-accounts-accountidcompanies-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AccountCompany> ListCompaniesAsync(AccountId accountId, AccountCompaniesListOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.ListCompanies,
            options,
            [account],
            () => new QueryBuilder()
                .Add("filter[name]", options?.Name)
                .Add("filter[trade]", options?.Trade)
                .Add("filter[erpId]", options?.ErpId)
                .Add("filter[taxId]", options?.TaxId)
                .Add("filter[updatedAt]", options?.UpdatedAt)
                .AddCommaSeparated("orFilters", options?.OrFilters)
                .Add("filterTextMatch", options?.FilterTextMatch?.Value)
                .AddCommaSeparated("sort", options?.Sort)
                .AddCommaSeparated("fields", options?.Fields),
            options?.Limit,
            200,
            20,
            AccountAdminJsonContext.Default.ConstructionPageAccountCompany);
    }

    /// <summary>
    /// Lists the account's companies through the legacy <c>/hq/v1</c> API (a bare array paged by offset/limit; a short
    /// page is the last), lazily.
    /// </summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="options">Sort, fields, page size (1 to 100, APS default 10), region.</param>
    /// <returns>The companies.</returns>
    /// <exception cref="ArgumentException">The account id is missing, the page size is out of range, or the legacy path is asked for.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/companies-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<HqCompany> ListHqCompaniesAsync(AccountId accountId, HqListOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        var spec = Pick(Specs.ListHqCompanies, null, options);
        return ConstructionPaging.BareArray(_pipeline, spec, options, [account], () => HqQuery(options), options?.Limit, 100, 10, AccountAdminJsonContext.Default.ListHqCompany);
    }

    /// <summary>Creates a company in the account directory (APS answers 201); the name must be unique in the account.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="request">The company; name and trade are required.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The company.</returns>
    /// <exception cref="ArgumentException">The account id, name or trade is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/companies-POST/">APS reference</see>.</remarks>
    public virtual Task<HqCompany> CreateCompanyAsync(AccountId accountId, HqCompanyCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        CheckCompany(request, nameof(request));
        var message = _pipeline.CreateRequest(Specs.CreateCompany, options, [account]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.HqCompanyCreateRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.HqCompany, options, cancellationToken);
    }

    /// <summary>
    /// Creates up to 50 companies in one call. APS answers with the per-row outcome (created and failed rows); there is
    /// nothing to wait for.
    /// </summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="companies">The companies (1 to 50); each needs a name and a trade.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The per-row outcome.</returns>
    /// <exception cref="ArgumentException">The account id is missing, there are no or more than 50 companies, or one lacks its name or trade.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/companies-import-POST/">APS reference</see>.</remarks>
    public virtual Task<HqCompanyImportResult> ImportCompaniesAsync(AccountId accountId, IReadOnlyList<HqCompanyCreateRequest> companies, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        ArgumentNullException.ThrowIfNull(companies);
        if (companies.Count is 0 or > 50)
        {
            throw new ArgumentException($"A company import takes 1 to 50 companies; {companies.Count} were given.", nameof(companies));
        }

        foreach (var company in companies)
        {
            CheckCompany(company, nameof(companies));
        }

        var message = _pipeline.CreateRequest(Specs.ImportCompanies, options, [account]);
        ApsPipeline.SetJsonBody(message, companies, AccountAdminJsonContext.Default.IReadOnlyListHqCompanyCreateRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.HqCompanyImportResult, options, cancellationToken);
    }

    private static void CheckCompany(HqCompanyCreateRequest? company, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(company, parameterName);
        if (string.IsNullOrWhiteSpace(company.Name) || string.IsNullOrWhiteSpace(company.Trade))
        {
            throw new ArgumentException("A company needs a name and a trade.", parameterName);
        }
    }

    /// <summary>Gets a company of the account directory (legacy <c>/hq/v1</c>).</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="companyId">The company.</param>
    /// <param name="options">Region (header, or the legacy EMEA path) and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The company.</returns>
    /// <exception cref="ArgumentException">An id is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/companies-:company_id-GET/">APS reference</see>.</remarks>
    public virtual Task<HqCompany> GetCompanyAsync(AccountId accountId, string companyId, HqRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Pick(Specs.GetCompany, Specs.GetCompanyLegacy, options), options, [ConstructionIds.Account(accountId), ConstructionIds.Required(companyId, nameof(companyId))]);
        return _pipeline.SendAsync(request, AccountAdminJsonContext.Default.HqCompany, options, cancellationToken);
    }

    /// <summary>Updates a company: only the fields set on <paramref name="request"/> are sent; <see langword="null"/> clears one.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="companyId">The company.</param>
    /// <param name="request">The changes.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The company.</returns>
    /// <exception cref="ArgumentException">An id is missing, or the name or trade is set to null.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/companies-:company_id-PATCH/">APS reference</see>.</remarks>
    public virtual Task<HqCompany> UpdateCompanyAsync(AccountId accountId, string companyId, HqCompanyUpdateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        ConstructionIds.Required(companyId, nameof(companyId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.Name.IsNull || request.Trade.IsNull)
        {
            throw new ArgumentException("A company's name and trade cannot be cleared.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.UpdateCompany, options, [account, companyId]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.HqCompanyUpdateRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.HqCompany, options, cancellationToken);
    }

    /// <summary>
    /// Sets or replaces a company's image, sent as <c>multipart/form-data</c> (a <c>chunk</c> part), whatever content
    /// type the OpenAPI file declares.
    /// </summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="companyId">The company.</param>
    /// <param name="image">The image: PNG, JPEG, BMP or GIF. Read from its current position; not disposed.</param>
    /// <param name="fileName">The file name; its extension gives the content type.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The company.</returns>
    /// <exception cref="ArgumentException">An id or the file name is missing, or the extension is not an image type APS takes.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/companies-:company_id-image-PATCH/">APS reference</see>.</remarks>
    public virtual Task<HqCompany> UpdateCompanyImageAsync(AccountId accountId, string companyId, Stream image, string fileName, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        ConstructionIds.Required(companyId, nameof(companyId));
        var content = ImageContent(image, fileName);
        var request = _pipeline.CreateRequest(Specs.UpdateCompanyImage, options, [account, companyId]);
        SetImage(request, content, image);
        return _pipeline.SendAsync(request, AccountAdminJsonContext.Default.HqCompany, options, cancellationToken);
    }

    /// <summary>Searches the account's companies by name and trade (legacy <c>/hq/v1</c>; bare array, offset/limit), lazily.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="options">Criteria, sort, fields, page size (1 to 100), region.</param>
    /// <returns>The matching companies.</returns>
    /// <exception cref="ArgumentException">The account id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/companies-search-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<HqCompany> SearchCompaniesAsync(AccountId accountId, HqCompanySearchOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        var spec = Pick(Specs.SearchCompanies, Specs.SearchCompaniesLegacy, options);
        return ConstructionPaging.BareArray(
            _pipeline,
            spec,
            options,
            [account],
            () => new QueryBuilder()
                .Add("name", options?.Name)
                .Add("trade", options?.Trade)
                .Add("operator", options?.Operator)
                .Add("partial", options?.Partial)
                .AddCommaSeparated("sort", options?.Sort)
                .AddCommaSeparated("field", options?.Fields),
            options?.Limit,
            100,
            10,
            AccountAdminJsonContext.Default.ListHqCompany);
    }

    /// <summary>Lists the companies of a project (legacy <c>/hq/v1</c>; bare array, offset/limit), lazily.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">Sort, fields, page size (1 to 100), region.</param>
    /// <returns>The companies, with their project and member group.</returns>
    /// <exception cref="ArgumentException">An id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/projects-:project_id-companies-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<HqCompany> ListProjectCompaniesAsync(AccountId accountId, ProjectId projectId, HqListOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        var project = ConstructionIds.Project(projectId);
        var spec = Pick(Specs.ListProjectCompanies, Specs.ListProjectCompaniesLegacy, options);
        return ConstructionPaging.BareArray(_pipeline, spec, options, [account, project], () => HqQuery(options), options?.Limit, 100, 10, AccountAdminJsonContext.Default.ListHqCompany);
    }
}
