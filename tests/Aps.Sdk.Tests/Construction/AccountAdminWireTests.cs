using System.Net;
using Aps.Sdk.Construction;
using Aps.Sdk.Construction.AccountAdmin;

namespace Aps.Sdk.Tests.Acc;

/// <summary>The 30 Account Admin operations on the wire, fed with the seed 001 examples.</summary>
public sealed class AccountAdminWireTests
{
    private const string Account = "b.d73fc742-4538-401c-8d0f-853b49b750b2";
    private const string AccountBare = "d73fc742-4538-401c-8d0f-853b49b750b2";
    private const string Project = "b.3e354e66-ac8b-41dd-9bc1-93fc182c25dd";
    private const string ProjectBare = "3e354e66-ac8b-41dd-9bc1-93fc182c25dd";
    private const string Admin = "/construction/admin/v1";
    private const string Hq = "/hq/v1/accounts/" + AccountBare;

    private static AccountAdminClient Aa(ConstructionWire wire) => wire.Client.Construction.AccountAdmin;

    [Fact]
    public async Task List_projects_sends_every_filter_region_and_reads_the_envelope()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/projects.json");

        var page = await Aa(wire).ListProjectsAsync(Account, new AccountProjectsListOptions
        {
            Region = ApsRegion.EMEA,
            Fields = ["name", "status"],
            Classifications = [ProjectClassification.Production, ProjectClassification.Template],
            Platforms = [ProjectPlatform.Acc],
            Products = ["docs", "build"],
            Name = "ABC",
            Types = ["-Bridge"],
            Statuses = [ProjectStatus.Active],
            BusinessUnitId = "bu",
            JobNumber = "HP",
            UpdatedAt = "2018-01-01T00:00:00.000Z..2019-01-01T00:00:00.000Z",
            FilterTextMatch = FilterTextMatch.StartsWith,
            Sort = ["name", "createdAt desc"],
            Limit = 20,
        }).FirstPageAsync();

