using System.Net;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;
using Aps.Sdk.JsonApi;
using static Aps.Sdk.Tests.Paging.PagingTestKit;

namespace Aps.Sdk.Tests.Paging;

/// <summary>One test (or more) per paging style of endpoints.md section 2.3, driven through the real paging loop.</summary>
public sealed class PagingStrategyTests
{
    // ---------------------------------------------------------------- ACC offset/limit envelope

    private static ApsPageable<TestItem> AccProjects(ApsPipeline pipeline)
    {
        var spec = Spec("GetProjects", HttpMethod.Get, "/construction/admin/v1/accounts/{accountId}/projects", PagingStyle.AccOffsetLimit, "/construction/admin/v1");
        var strategy = new OffsetPaging<AccPage<TestItem>, TestItem>(
            (offset, hint) => pipeline.CreateRequest(
                spec,
                null,
                ["d73fc742-4538-401c-8d0f-853b49b750b2"],
                new QueryBuilder()
                    .Add("fields", "name,platform")
                    .Add("filter[status]", "active,pending")
                    .Add("sort", "name desc")
                    .Add("limit", hint ?? 2)
                    .Add("offset", offset)),
            e => e.Items,
            e => e.Pagination?.ToOffsetInfo() ?? default);
        return new ApsPagedEnumerable<AccPage<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.AccPageTestItem, strategy, null);
    }

    [Fact]
    public async Task AccOffset_NextRequestKeepsFiltersAndAdvancesOffset_UntilNextUrlIsNull()
    {
        var handler = Pages(
            Json("""{"pagination":{"limit":2,"offset":0,"totalResults":5,"nextUrl":"https://resource?limit=2&offset=2","previousUrl":null},"results":[{"id":"p1","name":"One"},{"id":"p2","name":"Two"}]}"""),
            Json("""{"pagination":{"limit":2,"offset":2,"totalResults":5,"nextUrl":"https://resource?limit=2&offset=4","previousUrl":"https://resource?limit=2&offset=0"},"results":[{"id":"p3","name":"Three"},{"id":"p4","name":"Four"}]}"""),
            Json("""{"pagination":{"limit":2,"offset":4,"totalResults":5,"nextUrl":null,"previousUrl":"https://resource?limit=2&offset=2"},"results":[{"id":"p5","name":"Five"}]}"""));
        using var client = Client(handler);

        var items = await AccProjects(client.Pipeline).CollectAsync();

        items.Select(i => i.Id).Should().Equal("p1", "p2", "p3", "p4", "p5");
        var requests = handler.Requests.ToArray();
        requests.Should().HaveCount(3);
        requests.Select(r => Query(r.Uri)["offset"]).Should().Equal("0", "2", "4");
        foreach (var request in requests)
        {
            request.Method.Should().Be(HttpMethod.Get);
            request.Uri.AbsolutePath.Should().Be("/construction/admin/v1/accounts/d73fc742-4538-401c-8d0f-853b49b750b2/projects");
            var query = Query(request.Uri);
            query["fields"].Should().Be("name,platform");
            query["filter[status]"].Should().Be("active,pending");
            query["sort"].Should().Be("name desc");
            query["limit"].Should().Be("2");
            request.Header("Authorization").Should().Be("Bearer static-access-token-value");
        }
    }

    [Fact]
    public async Task AccOffset_ReferenceEnvelope_ResumesAtOffsetAndReportsTotal()
    {
        var handler = Pages(Json(Fixture("acc-admin-projects-offset.json")));
        using var client = Client(handler);

        ApsPage<TestItem>? first = null;
        await foreach (var page in AccProjects(client.Pipeline).AsPages("10", 20))
        {
            first = page;
            break;
        }

        first.Should().NotBeNull();
        first!.Values.Should().ContainSingle().Which.Name.Should().Be("Sample Project");
        first.TotalResults.Should().Be(121);
        first.ContinuationToken.Should().Be("11", "the next page starts right after the items received");
        var query = Query(handler.Single.Uri);
        query["offset"].Should().Be("10");
        query["limit"].Should().Be("20");
        query["filter[status]"].Should().Be("active,pending");
    }

    [Fact]
    public async Task AccOffset_EmptyNextUrl_EndsEvenWhenTotalSaysMore()
    {
        // Docs custom-attribute definitions: nextUrl "" on the last page although totalResults is 500.
        var handler = Pages(Json(Fixture("docs-custom-attributes-empty-next.json")));
        using var client = Client(handler);
        var pages = new List<ApsPage<TestItem>>();

        await foreach (var page in AccProjects(client.Pipeline).AsPages("200"))
        {
            pages.Add(page);
        }

        handler.Count.Should().Be(1);
        pages.Should().ContainSingle();
        pages[0].ContinuationToken.Should().BeNull();
        pages[0].TotalResults.Should().Be(500);
        pages[0].Values.Select(v => v.Id).Should().Equal("1001", "1002", "1003", "1004");
    }

    [Fact]
    public async Task AccOffset_NullNextUrl_EndsEvenWhenTotalSaysMore()
    {
        var handler = Pages(Json("""{"pagination":{"limit":2,"offset":0,"totalResults":10,"nextUrl":null},"results":[{"id":"a"},{"id":"b"}]}"""));
        using var client = Client(handler);

        var items = await AccProjects(client.Pipeline).CollectAsync();

        items.Should().HaveCount(2);
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task AccOffset_NonEmptyNextUrl_ContinuesEvenWithoutTotal()
    {
        var handler = Pages(
            Json("""{"pagination":{"limit":2,"offset":0,"nextUrl":"https://resource?offset=2"},"results":[{"id":"a"},{"id":"b"}]}"""),
            Json("""{"pagination":{"limit":2,"offset":2,"nextUrl":""},"results":[{"id":"c"}]}"""));
        using var client = Client(handler);

        var items = await AccProjects(client.Pipeline).CollectAsync();

        items.Select(i => i.Id).Should().Equal("a", "b", "c");
        handler.Requests.Select(r => Query(r.Uri)["offset"]).Should().Equal("0", "2");
    }

    [Fact]
    public async Task AccOffset_EmptyResults_EndsEvenWithNextUrl()
    {
        var handler = Pages(Json("""{"pagination":{"limit":2,"offset":0,"totalResults":9,"nextUrl":"https://resource?offset=2"},"results":[]}"""));
        using var client = Client(handler);

        var items = await AccProjects(client.Pipeline).CollectAsync();

        items.Should().BeEmpty();
        handler.Count.Should().Be(1);
    }

    [Theory]
    [InlineData("""{"limit":2,"offset":0,"totalResults":5}""", false, null)]
    [InlineData("""{"limit":2,"offset":0,"totalResults":5,"nextUrl":null}""", true, null)]
    [InlineData("""{"limit":2,"offset":0,"totalResults":5,"nextUrl":""}""", true, "")]
    [InlineData("""{"nextUrl":"https://resource?offset=2","limit":"2","offset":"0","totalResults":"5"}""", true, "https://resource?offset=2")]
    public void AccPagination_RecordsWhetherTheNextUrlFieldWasPresent(string pagination, bool present, string? nextUrl)
    {
        var page = JsonSerializer.Deserialize($$"""{"pagination":{{pagination}},"results":[]}""", PagingJsonContext.Default.AccPageTestItem)!;

        var info = page.Pagination!.ToOffsetInfo();

        info.HasNextUrlField.Should().Be(present);
        info.NextUrl.Should().Be(nextUrl);
        info.Limit.Should().Be(2);
        info.Offset.Should().Be(0);
        info.Total.Should().Be(5);
    }

    // ---------------------------------------------------------------- Forms: `data` instead of `results`

    [Fact]
    public async Task FormsDataVariant_ReadsDataAndFollowsOffsets()
    {
        var handler = Pages(
            Json("""{"data":[{"id":"f1","name":"Form 1"},{"id":"f2","name":"Form 2"}],"pagination":{"offset":0,"limit":2,"totalResults":3,"nextUrl":"https://developer.api.autodesk.com/construction/forms/v1/projects/p/forms?offset=2&limit=2"}}"""),
            Json(Fixture("forms-data-variant.json")));
        using var client = Client(handler);
        var spec = Spec("GetForms", HttpMethod.Get, "/construction/forms/v1/projects/{projectId}/forms", PagingStyle.AccOffsetLimit, "/construction/forms/v1");
        var pipeline = client.Pipeline;
        var strategy = new OffsetPaging<AccPage<TestItem>, TestItem>(
            (offset, hint) => pipeline.CreateRequest(spec, null, ["9ba6681e-1952-4d54-aac4-9de6d9858dd4"], new QueryBuilder().Add("offset", offset).Add("limit", hint ?? 2)),
            e => e.Items,
            e => e.Pagination?.ToOffsetInfo() ?? default);
        var pageable = new ApsPagedEnumerable<AccPage<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.AccPageTestItem, strategy, null);

        var items = await pageable.CollectAsync();

        items.Select(i => i.Name).Should().Equal("Form 1", "Form 2", "Daily Safety Inspection");
        handler.Requests.Select(r => Query(r.Uri)["offset"]).Should().Equal("0", "2");
    }

    // ---------------------------------------------------------------- RCM: nested pagination with nextOffset

    [Fact]
    public async Task RcmNestedNextOffset_UsesNextOffsetForTheNextRequest()
    {
        var handler = Pages(
            Json(Fixture("rcm-linked-files-next-offset.json")),
            Json("""{"hostFile":null,"linkedFiles":{"pagination":{"limit":100,"offset":300,"totalResults":305,"nextUrl":null},"results":[{"modelName":"Last.rvt","itemId":"urn:adsk.wipprod:dm.lineage:last"}]}}"""));
        using var client = Client(handler);
        var spec = Spec("GetLinkedFiles", HttpMethod.Get, "/construction/rcm/v1/projects/{projectId}/published-versions/{versionId}/linked-files", PagingStyle.AccOffsetLimit, "/construction/rcm/v1");
        var pipeline = client.Pipeline;
        var strategy = new OffsetPaging<TestRcmResponse, TestLinkedFile>(
            (offset, hint) => pipeline.CreateRequest(
                spec,
                null,
                ["563a4c30-e30d-4869-ac02-2a18b6447abe", "urn:adsk.wipprod:fs.file:vf.b909RzMKR4mhc3O7UBY_8g?version=2"],
                new QueryBuilder().Add("limit", hint ?? 100).Add("offset", offset).Add("includeHost", true)),
            e => e.LinkedFiles?.Items,
            e => e.LinkedFiles?.Pagination?.ToOffsetInfo() ?? default);
        var pageable = new ApsPagedEnumerable<TestRcmResponse, TestLinkedFile>(pipeline, PagingJsonContext.Default.TestRcmResponse, strategy, null);

        var pages = await pageable.AsPages("200").CollectAsync();

        pages.Should().HaveCount(2);
        pages[0].ContinuationToken.Should().Be("300", "RCM says where the next page starts (nextOffset), not offset + count");
        pages[0].TotalResults.Should().Be(305);
        pages[0].Values.Should().ContainSingle().Which.ModelName.Should().Be("StructuralModel_2023.rvt");
        pages[1].Values.Should().ContainSingle().Which.ModelName.Should().Be("Last.rvt");
        var requests = handler.Requests.ToArray();
        requests.Select(r => Query(r.Uri)["offset"]).Should().Equal("200", "300");
        requests.Should().OnlyContain(r => Query(r.Uri)["includeHost"] == "true" && Query(r.Uri)["limit"] == "100");
        requests[0].Uri.AbsolutePath.Should().Contain("urn%3Aadsk.wipprod%3Afs.file%3Avf.b909RzMKR4mhc3O7UBY_8g%3Fversion%3D2");
    }

    // ---------------------------------------------------------------- hq bare array

    private static ApsPageable<TestItem> HqUsers(ApsPipeline pipeline)
    {
        var spec = Spec("GetAccountUsers", HttpMethod.Get, "/hq/v1/accounts/{accountId}/users", PagingStyle.HqBareArray, "/hq/v1");
        var strategy = new OffsetPaging<List<TestItem>, TestItem>(
            (offset, hint) => pipeline.CreateRequest(spec, null, ["efec10ec-a367-49fd-ab92-c70185fbb660"], new QueryBuilder().Add("limit", hint ?? 10).Add("offset", offset).Add("sort", "name")),
            e => e,
            _ => default,
            defaultLimit: 10);
        return new ApsPagedEnumerable<List<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.ListTestItem, strategy, null);
    }

    [Fact]
    public async Task HqBareArray_FullPageAsksForTheNextPage_ShortPageEnds()
    {
        var handler = Pages(
            Json(Fixture("hq-account-users-bare-array.json")),
            Json("""[{"id":"u2","name":"Jane Roe"}]"""),
            Json("[]"));
        using var client = Client(handler);

        var pages = await HqUsers(client.Pipeline).AsPages(pageSizeHint: 1).CollectAsync();
        var items = pages.SelectMany(p => p.Values).ToList();

        items.Select(i => i.Name).Should().Equal("John Smith", "Jane Roe");
        var requests = handler.Requests.ToArray();
        requests.Select(r => Query(r.Uri)["offset"]).Should().Equal("0", "1", "2");
        requests.Should().OnlyContain(r => Query(r.Uri)["limit"] == "1" && Query(r.Uri)["sort"] == "name");
    }

    [Fact]
    public async Task HqBareArray_PageShorterThanTheDefaultLimit_IsTheLast()
    {
        var handler = Pages(Json(Fixture("hq-account-users-bare-array.json")));
        using var client = Client(handler);

        var items = await HqUsers(client.Pipeline).CollectAsync();

        items.Should().ContainSingle().Which.Id.Should().Be("a75e8769-621e-40b6-a524-0cffdd2f784e");
        handler.Count.Should().Be(1);
        Query(handler.Single.Uri)["limit"].Should().Be("10");
    }

    [Fact]
    public async Task HqBareArray_FullDefaultPage_AsksForTheNextPage()
    {
        var ten = "[" + string.Join(",", Enumerable.Range(0, 10).Select(i => $$"""{"id":"u{{i}}"}""")) + "]";
        var handler = Pages(Json(ten), Json("""[{"id":"u10"}]"""));
        using var client = Client(handler);

        var items = await HqUsers(client.Pipeline).CollectAsync();

        items.Should().HaveCount(11);
        handler.Requests.Select(r => Query(r.Uri)["offset"]).Should().Equal("0", "10");
    }

    // ---------------------------------------------------------------- cursor (query): follow nextUrl verbatim

    private static ApsPageable<TestItem> CursorList(ApsPipeline pipeline, OperationSpec spec, string[] pathValues)
    {
        var strategy = new LinkPaging<AccPage<TestItem>, TestItem>(
            pipeline,
            spec,
            null,
            hint => pipeline.CreateRequest(spec, null, pathValues, new QueryBuilder().Add("filter[searchText]", "Air Handler").Add("limit", hint)),
            e => e.Items,
            e => e.Pagination?.NextUrl);
        return new ApsPagedEnumerable<AccPage<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.AccPageTestItem, strategy, null);
    }

    [Fact]
    public async Task QueryCursor_FollowsNextUrlVerbatim_EvenToV1FromAV2Call()
    {
        const string next = "https://developer.api.autodesk.com/construction/assets/v1/projects/04605b7a-0c53-421e-8e11-c743e75ac10a/assets?cursorState=eyJsaW1pdCI6MjUsIm9mZnNldCI6MjV9";
        var handler = Pages(
            Json(Fixture("assets-assets-cursor.json")),
            Json("""{"pagination":{"limit":25,"cursorState":"eyJsaW1pdCI6MjUsIm9mZnNldCI6NTB9"},"results":[{"id":"asset-2"}]}"""));
        using var client = Client(handler);
        var spec = Spec("GetAssets", HttpMethod.Get, "/construction/assets/v2/projects/{projectId}/assets", PagingStyle.QueryCursor, "/construction/assets");

        var items = await CursorList(client.Pipeline, spec, ["04605b7a-0c53-421e-8e11-c743e75ac10a"]).CollectAsync();

        items.Select(i => i.Id).Should().Equal("b302d910-b5e3-46ba-81d8-6b6d30406e14", "asset-2");
        var requests = handler.Requests.ToArray();
        requests.Should().HaveCount(2);
        requests[0].Uri.AbsolutePath.Should().Be("/construction/assets/v2/projects/04605b7a-0c53-421e-8e11-c743e75ac10a/assets");
        Query(requests[0].Uri)["filter[searchText]"].Should().Be("Air Handler");
        requests[1].Uri.AbsoluteUri.Should().Be(next, "the cursor link is followed exactly as given (v1), not rebuilt from the v2 request");
        requests[1].Method.Should().Be(HttpMethod.Get);
        requests[1].Header("Authorization").Should().Be("Bearer static-access-token-value");
    }

    [Fact]
    public async Task QueryCursor_KeepsEscapedCharactersOfTheLink()
    {
        const string next = "https://developer.api.autodesk.com/construction/rcm/v1/projects/563a4c30-e30d-4869-ac02-2a18b6447abe/published-versions/urn%3Aadsk.wipprod%3Afs.file%3Avf.b909RzMKR4mhc3O7UBY_8g%3Fversion%3D2/linked-files?offset=300&limit=100&filter%5Bname%5D=a%2Fb%20c";
        var handler = Pages(
            Json($$"""{"pagination":{"limit":100,"nextUrl":"{{next}}"},"results":[{"id":"1"}]}"""),
            Json("""{"pagination":{"limit":100,"nextUrl":null},"results":[{"id":"2"}]}"""));
        using var client = Client(handler);
        var spec = Spec("GetLinkedFiles", HttpMethod.Get, "/construction/rcm/v1/projects/{projectId}/linked-files", PagingStyle.QueryCursor, "/construction/rcm/v1");

        var items = await CursorList(client.Pipeline, spec, ["563a4c30-e30d-4869-ac02-2a18b6447abe"]).CollectAsync();

        items.Should().HaveCount(2);
        handler.Requests.ToArray()[1].Uri.AbsoluteUri.Should().Be(next);
    }

    // ---------------------------------------------------------------- cursor (POST body): photos:filter

    [Fact]
    public async Task BodyCursor_RePostsNextPostBodyToNextPostUrl()
    {
        const string nextUrl = "https://developer.api.autodesk.com/construction/photos/v1/projects/8e52b200-f856-4f17-a57c-c03ba2f6673a/photos:filter";
        var handler = Pages(
            Json(Fixture("photos-filter-next-post.json")),
            Json("""{"pagination":{"limit":25},"results":[{"id":"photo-2"}]}"""));
        using var client = Client(handler);
        var pipeline = client.Pipeline;
        var spec = Spec("FilterPhotos", HttpMethod.Post, "/construction/photos/v1/projects/{projectId}/photos:filter", PagingStyle.BodyCursor, "/construction/photos/v1");
        var strategy = new BodyCursorPaging<AccPage<TestItem>, TestItem>(
            pipeline,
            spec,
            null,
            hint => WithJsonBody(pipeline.CreateRequest(spec, null, ["8e52b200-f856-4f17-a57c-c03ba2f6673a"]), """{"filter":{"title":"dry wall"},"limit":25}"""),
            e => e.Items,
            e => (e.Pagination?.NextPost?.Url, e.Pagination?.NextPost?.Body));
        var pageable = new ApsPagedEnumerable<AccPage<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.AccPageTestItem, strategy, null);

        var items = await pageable.CollectAsync();

        items.Select(i => i.Id).Should().Equal("5439bfb7-8006-4388-a454-f02560f99566", "photo-2");
        var requests = handler.Requests.ToArray();
        requests.Should().HaveCount(2);
        requests[0].Method.Should().Be(HttpMethod.Post);
        requests[0].Body.Should().Contain("dry wall");
        requests[1].Method.Should().Be(HttpMethod.Post);
        requests[1].Uri.AbsoluteUri.Should().Be(nextUrl);
        requests[1].ContentType.Should().Be("application/json");
        using var body = JsonDocument.Parse(requests[1].Body!);
        body.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("cursorState");
        body.RootElement.GetProperty("cursorState").GetString().Should().Be("eyJsaW1pdCI6MjUsICJ0aXRsZSI6ICJ3YWxsIn0Ks");
        requests[1].Header("Authorization").Should().Be("Bearer static-access-token-value");
    }

    // ---------------------------------------------------------------- cursor (pageState): Webhooks

    private static ApsPageable<TestHook> Hooks(ApsPipeline pipeline, ApsRequestOptions? options)
    {
        var spec = new OperationSpec("Webhooks", "GetHooks", HttpMethod.Get, "/webhooks/v1/hooks")
        {
            Scopes = ApsScopes.Create(ApsScopes.DataRead),
            Paging = PagingStyle.PageState,
            ServiceBasePath = "/webhooks/v1",
            RegionStyle = RegionStyle.XAdsRegionHeader,
        };
        var strategy = new LinkPaging<TestWebhooksPage, TestHook>(
            pipeline,
            spec,
            options,
            _ => pipeline.CreateRequest(spec, options, [], new QueryBuilder().Add("status", "active")),
            e => e.Data,
            e => e.Links?.Next);
        return new ApsPagedEnumerable<TestWebhooksPage, TestHook>(pipeline, PagingJsonContext.Default.TestWebhooksPage, strategy, options);
    }

    [Fact]
    public async Task PageState_RelativeNextResolvesAgainstWebhooksBasePath_And204EndsTheList()
    {
        const string pageState = "AMMAEACAtgALYWRzay53aXBkZXYNZnMuZmlsZS5hZGRlZAZmb2xkZXIydXJuOmFkc2sud2lwcWE6ZnMuZm9sZGVyOmNvLlRSM253QUtoVFNDQ0x0azY0VE52Q2cydXJuOmFkc2sud2lwcWE6ZnMuZm9sZGVyOmNvLlRSM253QUtoVFNDQ0x0azY0VE52Q2ctaHR0cDovL2FwaS53ZWJob29raW5ib3guY29tL2kvM0l6eGlLZndmL2luL3gy8H____3wf____Twpc5_2RqlBtCsLMPJlT9kABA==";
        var handler = Pages(
            Json(Fixture("webhooks-hooks-page.json")),
            Json("""{"links":{"next":"/hooks?pageState=U0VDT05E"},"data":[{"hookId":"h3","event":"dm.folder.added","createdDate":"2020-09-14T17:04:10.444+0000"}]}"""),
            Status(HttpStatusCode.NoContent));
        using var client = Client(handler);
        var options = new ApsRequestOptions { Region = ApsRegion.EMEA };

        var pages = await Hooks(client.Pipeline, options).AsPages().CollectAsync();

        pages.Should().HaveCount(3);
        pages.SelectMany(p => p.Values).Select(h => h.HookId).Should().Equal("0f60f6a0-996c-11e7-abf3-51d68cff984c", "1f63f6a4-106c-11e7-qrf9-72d68cff984d", "h3");
        pages[0].ContinuationToken.Should().Be(PagingTestKit.Host + "/webhooks/v1/hooks?pageState=" + pageState);
        pages[2].StatusCode.Should().Be(204);
        pages[2].Values.Should().BeEmpty();
        pages[2].ContinuationToken.Should().BeNull();
        var requests = handler.Requests.ToArray();
        requests.Select(r => r.Uri.AbsoluteUri).Should().Equal(
            PagingTestKit.Host + "/webhooks/v1/hooks?status=active",
            PagingTestKit.Host + "/webhooks/v1/hooks?pageState=" + pageState,
            PagingTestKit.Host + "/webhooks/v1/hooks?pageState=U0VDT05E");
        requests.Should().OnlyContain(r => r.Header("x-ads-region") == "EMEA", "the region header goes with every page");
    }

    [Fact]
    public async Task PageState_204OnTheFirstPage_IsAnEmptyList()
    {
        var handler = Pages(Status(HttpStatusCode.NoContent), Status(HttpStatusCode.NoContent));
        using var client = Client(handler);

        var pages = await Hooks(client.Pipeline, null).AsPages().CollectAsync();

        pages.Should().ContainSingle().Which.StatusCode.Should().Be(204);
        pages[0].Values.Should().BeEmpty();
        handler.Count.Should().Be(1);
        (await Hooks(client.Pipeline, null).CollectAsync()).Should().BeEmpty();
        handler.Count.Should().Be(2);
    }

    // ---------------------------------------------------------------- JSON:API links.next.href

    [Fact]
    public async Task JsonApiLinks_FollowsNextHref_KeepsIncludedMetaAndWarningsPerPage()
    {
        const string project = "b.c2960674-2d1e-4cc8-a5f0-4b9026fd3f5d";
        const string folder = "urn:adsk.wipprod:dm.folder:sdfedf8wefl";
        const string contents = "/data/v1/projects/b.c2960674-2d1e-4cc8-a5f0-4b9026fd3f5d/folders/urn%3Aadsk.wipprod%3Adm.folder%3Asdfedf8wefl/contents";
        var handler = Pages(
            Json(Fixture("dm-folder-contents.json")),
            Json($$$"""
                {"jsonapi":{"version":"1.0"},
                 "links":{"self":"{{{contents}}}?page%5Bnumber%5D=4","next":"{{{contents}}}?page%5Bnumber%5D=5"},
                 "data":[{"type":"items","id":"urn:adsk.wipprod:dm.lineage:page4"}],
                 "meta":{"warnings":[{"Id":null,"HttpStatusCode":"403","ErrorCode":"BIM360DM_ERROR","Title":"Unable to get hubs from BIM360DM APAC.","Detail":"You don't have permission to access this API","AboutLink":null,"Source":null,"meta":null}]}}
                """),
            Json("""{"jsonapi":{"version":"1.0"},"links":{"next":null},"data":[{"type":"folders","id":"urn:adsk.wipprod:dm.folder:page5"}]}"""));
        using var client = Client(handler);
        var pipeline = client.Pipeline;
        var spec = Spec("GetFolderContents", HttpMethod.Get, "/data/v1/projects/{projectId}/folders/{folderId}/contents", PagingStyle.JsonApiLinks, "/data/v1");
        var strategy = new LinkPaging<JsonApiDocument<IReadOnlyList<JsonApiResource>>, JsonApiResource>(
            pipeline,
            spec,
            null,
            hint => pipeline.CreateRequest(spec, null, [project, folder], new QueryBuilder().Add("page[number]", 3).Add("page[limit]", hint)),
            d => d.Data,
            d => d.Links?.Next?.Href)
        {
            Included = d => d.Included,
            Meta = d => d.Meta,
        };
        var pageable = new ApsPagedEnumerable<JsonApiDocument<IReadOnlyList<JsonApiResource>>, JsonApiResource>(
            pipeline, ApsJsonContext.Default.JsonApiDocumentIReadOnlyListJsonApiResource, strategy, null);

        var pages = await pageable.AsPages(pageSizeHint: 2).CollectAsync();

        pages.Should().HaveCount(3);
        pages[0].Values.Select(r => r.Type).Should().Equal("folders", "items");
        pages[0].Included.Should().ContainSingle().Which.Id.Should().Be("urn:adsk.wipprod:fs.file:vf.d34fdsg3g?version=2");
        pages[0].Warnings.Should().BeEmpty();
        pages[1].Included.Should().BeEmpty();
        pages[1].Meta.Should().NotBeNull();
        pages[1].Warnings.Should().ContainSingle().Which.ErrorCode.Should().Be("BIM360DM_ERROR");
        pages[1].Warnings[0].HttpStatusCode.Should().Be("403");
        pages[2].Values.Should().ContainSingle().Which.Id.Should().Be("urn:adsk.wipprod:dm.folder:page5");
        pages[2].ContinuationToken.Should().BeNull();

        var requests = handler.Requests.ToArray();
        requests[0].Uri.AbsolutePath.Should().Be(contents);
        Query(requests[0].Uri)["page[number]"].Should().Be("3");
        Query(requests[0].Uri)["page[limit]"].Should().Be("2");
        requests[1].Uri.AbsoluteUri.Should().Be(PagingTestKit.Host + contents + "?page%5Bnumber%5D=4", "links.next.href (object form) is followed");
        requests[2].Uri.AbsoluteUri.Should().Be(PagingTestKit.Host + contents + "?page%5Bnumber%5D=5", "links.next (string form) is followed");
    }

    // ---------------------------------------------------------------- OSS startAt {items, next}

    [Fact]
    public async Task OssStartAt_FollowsNext_UntilAbsent()
    {
        var handler = Pages(
            Json("""{"items":[{"bucketKey":"b1","createdDate":1463785697128,"policyKey":"transient"},{"bucketKey":"b2","createdDate":1463785697129,"policyKey":"temporary"}],"next":"https://developer.api.autodesk.com/oss/v2/buckets?startAt=b2&limit=2"}"""),
            Json("""{"items":[{"bucketKey":"b3","createdDate":"1463785697130","policyKey":"persistent"}]}"""));
        using var client = Client(handler);
        var pipeline = client.Pipeline;
        var spec = Spec("GetBuckets", HttpMethod.Get, "/oss/v2/buckets", PagingStyle.StartAt, "/oss/v2");
        var strategy = new LinkPaging<TestOssPage, TestBucket>(
            pipeline,
            spec,
            null,
            hint => pipeline.CreateRequest(spec, null, [], new QueryBuilder().Add("limit", hint ?? 2)),
            e => e.Items,
            e => e.Next);
        var pageable = new ApsPagedEnumerable<TestOssPage, TestBucket>(pipeline, PagingJsonContext.Default.TestOssPage, strategy, null);

        var buckets = await pageable.CollectAsync();

        buckets.Select(b => b.BucketKey).Should().Equal("b1", "b2", "b3");
        buckets[0].CreatedDate.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1463785697128));
        buckets[2].CreatedDate.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1463785697130));
        var requests = handler.Requests.ToArray();
        requests.Should().HaveCount(2);
        Query(requests[0].Uri).Should().NotContainKey("startAt");
        Query(requests[1].Uri)["startAt"].Should().Be("b2");
        Query(requests[1].Uri)["limit"].Should().Be("2");
    }

    // ---------------------------------------------------------------- body offset/limit

    [Fact]
    public async Task BodyOffsetLimit_PostsTheNextOffsetInTheBody_UntilTheTotalIsReached()
    {
        var handler = Pages(
            Json("""{"pagination":{"limit":2,"offset":0,"totalResults":5},"results":[{"id":"r1"},{"id":"r2"}]}"""),
            Json("""{"pagination":{"limit":2,"offset":2,"totalResults":5},"results":[{"id":"r3"},{"id":"r4"}]}"""),
            Json("""{"pagination":{"limit":2,"offset":4,"totalResults":5},"results":[{"id":"r5"}]}"""));
        using var client = Client(handler);
        var pipeline = client.Pipeline;
        var spec = Spec("SearchRfis", HttpMethod.Post, "/construction/rfis/v3/projects/{projectId}/search:rfis", PagingStyle.BodyOffsetLimit, "/construction/rfis/v3");
        var strategy = new OffsetPaging<AccPage<TestItem>, TestItem>(
            (offset, hint) =>
            {
                var request = pipeline.CreateRequest(spec, null, ["p1"]);
                ApsPipeline.SetJsonBody(request, new TestQueryBody { Query = "status:open", Pagination = new TestBodyPagination { Offset = offset, Limit = hint ?? 2 } }, PagingJsonContext.Default.TestQueryBody);
                return request;
            },
            e => e.Items,
            e => e.Pagination?.ToOffsetInfo() ?? default);
        var pageable = new ApsPagedEnumerable<AccPage<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.AccPageTestItem, strategy, null);

        var items = await pageable.CollectAsync();

        items.Select(i => i.Id).Should().Equal("r1", "r2", "r3", "r4", "r5");
        var requests = handler.Requests.ToArray();
        requests.Should().HaveCount(3);
        requests.Should().OnlyContain(r => r.Method == HttpMethod.Post && r.Uri.AbsoluteUri == PagingTestKit.Host + "/construction/rfis/v3/projects/p1/search:rfis");
        var bodies = requests.Select(r => JsonSerializer.Deserialize(r.Body!, PagingJsonContext.Default.TestQueryBody)!).ToArray();
        bodies.Select(b => b.Pagination!.Offset).Should().Equal(0, 2, 4);
        bodies.Should().OnlyContain(b => b.Query == "status:open" && b.Pagination!.Limit == 2);
    }

    // ---------------------------------------------------------------- fake pagination

    [Fact]
    public async Task FakePagination_SendsOneRequestOnly_WhateverThePaginationObjectSays()
    {
        var handler = Pages(Json(Fixture("assets-categories-fake-pagination.json")));
        using var client = Client(handler);
        var pipeline = client.Pipeline;
        var spec = Spec("GetCategories", HttpMethod.Get, "/construction/assets/v1/projects/{projectId}/categories", PagingStyle.FakePagination, "/construction/assets");
        var strategy = new SinglePagePaging<AccPage<TestItem>, TestItem>(
            () => pipeline.CreateRequest(spec, null, ["p1"], new QueryBuilder().Add("includeUid", true)),
            e => e.Items);
        var pageable = new ApsPagedEnumerable<AccPage<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.AccPageTestItem, strategy, null);

        var pages = await pageable.AsPages(pageSizeHint: 25).CollectAsync();

        pages.Should().ContainSingle();
        pages[0].ContinuationToken.Should().BeNull();
        pages[0].Values.Should().ContainSingle().Which.Name.Should().Be("Electrical");
        handler.Count.Should().Be(1);
        Query(handler.Single.Uri).Should().NotContainKeys("limit", "offset");
    }
}
