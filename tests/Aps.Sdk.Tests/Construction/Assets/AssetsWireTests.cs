using System.Net;
using Aps.Sdk.Construction.Assets;
using static Aps.Sdk.Tests.Acc.AccmKit;

namespace Aps.Sdk.Tests.Acc.Assets;

public class AssetsWireTests
{
    private static string Fixture(string name) => AccmKit.Fixture("Assets", name);

    private static string LastPage(string name) => WithPagination(Fixture(name), p => p.Remove("nextUrl"));

    [Fact]
    public async Task ListAssets_sends_filters_strips_b_prefix_and_follows_the_v1_nextUrl_verbatim()
    {
        using var kit = new AccmKit(Fixture("assets-v2.json"), LastPage("assets-v2.json"));
        var options = new AssetListOptions
        {
            Limit = 25,
            SearchText = "Air Handler",
            UpdatedAt = "2020-05-01T06:00:00.000Z..",
            Sort = "clientAssetId desc",
            IncludeCustomAttributes = true,
            IncludeDeleted = false,
            IncludeSubLocations = true,
        };
        options.CategoryIds.Add("1");
        options.CategoryIds.Add("2");
        options.StatusLabels.Add("ordered");
        options.StatusIds.Add("84eb6a10-dde3-475f-aaf4-b5df3aebbd0b");
        options.LocationIds.Add("826e102a-36de-41e7-8c58-1b1696ccbba8");
        options.CustomAttributes["ca2"] = ["1..5"];
        options.CustomAttributes["ca5"] = ["a", "b"];

        var assets = await kit.Client.Construction.Assets.ListAssetsAsync(DmProjectId, options).CollectAsync();

        assets.Should().HaveCount(2);
        var requests = kit.Requests;
        requests.Should().HaveCount(2);
        var first = requests[0];
        first.Method.Should().Be(HttpMethod.Get);
        first.Uri.AbsolutePath.Should().Be($"/construction/assets/v2/projects/{ProjectGuid}/assets");
        Query(first).Should().Equal(
            "limit=25",
            "filter[categoryId]=1",
            "filter[categoryId]=2",
            "filter[statusLabel]=ordered",
            "filter[statusId]=84eb6a10-dde3-475f-aaf4-b5df3aebbd0b",
            "filter[locationId]=826e102a-36de-41e7-8c58-1b1696ccbba8",
            "filter[customAttributes][ca2]=1..5",
            "filter[customAttributes][ca5]=a",
            "filter[customAttributes][ca5]=b",
            "filter[searchText]=Air Handler",
            "filter[updatedAt]=2020-05-01T06:00:00.000Z..",
            "sort=clientAssetId desc",
            "includeCustomAttributes=true",
            "includeDeleted=false",
            "includeSubLocations=true");
        first.Uri.Query.Should().Contain("filter[customAttributes][ca2]=1..5").And.Contain("filter[searchText]=Air%20Handler");
        first.Header("Authorization").Should().Be("Bearer static-access-token-value");
        first.Header("x-user-id").Should().BeNull();

        // The second page is the nextUrl exactly as returned, v1 path included (endpoints.md 2.3).
        requests[1].Uri.AbsoluteUri.Should().Be($"{Host}/construction/assets/v1/projects/{ProjectGuid}/assets?cursorState=eyJsaW1pdCI6MjUsIm9mZnNldCI6MjV9");

        var asset = assets[0];
        asset.Id.Should().Be("b302d910-b5e3-46ba-81d8-6b6d30406e14");
        asset.CreatedAt.Should().Be(new DateTimeOffset(2020, 5, 1, 6, 0, 0, TimeSpan.Zero));
        asset.CreatedBy.Should().Be("LA7ZL85MU7ML");
        asset.DeletedBy.Should().Be("LA7ZL85MU7ML");
        asset.IsActive.Should().BeTrue();
        asset.Version.Should().Be(1);
        asset.ClientAssetId.Should().Be("MVS-3D2");
        asset.CategoryId.Should().Be("42");
        asset.StatusId.Should().Be("84eb6a10-dde3-475f-aaf4-b5df3aebbd0b");
        asset.Description.Should().Be("AC unit for basement");
        asset.LocationId.Should().Be("826e102a-36de-41e7-8c58-1b1696ccbba8");
        asset.Barcode.Should().Be("F0086728");
        asset.CompanyId.Should().Be("07b5f07d-c54a-4236-a086-f84192fabdb3");
        asset.CustomAttributes["ca1"].GetBoolean().Should().BeTrue();
        asset.CustomAttributes["ca2"].GetDouble().Should().Be(6.5);
        asset.CustomAttributes["ca5"].GetArrayLength().Should().Be(2);
        AllFieldsTyped(assets);
    }