        var request = wire.Single;
        request.Uri.AbsolutePath.Should().Be($"{Admin}/accounts/{AccountBare}/projects");
        request.Header("Region").Should().Be("EMEA");
        request.Header("x-ads-region").Should().BeNull();
        ConstructionWire.Query(request).Should().Equal(
            "fields=name,status", "filter[classification]=production,template", "filter[platform]=acc", "filter[products]=docs,build", "filter[name]=ABC",
            "filter[type]=-Bridge", "filter[status]=active", "filter[businessUnitId]=bu", "filter[jobNumber]=HP",
            "filter[updatedAt]=2018-01-01T00:00:00.000Z..2019-01-01T00:00:00.000Z", "filterTextMatch=startsWith", "sort=name,createdAt desc", "limit=20");
        page.TotalResults.Should().Be(121);
        page.ContinuationToken.Should().Be("11", "the next page starts after the items of this one (offset 10, one item)");
        var project = page.Values[0];
        project.Platform.Should().Be(ProjectPlatform.Bim360);
        project.ProjectValue!.Value.Should().Be(1650000);
        project.Products[1].Status.Should().Be("activating");
        project.TemplateId.Should().Be("10d18e9e-22ae-4186-a79c-819097afb646");
        ConstructionWire.NoExtensionData(page.Values);
    }

    [Fact]
    public async Task List_projects_pages_by_offset_until_nextUrl_is_empty()
    {
        var wire = new ConstructionWire()
            .Answer("""{"pagination":{"limit":1,"offset":0,"totalResults":2,"nextUrl":"https://developer.api.autodesk.com/x?offset=1"},"results":[{"id":"p1"}]}""")
            .Answer("""{"pagination":{"limit":1,"offset":1,"totalResults":2,"nextUrl":null},"results":[{"id":"p2"}]}""");

        var projects = await Aa(wire).ListProjectsAsync(AccountBare, new AccountProjectsListOptions { Limit = 1 }).CollectAsync();

        projects.Select(p => p.Id).Should().Equal("p1", "p2");
        wire.Requests.Select(ConstructionWire.PathAndQuery).Should().Equal(
            $"{Admin}/accounts/{AccountBare}/projects?limit=1", $"{Admin}/accounts/{AccountBare}/projects?limit=1&offset=1");
    }

    [Fact]
    public async Task Create_project_posts_with_User_Id_and_the_wait_polls_until_active()
    {
        var created = ConstructionWire.Fixture("AccountAdmin/project.json").Replace("\"status\": \"active\"", "\"status\": \"pending\"", StringComparison.Ordinal);
        var wire = new ConstructionWire()
            .Answer(created, HttpStatusCode.Accepted)
            .Answer(created)
            .AnswerFixture("AccountAdmin/project.json");

        var operation = await Aa(wire).StartCreateProjectAsync(
            Account,
            new AccountProjectCreateRequest { Name = "Sample Project", Type = "Hospital", Classification = ProjectClassification.Production, Products = ["docs"], Template = new ProjectTemplateReference { ProjectId = "tpl" } },
            new ApsPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) },
            new ApsRequestOptions { UserId = "USER123A" });
        var project = await operation.WaitForCompletionAsync(CancellationToken.None);

        operation.Id.Should().Be(ProjectBare);
        project.Status.Should().Be(ProjectStatus.Active);
        var requests = wire.Requests;
        requests.Should().HaveCount(3);
        requests[0].Method.Should().Be(HttpMethod.Post);
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"{Admin}/accounts/{AccountBare}/projects");
        requests[0].Header("User-Id").Should().Be("USER123A");
        requests[0].Header("x-user-id").Should().BeNull();
        ConstructionWire.Body(requests[0]).GetRawText().Should().Be("""{"name":"Sample Project","type":"Hospital","classification":"production","products":["docs"],"template":{"projectId":"tpl"}}""");
        requests[1].Method.Should().Be(HttpMethod.Get);
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Admin}/projects/{ProjectBare}");
        ConstructionWire.PathAndQuery(requests[2]).Should().Be($"{Admin}/projects/{ProjectBare}");
    }

    [Fact]
    public async Task Get_project_sends_fields_and_reads_the_example()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/project.json");

        var project = await Aa(wire).GetProjectAsync(Project, new AccountAdminGetOptions { Fields = ["name", "status"] });

        ConstructionWire.PathAndQuery(wire.Single).Should().Be($"{Admin}/projects/{ProjectBare}?fields=name%2Cstatus");
        project.Name.Should().Be("Sample Project");
        project.Latitude.Should().Be("37.773972");
        project.LastSignIn.Should().NotBeNull();
        project.Products.Should().HaveCount(10);
        project.Classification.Should().Be(ProjectClassification.Production);
        ConstructionWire.NoExtensionData(project);
    }

    [Fact]
    public async Task Project_and_company_images_are_multipart_with_a_chunk_part()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/hq-project.json").AnswerFixture("AccountAdmin/hq-company.json");

        var project = await Aa(wire).UpdateProjectImageAsync(Account, Project, new MemoryStream([1, 2, 3]), "logo.png", new ApsRequestOptions { Region = ApsRegion.EMEA });
        var company = await Aa(wire).UpdateCompanyImageAsync(Account, "fc830fd8", new MemoryStream([4]), "logo.JPEG");

        var requests = wire.Requests;
        requests[0].Method.Should().Be(HttpMethod.Patch);
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"{Hq}/projects/{ProjectBare}/image");
        requests[0].ContentType.Should().Be("multipart/form-data");
        requests[0].Header("Region").Should().Be("EMEA");
        requests[0].Body.Should().Contain("name=chunk").And.Contain("filename=logo.png").And.Contain("Content-Type: image/png");
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Hq}/companies/fc830fd8/image");
        requests[1].Body.Should().Contain("Content-Type: image/jpeg");
        project.ProjectType.Should().Be("Hospital");
        project.Value.Should().Be(1650000);
        ConstructionWire.NoExtensionData(project);
        company.Name.Should().Be("Autodesk");
        await FluentActions.Awaiting(() => Aa(wire).UpdateProjectImageAsync(Account, Project, new MemoryStream(), "logo.svg")).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Aa(wire).UpdateProjectImageAsync(Account, Project, new MemoryStream(), "logo.png", new ApsRequestOptions { UserId = "u" })).Should().ThrowAsync<ArgumentException>("hq calls are app-only");
    }

    [Fact]
    public async Task Admin_companies_send_filters_and_read_addresses()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/companies.json");

        var page = await Aa(wire).ListCompaniesAsync(Account, new AccountCompaniesListOptions
        {
            Name = "Plumb", Trade = "Plumbing", ErpId = "1", TaxId = "2", UpdatedAt = "a..b", OrFilters = ["name", "trade"], FilterTextMatch = FilterTextMatch.ExactMatch, Sort = ["name desc"], Fields = ["name"], Limit = 200,
        }).FirstPageAsync();

        ConstructionWire.Query(wire.Single).Should().Equal(
            "filter[name]=Plumb", "filter[trade]=Plumbing", "filter[erpId]=1", "filter[taxId]=2", "filter[updatedAt]=a..b", "orFilters=name,trade", "filterTextMatch=equals", "sort=name desc", "fields=name", "limit=200");
        wire.Single.Uri.AbsolutePath.Should().Be($"{Admin}/accounts/{AccountBare}/companies");
        page.Values[0].Addresses[0].Phone.Should().Be("555-555-5555");
        page.Values[0].UserSize.Should().Be(12);
        ConstructionWire.NoExtensionData(page.Values);
        FluentActions.Invoking(() => Aa(wire).ListCompaniesAsync(Account, new AccountCompaniesListOptions { Limit = 201 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Hq_company_lists_are_bare_arrays_paged_until_a_short_page()
    {
        var one = ConstructionWire.Fixture("AccountAdmin/hq-company.json");
        var wire = new ConstructionWire().Answer($"[{one},{one}]").Answer($"[{one}]");

        var companies = await Aa(wire).ListHqCompaniesAsync(Account, new HqListOptions { Limit = 2, Sort = ["-name"], Fields = ["name", "trade"] }).CollectAsync();

        companies.Should().HaveCount(3);
        wire.Requests.Select(ConstructionWire.PathAndQuery).Should().Equal(
            $"{Hq}/companies?sort=-name&field=name%2Ctrade&limit=2",
            $"{Hq}/companies?sort=-name&field=name%2Ctrade&limit=2&offset=2");
        companies[0].ErpId.Should().Be("c79bf096-5a3e-41a4-aaf8-a771ed329047");
        ConstructionWire.NoExtensionData(companies);
    }

    [Fact]
    public async Task Create_and_import_companies_post_snake_case_and_read_per_row_results()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/hq-company.json", HttpStatusCode.Created).AnswerFixture("AccountAdmin/hq-companies-import.json", HttpStatusCode.Created);
        var company = new HqCompanyCreateRequest { Name = "Autodesk", Trade = "Concrete", AddressLine1 = "The Fifth Avenue", WebsiteUrl = "http://www.autodesk.com", ErpId = "e" };

        var created = await Aa(wire).CreateCompanyAsync(Account, company);
        var imported = await Aa(wire).ImportCompaniesAsync(Account, [company, new HqCompanyCreateRequest { Name = "Duplicate Co", Trade = "Concrete" }]);

        var requests = wire.Requests;
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"{Hq}/companies");
        ConstructionWire.Body(requests[0]).GetRawText().Should().Be("""{"name":"Autodesk","trade":"Concrete","address_line_1":"The Fifth Avenue","website_url":"http://www.autodesk.com","erp_id":"e"}""");
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Hq}/companies/import");
        ConstructionWire.Body(requests[1]).GetArrayLength().Should().Be(2);
        created.AccountId.Should().Be("80793a28-f9b1-4888-9533-5f00cddcd6fb");
        ConstructionWire.NoExtensionData(created);
        imported.Success.Should().Be(1);
        imported.Failure.Should().Be(1);
        imported.SuccessItems[0].Name.Should().Be("Autodesk");
        imported.FailureItems[0].Name.Should().Be("Duplicate Co");
        await FluentActions.Awaiting(() => Aa(wire).ImportCompaniesAsync(Account, Enumerable.Range(0, 51).Select(i => company).ToList())).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Aa(wire).CreateCompanyAsync(Account, new HqCompanyCreateRequest { Name = "x" })).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Get_company_uses_the_header_or_the_legacy_eu_path()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/hq-company.json");

        var company = await Aa(wire).GetCompanyAsync(Account, "fc830fd8", new HqRequestOptions { Region = ApsRegion.EMEA });
        await Aa(wire).GetCompanyAsync(Account, "fc830fd8", new HqRequestOptions { Region = ApsRegion.EMEA, UseLegacyRegionPath = true });
        await Aa(wire).GetCompanyAsync(Account, "fc830fd8", new HqRequestOptions { Region = ApsRegion.US, UseLegacyRegionPath = true });

        var requests = wire.Requests;
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"{Hq}/companies/fc830fd8");
        requests[0].Header("Region").Should().Be("EMEA");
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"/hq/v1/regions/eu/accounts/{AccountBare}/companies/fc830fd8");
        requests[1].Header("Region").Should().BeNull();
        ConstructionWire.PathAndQuery(requests[2]).Should().Be($"{Hq}/companies/fc830fd8");
        company.TaxId.Should().Be("213-73-8867");
        company.CreatedAt.Should().NotBeNull();
        ConstructionWire.NoExtensionData(company);
        await FluentActions.Awaiting(() => Aa(wire).GetCompanyAsync(Account, "x", new HqRequestOptions { Region = ApsRegion.AUS })).Should().ThrowAsync<ArgumentException>("hq lists US and EMEA only");
    }

    [Fact]
    public async Task Patch_company_sends_only_set_fields_and_nulls()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/hq-company.json");

        await Aa(wire).UpdateCompanyAsync(Account, "fc830fd8", new HqCompanyUpdateRequest { Phone = "(503)623-1525", Description = null });

        wire.Single.Method.Should().Be(HttpMethod.Patch);
        ConstructionWire.PathAndQuery(wire.Single).Should().Be($"{Hq}/companies/fc830fd8");
        ConstructionWire.Body(wire.Single).GetRawText().Should().Be("""{"phone":"(503)623-1525","description":null}""");
        await FluentActions.Awaiting(() => Aa(wire).UpdateCompanyAsync(Account, "fc830fd8", new HqCompanyUpdateRequest { Name = null })).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Search_companies_and_project_companies_send_their_parameters()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/hq-companies-search.json").AnswerFixture("AccountAdmin/hq-project-companies.json");

        var found = await Aa(wire).SearchCompaniesAsync(Account, new HqCompanySearchOptions { Name = "Auto", Trade = "Concrete", Operator = "AND", Partial = false, Limit = 100, Region = ApsRegion.EMEA, UseLegacyRegionPath = true }).FirstPageAsync();
        var projectCompanies = await Aa(wire).ListProjectCompaniesAsync(Account, Project, new HqListOptions { Limit = 5 }).FirstPageAsync();

        var requests = wire.Requests;
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"/hq/v1/regions/eu/accounts/{AccountBare}/companies/search?name=Auto&trade=Concrete&operator=AND&partial=false&limit=100");
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Hq}/projects/{ProjectBare}/companies?limit=5");
        found.Values.Should().NotBeEmpty();
        found.ContinuationToken.Should().BeNull("a page shorter than the limit is the last");
        projectCompanies.Values[0].ProjectId.Should().Be("1e4bdc48-1bd7-4a4f-a91f-bd238cce5830");
        projectCompanies.Values[0].MemberGroupId.Should().Be("764893");
        ConstructionWire.NoExtensionData(found.Values);
        ConstructionWire.NoExtensionData(projectCompanies.Values);
    }

    [Fact]
    public async Task Hq_users_list_get_search_read_the_examples()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/hq-users.json").AnswerFixture("AccountAdmin/hq-user.json").AnswerFixture("AccountAdmin/hq-users-search.json");

        var users = await Aa(wire).ListUsersAsync(Account, new HqListOptions { Region = ApsRegion.EMEA, UseLegacyRegionPath = true }).FirstPageAsync();
        var user = await Aa(wire).GetUserAsync(Account, "a75e8769");
        var found = await Aa(wire).SearchUsersAsync(Account, new HqUserSearchOptions { Name = "John", Email = "john@x.com", CompanyName = "Autodesk", Operator = "OR", Partial = true, Sort = ["name"] }).FirstPageAsync();

        var requests = wire.Requests;
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"/hq/v1/regions/eu/accounts/{AccountBare}/users");
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Hq}/users/a75e8769");
        ConstructionWire.Query(requests[2]).Should().Equal("name=John", "email=john@x.com", "company_name=Autodesk", "operator=OR", "partial=true", "sort=name");
        requests[2].Uri.AbsolutePath.Should().Be($"{Hq}/users/search");
        user.Status.Should().Be(HqUserStatus.Active);
        user.DefaultRoleId.Should().Be("4e7e02ae-2994-4210-9153-84bfb9a23a63");
        user.Uid.Should().Be("L9EBJKCGCXBB");
        found.Values[0].Status.Should().Be(HqUserStatus.Pending);
        ConstructionWire.NoExtensionData(users.Values);
        ConstructionWire.NoExtensionData(user);
        ConstructionWire.NoExtensionData(found.Values);
    }

    [Fact]
    public async Task Create_import_and_patch_users()
    {
        var wire = new ConstructionWire()
            .AnswerFixture("AccountAdmin/hq-user.json", HttpStatusCode.Created)
            .AnswerFixture("AccountAdmin/hq-users-import.json", HttpStatusCode.Created)
            .AnswerFixture("AccountAdmin/hq-user.json");
        var newUser = new HqUserCreateRequest { Email = "john.smith@autodesk.com", CompanyId = "c", FirstName = "John", JobTitle = "Dev" };

        await Aa(wire).CreateUserAsync(Account, newUser);
        var imported = await Aa(wire).ImportUsersAsync(Account, [newUser]);
        await Aa(wire).UpdateUserAsync(Account, "a75e8769", new HqUserUpdateRequest { Status = HqUserStatus.Inactive, CompanyId = null });

        var requests = wire.Requests;
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"{Hq}/users");
        ConstructionWire.Body(requests[0]).GetRawText().Should().Be("""{"company_id":"c","email":"john.smith@autodesk.com","first_name":"John","job_title":"Dev"}""");
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Hq}/users/import");
        requests[2].Method.Should().Be(HttpMethod.Patch);
        ConstructionWire.Body(requests[2]).GetRawText().Should().Be("""{"status":"inactive","company_id":null}""");
        imported.SuccessItems[0].Email.Should().Be("john.smith@autodesk.com");
        imported.FailureItems.Should().BeEmpty();
        await FluentActions.Awaiting(() => Aa(wire).UpdateUserAsync(Account, "a", new HqUserUpdateRequest())).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Aa(wire).CreateUserAsync(Account, new HqUserCreateRequest())).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task User_projects_products_and_roles_send_filters()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/user-projects.json").AnswerFixture("AccountAdmin/user-products.json").AnswerFixture("AccountAdmin/user-roles.json");

        var projects = await Aa(wire).ListUserProjectsAsync(Account, "USER123A", new AccountUserProjectsListOptions { Ids = ["p"], AccessLevels = ["projectAdmin"], Statuses = [ProjectStatus.Active], FilterTextMatch = FilterTextMatch.Contains }).FirstPageAsync();
        var products = await Aa(wire).ListUserProductsAsync(Account, "USER123A", new AccountUserProductsListOptions { ProjectIds = ["p"], Keys = ["docs"] }).FirstPageAsync();
        var roles = await Aa(wire).ListUserRolesAsync(Account, "USER123A", new AccountUserRolesListOptions { Statuses = ["active"], Name = "Arch", Sort = ["name"] }).FirstPageAsync();

        var requests = wire.Requests;
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"{Admin}/accounts/{AccountBare}/users/USER123A/projects?filter[id]=p&filter[status]=active&filter[accessLevels]=projectAdmin&filterTextMatch=contains");
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Admin}/accounts/{AccountBare}/users/USER123A/products?filter[projectId]=p&filter[key]=docs");
        ConstructionWire.PathAndQuery(requests[2]).Should().Be($"{Admin}/accounts/{AccountBare}/users/USER123A/roles?filter[status]=active&filter[name]=Arch&sort=name");
        projects.Values[0].AccessLevels!.ProjectAdmin.Should().BeTrue();
        products.Values[0].ProjectIds.Should().Equal("3e354e66-ac8b-41dd-9bc1-93fc182c25dd");
        roles.Values[0].Key.Should().Be("architect");
        ConstructionWire.NoExtensionData(projects.Values);
        ConstructionWire.NoExtensionData(products.Values);
        ConstructionWire.NoExtensionData(roles.Values);
    }

    [Fact]
    public async Task Project_users_list_and_get_read_the_examples()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/project-users.json").AnswerFixture("AccountAdmin/project-user.json");

        var page = await Aa(wire).ListProjectUsersAsync(Project, new ProjectUsersListOptions
        {
            Products = ["docs"], Name = "Bob", Email = "b@x.com", Statuses = [ProjectUserStatus.Active, ProjectUserStatus.Pending], AccessLevels = ["projectAdmin"],
            CompanyId = "c", CompanyName = "Sample", AutodeskIds = ["A"], Ids = ["i"], RoleId = "r", RoleIds = ["r1", "r2"], Sort = ["name"], Fields = ["email"],
            OrFilters = ["name", "email"], FilterTextMatch = FilterTextMatch.EndsWith, Limit = 20,
        }).FirstPageAsync();
        var user = await Aa(wire).GetProjectUserAsync(Project, "39712a51", new AccountAdminGetOptions { Fields = ["email"] });

        var requests = wire.Requests;
        requests[0].Uri.AbsolutePath.Should().Be($"{Admin}/projects/{ProjectBare}/users");
        ConstructionWire.Query(requests[0]).Should().Equal(
            "filter[products]=docs", "filter[name]=Bob", "filter[email]=b@x.com", "filter[status]=active,pending", "filter[accessLevels]=projectAdmin", "filter[companyId]=c",
            "filter[companyName]=Sample", "filter[autodeskId]=A", "filter[id]=i", "filter[roleId]=r", "filter[roleIds]=r1,r2", "sort=name", "fields=email",
            "orFilters=name,email", "filterTextMatch=endsWith", "limit=20");
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Admin}/projects/{ProjectBare}/users/39712a51?fields=email");
        user.Phone!.PhoneType.Should().Be("mobile");
        user.AccessLevels!.Executive.Should().BeTrue();
        user.Roles[1].Name.Should().Be("Engineer");
        user.Products[0].Access.Should().Be(ProductAccess.Administrator);
        ConstructionWire.NoExtensionData(page.Values);
        ConstructionWire.NoExtensionData(user);
    }

    [Fact]
    public async Task Project_user_writes_send_User_Id_and_the_import_path_keeps_its_colon()
    {
        var wire = new ConstructionWire()
            .AnswerFixture("AccountAdmin/project-user.json", HttpStatusCode.Created)
            .AnswerFixture("AccountAdmin/project-users-import.json", HttpStatusCode.Accepted)
            .AnswerFixture("AccountAdmin/project-user-updated.json", HttpStatusCode.Created)
            .AnswerStatus(HttpStatusCode.NoContent);
        var acting = new ApsRequestOptions { UserId = "admin-autodesk-id", Region = ApsRegion.US };

        await Aa(wire).AddProjectUserAsync(Project, new ProjectUserAddRequest { Email = "b@x.com", RoleIds = ["r"], Products = [new ProjectUserProduct { Key = "docs", Access = ProductAccess.Member }] }, acting);
        var job = await Aa(wire).ImportProjectUsersAsync(Project, new ProjectUsersImportRequest { Users = [new ProjectUserImportItem { Email = "c@x.com", Products = [new ProjectUserProduct { Key = "build", Access = ProductAccess.Administrator }] }] }, acting);
        var updated = await Aa(wire).UpdateProjectUserAsync(Project, "39712a51", new ProjectUserUpdateRequest { CompanyId = null, RoleIds = new List<string> { "cda845af" } }, acting);
        await Aa(wire).RemoveProjectUserAsync(Project, "39712a51", acting);

        var requests = wire.Requests;
        requests.Should().OnlyContain(r => r.Header("User-Id") == "admin-autodesk-id" && r.Header("Region") == "US");
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"{Admin}/projects/{ProjectBare}/users");
        ConstructionWire.Body(requests[0]).GetRawText().Should().Be("""{"email":"b@x.com","roleIds":["r"],"products":[{"key":"docs","access":"member"}]}""");
        requests[1].Uri.AbsoluteUri.Should().EndWith($"/construction/admin/v2/projects/{ProjectBare}/users:import");
        ConstructionWire.Body(requests[1]).GetRawText().Should().Be("""{"users":[{"email":"c@x.com","products":[{"key":"build","access":"administrator"}]}]}""");
        requests[2].Method.Should().Be(HttpMethod.Patch);
        ConstructionWire.Body(requests[2]).GetRawText().Should().Be("""{"companyId":null,"roleIds":["cda845af"]}""");
        requests[3].Method.Should().Be(HttpMethod.Delete);
        ConstructionWire.PathAndQuery(requests[3]).Should().Be($"{Admin}/projects/{ProjectBare}/users/39712a51");
        job.JobId.Should().Be("0b7a1c2e-9d0f-4e1a-8c3b-5f6e7d8c9b0a");
        updated.Products[0].Access.Should().Be(ProductAccess.Member);
        ConstructionWire.NoExtensionData(updated);
        await FluentActions.Awaiting(() => Aa(wire).AddProjectUserAsync(Project, new ProjectUserAddRequest { Email = "x" })).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Aa(wire).UpdateProjectUserAsync(Project, "u", new ProjectUserUpdateRequest())).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Business_units_get_and_replace()
    {
        var wire = new ConstructionWire().AnswerFixture("AccountAdmin/business-units.json");

        var units = await Aa(wire).GetBusinessUnitsAsync(Account, new HqRequestOptions { Region = ApsRegion.EMEA, UseLegacyRegionPath = true });
        await Aa(wire).ReplaceBusinessUnitsAsync(Account, new BusinessUnitsReplaceRequest { BusinessUnits = [new BusinessUnit { Id = "933df8fd", Name = "North America" }, new BusinessUnit { ParentId = "933df8fd", Name = "West", Description = "CA" }] });

        var requests = wire.Requests;
        ConstructionWire.PathAndQuery(requests[0]).Should().Be($"/hq/v1/regions/eu/accounts/{AccountBare}/business_units_structure");
        requests[1].Method.Should().Be(HttpMethod.Put);
        ConstructionWire.PathAndQuery(requests[1]).Should().Be($"{Hq}/business_units_structure");
        ConstructionWire.Body(requests[1]).GetRawText().Should().Be("""{"business_units":[{"id":"933df8fd","name":"North America"},{"parent_id":"933df8fd","name":"West","description":"CA"}]}""");
        units.BusinessUnits.Should().HaveCount(2);
        units.BusinessUnits[1].Path.Should().Be("North America");
        units.BusinessUnits[0].ParentId.Should().BeNull();
        ConstructionWire.NoExtensionData(units);
        await FluentActions.Awaiting(() => Aa(wire).ReplaceBusinessUnitsAsync(Account, new BusinessUnitsReplaceRequest { BusinessUnits = [new BusinessUnit()] })).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Legacy_path_is_refused_where_the_row_lists_none()
    {
        var wire = new ConstructionWire();

        FluentActions.Invoking(() => Aa(wire).ListHqCompaniesAsync(Account, new HqListOptions { UseLegacyRegionPath = true })).Should().Throw<ArgumentException>();
        await FluentActions.Awaiting(() => Aa(wire).GetProjectAsync(default)).Should().ThrowAsync<ArgumentException>();
        wire.Handler.Count.Should().Be(0);
    }
}