    [Fact]
    public async Task ListAssets_pages_expose_the_cursor_and_a_page_size_hint_wins()
    {
        using var kit = new AccmKit(LastPage("assets-v2.json"));
        var pages = await kit.Client.Construction.Assets.ListAssetsAsync(ProjectGuid, new AssetListOptions { Limit = 10, CursorState = "abc" }).AsPages(pageSizeHint: 5).CollectAsync();

        pages.Should().ContainSingle().Which.ContinuationToken.Should().BeNull();
        Query(kit.Single).Should().Equal("cursorState=abc", "limit=5");
    }

    [Fact]
    public async Task ListCategories_sends_its_filters_and_does_not_page_despite_the_pagination_object()
    {
        using var kit = new AccmKit(Fixture("categories.json"));
        var categories = await kit.Client.Construction.Assets.ListCategoriesAsync(DmProjectId, new AssetCategoryListOptions
        {
            IsActive = true,
            ParentId = "122",
            MaxDepth = 2,
            UpdatedAt = "2020-01-01T00:00:00.000Z..2020-12-31T00:00:00.000Z",
            IncludeUid = true,
        }).CollectAsync();

        var request = kit.Single;
        request.Uri.AbsolutePath.Should().Be($"/construction/assets/v1/projects/{ProjectGuid}/categories");
        Query(request).Should().Equal(
            "filter[isActive]=true",
            "filter[parentId]=122",
            "filter[maxDepth]=2",
            "filter[updatedAt]=2020-01-01T00:00:00.000Z..2020-12-31T00:00:00.000Z",
            "includeUid=true");
        var category = categories.Should().ContainSingle().Subject;
        category.Id.Should().Be("123");
        category.Name.Should().Be("Electrical");
        category.Description.Should().Be("Electrical Outlets");
        category.Uid.Should().Be("b4511bcd-e141-4253-8607-26b194de4ae3");
        category.ParentId.Should().Be("122");
        category.IsRoot.Should().BeFalse();
        category.IsLeaf.Should().BeFalse();
        category.SubcategoryIds.Should().Equal("124", "125");
        category.UpdatedAt.Should().Be(new DateTimeOffset(2020, 5, 1, 6, 0, 0, TimeSpan.Zero));
        AllFieldsTyped(categories);
    }

    [Fact]
    public async Task ListStatusStepSets_reads_the_nested_statuses_and_follows_the_cursor()
    {
        using var kit = new AccmKit(Fixture("status-step-sets.json"), LastPage("status-step-sets.json"));
        var sets = await kit.Client.Construction.Assets.ListStatusStepSetsAsync(DmProjectId, new AssetSettingsListOptions { Limit = 50, IncludeDeleted = true, UpdatedAt = "..2021-01-01T00:00:00.000Z" }).CollectAsync();

        kit.Requests.Should().HaveCount(2);
        kit.Requests[0].Uri.AbsolutePath.Should().Be($"/construction/assets/v1/projects/{ProjectGuid}/status-step-sets");
        Query(kit.Requests[0]).Should().Equal("limit=50", "includeDeleted=true", "filter[updatedAt]=..2021-01-01T00:00:00.000Z");
        kit.Requests[1].Uri.AbsoluteUri.Should().Be($"{Host}/construction/assets/v1/projects/{ProjectGuid}/assets?cursorState=eyJsaW1pdCI6MjUsIm9mZnNldCI6MjV9");
        var set = sets[0];
        set.Name.Should().Be("Spatiotemporal Status Set");
        set.Description.Should().Be("My really cool status step set");
        set.IsDefault.Should().BeFalse();
        set.ProjectId.Should().Be("f74a012c-62fd-4988-ac2b-c5b4fd937724");
        var status = set.Values.Should().ContainSingle().Subject;
        status.Label.Should().Be("Functional-Testing");
        status.Color.Should().Be("green");
        status.StatusStepSetId.Should().Be("6eb35939-e5fb-453a-98ed-e2e11f326e73");
        status.Bucket.Should().Be("custom_functional_testing_status_1582935184385");
        status.SortOrder.Should().Be(1);
        AllFieldsTyped(sets);
    }

    [Fact]
    public async Task ListAssetStatuses_reads_the_example()
    {
        using var kit = new AccmKit(LastPage("asset-statuses.json"));
        var statuses = await kit.Client.Construction.Assets.ListAssetStatusesAsync(ProjectGuid).CollectAsync();

        kit.Single.Uri.AbsolutePath.Should().Be($"/construction/assets/v1/projects/{ProjectGuid}/asset-statuses");
        kit.Single.Uri.Query.Should().BeEmpty();
        var status = statuses.Should().ContainSingle().Subject;
        status.Id.Should().Be("b302d910-b5e3-46ba-81d8-6b6d30406e14");
        status.Label.Should().Be("Functional-Testing");
        status.Description.Should().Be("Custom Functional Testing Status");
        status.Version.Should().Be(1);
        status.IsActive.Should().BeTrue();
        AllFieldsTyped(statuses);
    }

    [Fact]
    public async Task ListCustomAttributes_reads_definitions_with_their_values()
    {
        using var kit = new AccmKit(LastPage("custom-attributes.json"));
        var attributes = await kit.Client.Construction.Assets.ListCustomAttributesAsync(DmProjectId, new AssetSettingsListOptions { CursorState = "c1" }).CollectAsync();

        kit.Single.Uri.AbsolutePath.Should().Be($"/construction/assets/v1/projects/{ProjectGuid}/custom-attributes");
        Query(kit.Single).Should().Equal("cursorState=c1");
        var attribute = attributes.Should().ContainSingle().Subject;
        attribute.Name.Should().Be("ca1");
        attribute.DisplayName.Should().Be("Elevator Speed");
        attribute.DataType.Should().Be("multi_select");
        attribute.EnumValues.Should().Equal("Custom Select Value");
        attribute.RequiredOnIngress.Should().BeTrue();
        attribute.MaxLengthOnIngress.Should().Be(100);
        attribute.DefaultValue.Should().Be("2019-01-01");
        var value = attribute.Values.Should().ContainSingle().Subject;
        value.CustomAttributeId.Should().Be("3063f212-6ce9-494e-b749-eb73b4445bf0");
        value.DisplayName.Should().Be("Custom Select Value");
        AllFieldsTyped(attributes);
    }

    [Fact]
    public async Task ListCategoryCustomAttributes_sends_includeInherited_and_reads_the_inherited_category()
    {
        using var kit = new AccmKit(Fixture("category-custom-attributes.json"));
        var attributes = await kit.Client.Construction.Assets.ListCategoryCustomAttributesAsync(DmProjectId, "12 3", includeInherited: true).CollectAsync();

        kit.Single.Uri.AbsolutePath.Should().Be($"/construction/assets/v1/projects/{ProjectGuid}/categories/12%203/custom-attributes");
        Query(kit.Single).Should().Equal("includeInherited=true");
        attributes.Should().ContainSingle().Which.InheritedFromCategoryId.Should().Be("123");
        AllFieldsTyped(attributes);
    }

    [Fact]
    public async Task Bad_input_is_refused_before_any_call()
    {
        using var kit = new AccmKit("{}");
        var assets = kit.Client.Construction.Assets;

        FluentActions.Invoking(() => assets.ListAssetsAsync(default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => assets.ListAssetsAsync(ProjectGuid, new AssetListOptions { Limit = 201 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => assets.ListCategoryCustomAttributesAsync(ProjectGuid, " ")).Should().Throw<ArgumentException>();
        await FluentActions.Awaiting(() => assets.ListAssetsAsync(ProjectGuid, new AssetListOptions { UserId = "U1" }).CollectAsync()).Should().ThrowAsync<ArgumentException>("Assets needs a user context and takes no x-user-id");
        await FluentActions.Awaiting(() => assets.ListAssetStatusesAsync(ProjectGuid, new AssetSettingsListOptions { Region = ApsRegion.EMEA }).CollectAsync()).Should().ThrowAsync<ArgumentException>("Assets routes by itself");
        kit.Handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_rate_limit_answer_surfaces_as_ApsRateLimitException()
    {
        using var kit = new AccmKit((HttpStatusCode.TooManyRequests, """{"detail":"slow down"}"""));
        var act = () => kit.Client.Construction.Assets.ListCategoriesAsync(ProjectGuid).CollectAsync();

        var error = await act.Should().ThrowAsync<ApsRateLimitException>();
        error.Which.StatusCode.Should().Be(429);
    }

    [Fact]
    public async Task CreateAssets_posts_the_array_of_definitions_and_reads_the_created_assets()
    {
        // The answer: the results of the seed 001 assets example (the create call is beyond the inventory rows).
        using var kit = new AccmKit(Fixture("assets-v2.json"));
        var created = await kit.Client.Construction.Assets.CreateAssetsAsync(DmProjectId,
        [
            new AssetCreateRequest
            {
                ClientAssetId = "MVS-3D2",
                CategoryId = "42",
                StatusId = "84eb6a10-dde3-475f-aaf4-b5df3aebbd0b",
                Barcode = "F0086728",
                CustomAttributes = new Dictionary<string, System.Text.Json.JsonElement> { ["ca1"] = System.Text.Json.JsonDocument.Parse("true").RootElement },
            },
        ]);

        var request = kit.Single;
        request.Method.Should().Be(HttpMethod.Post);
        request.Uri.AbsoluteUri.Should().Be($"{Host}/construction/assets/v2/projects/{ProjectGuid}/assets:batch-create");
        request.ContentType.Should().Be("application/json");
        SameJson(request.Body, """[{"clientAssetId":"MVS-3D2","categoryId":"42","statusId":"84eb6a10-dde3-475f-aaf4-b5df3aebbd0b","barcode":"F0086728","customAttributes":{"ca1":true}}]""");
        created.Should().ContainSingle().Which.Id.Should().Be("b302d910-b5e3-46ba-81d8-6b6d30406e14");
        AllFieldsTyped(created);
    }

    [Fact]
    public async Task CreateAssets_reads_a_bare_array_and_refuses_bad_batches_before_any_call()
    {
        using var kit = new AccmKit("""[{"id":"a1","clientAssetId":"X"}]""");
        var assets = kit.Client.Construction.Assets;
        var created = await assets.CreateAssetsAsync(ProjectGuid, [new AssetCreateRequest { ClientAssetId = "X", CategoryId = "1" }]);
        created.Should().ContainSingle().Which.ClientAssetId.Should().Be("X");

        await FluentActions.Awaiting(() => assets.CreateAssetsAsync(ProjectGuid, [])).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => assets.CreateAssetsAsync(ProjectGuid, [new AssetCreateRequest { ClientAssetId = "X" }])).Should().ThrowAsync<ArgumentException>();
        var tooMany = Enumerable.Range(0, 101).Select(i => new AssetCreateRequest { ClientAssetId = $"A{i}", CategoryId = "1" }).ToList();
        await FluentActions.Awaiting(() => assets.CreateAssetsAsync(ProjectGuid, tooMany)).Should().ThrowAsync<ArgumentException>();
        kit.Handler.Count.Should().Be(1);
    }
}
