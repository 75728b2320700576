using System.Net;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Paging.PagingTestKit;

namespace Aps.Sdk.Tests.Paging;

/// <summary>The semantics of the one paging loop: laziness, re-enumeration, resumption, loop and host guards, errors.</summary>
public sealed class PagedEnumerableTests
{
    private const string Page2 = "https://developer.api.autodesk.com/oss/v2/buckets?startAt=b2&limit=2";
    private const string Page3 = "https://developer.api.autodesk.com/oss/v2/buckets?startAt=b3&limit=2";

    private static readonly string FirstPage = $$"""{"items":[{"bucketKey":"b1"},{"bucketKey":"b2"}],"next":"{{Page2}}"}""";
    private static readonly string SecondPage = """{"items":[{"bucketKey":"b3"}]}""";

    private static ApsPageable<TestBucket> Buckets(ApsPipeline pipeline, string serviceBasePath = "/oss/v2", ApsRequestOptions? options = null)
    {
        var spec = Spec("GetBuckets", HttpMethod.Get, "/oss/v2/buckets", PagingStyle.StartAt, serviceBasePath);
        var strategy = new LinkPaging<TestOssPage, TestBucket>(
            pipeline,
            spec,
            options,
            hint => pipeline.CreateRequest(spec, options, [], new QueryBuilder().Add("limit", hint ?? 2)),
            e => e.Items,
            e => e.Next);
        return new ApsPagedEnumerable<TestOssPage, TestBucket>(pipeline, PagingJsonContext.Default.TestOssPage, strategy, options);
    }

    [Fact]
    public async Task Enumeration_IsLazy_NoRequestUntilItStarts_AndBreakingAfterOneItemSendsOneRequest()
    {
        var handler = Pages(Json(FirstPage), Json(SecondPage));
        using var client = Client(handler);

        var pageable = Buckets(client.Pipeline);
        var pages = pageable.AsPages();
        handler.Count.Should().Be(0, "creating the pageable or its pages sends nothing");

        TestBucket? first = null;
        await foreach (var bucket in pageable)
        {
            first = bucket;
            break;
        }

        first!.BucketKey.Should().Be("b1");
        handler.Count.Should().Be(1);
        pages.Should().NotBeNull();
    }

    [Fact]
    public async Task Enumeration_IsRepeatable_EachEnumerationStartsFromPageOne()
    {
        var handler = Pages(Json(FirstPage), Json(SecondPage), Json(FirstPage), Json(SecondPage));
        using var client = Client(handler);
        var pageable = Buckets(client.Pipeline);

        var once = await pageable.CollectAsync();
        var twice = await pageable.CollectAsync();

        once.Select(b => b.BucketKey).Should().Equal("b1", "b2", "b3");
        twice.Select(b => b.BucketKey).Should().Equal("b1", "b2", "b3");
        var requests = handler.Requests.ToArray();
        requests.Should().HaveCount(4);
        requests[2].Uri.Should().Be(requests[0].Uri);
        requests[3].Uri.AbsoluteUri.Should().Be(Page2);
    }

    [Fact]
    public async Task AsPages_WithAContinuationToken_ResumesAtThatPage()
    {
        var handler = Pages(Json(FirstPage), Json(SecondPage));
        using var client = Client(handler);
        var pageable = Buckets(client.Pipeline);

        string? token = null;
        await foreach (var page in pageable.AsPages())
        {
            token = page.ContinuationToken;
            break;
        }

        token.Should().Be(Page2);
        var resumed = await pageable.AsPages(token).CollectAsync();

        resumed.Should().ContainSingle().Which.Values.Select(b => b.BucketKey).Should().Equal("b3");
        handler.Requests.Select(r => r.Uri.AbsoluteUri).Should().Equal(PagingTestKit.Host + "/oss/v2/buckets?limit=2", Page2);
    }

    [Fact]
    public async Task AsPages_WithAnOffsetToken_ResumesAtThatOffset()
    {
        var handler = Pages(Json("""[{"id":"u7"}]"""));
        using var client = Client(handler);
        var pipeline = client.Pipeline;
        var spec = Spec("GetUsers", HttpMethod.Get, "/hq/v1/accounts/{accountId}/users", PagingStyle.HqBareArray, "/hq/v1");
        var strategy = new OffsetPaging<List<TestItem>, TestItem>(
            (offset, hint) => pipeline.CreateRequest(spec, null, ["a"], new QueryBuilder().Add("limit", hint ?? 10).Add("offset", offset)),
            e => e,
            _ => default,
            10);
        var pageable = new ApsPagedEnumerable<List<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.ListTestItem, strategy, null);

        var pages = await pageable.AsPages("7").CollectAsync();

        pages.Should().ContainSingle();
        Query(handler.Single.Uri)["offset"].Should().Be("7");
        var foreign = async () => await pageable.AsPages("not-an-offset").CollectAsync();
        await foreign.Should().ThrowAsync<ArgumentException>();
        handler.Count.Should().Be(1, "a foreign token is refused before any request");
    }

    [Fact]
    public void AsPages_WithANonPositivePageSize_Throws()
    {
        using var client = Client(Pages());
        var pageable = Buckets(client.Pipeline);

        var act = () => pageable.AsPages(pageSizeHint: 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task RepeatedNextLink_StopsTheLoop()
    {
        var handler = Pages(
            Json(FirstPage),
            Json($$"""{"items":[{"bucketKey":"b3"}],"next":"{{Page2}}"}"""));
        using var client = Client(handler);

        var buckets = await Buckets(client.Pipeline).CollectAsync();

        buckets.Select(b => b.BucketKey).Should().Equal("b1", "b2", "b3");
        handler.Count.Should().Be(2);
    }

    [Fact]
    public async Task NextLinkEqualToTheResumeToken_StopsTheLoop()
    {
        var handler = Pages(Json($$"""{"items":[{"bucketKey":"b3"}],"next":"{{Page2}}"}"""));
        using var client = Client(handler);

        var pages = await Buckets(client.Pipeline).AsPages(Page2).CollectAsync();

        pages.Should().ContainSingle();
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Cancellation_ThroughWithCancellation_StopsWithOperationCanceled()
    {
        var handler = Pages(Json(FirstPage), Json(SecondPage));
        using var client = Client(handler);
        using var cts = new CancellationTokenSource();
        var seen = new List<string?>();

        var act = async () =>
        {
            await foreach (var bucket in Buckets(client.Pipeline).WithCancellation(cts.Token))
            {
                seen.Add(bucket.BucketKey);
                if (seen.Count == 2)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Equal("b1", "b2");
        handler.Count.Should().Be(1, "the next page is not requested once cancelled");
    }

    [Fact]
    public async Task Cancellation_BeforeTheFirstPage_SendsNothing()
    {
        var handler = Pages(Json(FirstPage));
        using var client = Client(handler);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = async () => await Buckets(client.Pipeline).AsPages().CollectAsync(cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task RelativeLocationsNextUrl_ResolvesUnderTheConstructionBasePath()
    {
        var handler = Pages(
            Json(Fixture("locations-nodes-relative-next.json")),
            Json("""{"pagination":{"limit":3,"offset":3,"totalResults":4,"nextUrl":null},"results":[{"id":"n4","name":"Floor 3"}]}"""));
        using var client = Client(handler);
        var pipeline = client.Pipeline;
        var spec = Spec("GetNodes", HttpMethod.Get, "/construction/locations/v2/projects/{projectId}/trees/{treeId}/nodes", PagingStyle.AccOffsetLimit, "/construction");
        var strategy = new LinkPaging<AccPage<TestItem>, TestItem>(
            pipeline,
            spec,
            null,
            hint => pipeline.CreateRequest(spec, null, ["4a327b27-897c-4e5a-8e48-6e01c21377f3", "default"], new QueryBuilder().Add("limit", hint ?? 3)),
            e => e.Items,
            e => e.Pagination?.NextUrl)
        {
            Total = e => e.Pagination?.TotalResults,
        };
        var pageable = new ApsPagedEnumerable<AccPage<TestItem>, TestItem>(pipeline, PagingJsonContext.Default.AccPageTestItem, strategy, null);

        var pages = await pageable.AsPages().CollectAsync();

        pages.SelectMany(p => p.Values).Select(n => n.Name).Should().Equal("Project", "Floor 1", "Floor 2", "Floor 3");
        pages[0].TotalResults.Should().Be(7);
        handler.Requests.ToArray()[1].Uri.AbsoluteUri.Should().Be(
            "https://developer.api.autodesk.com/construction/locations/v2/projects/4a327b27-897c-4e5a-8e48-6e01c21377f3/trees/default/nodes?limit=3&offset=3");
    }

    [Theory]
    [InlineData("/locations/v2/projects/p/trees/default/nodes?offset=3", "/construction", "/construction/locations/v2/projects/p/trees/default/nodes?offset=3")]
    [InlineData("/construction/locations/v2/projects/p/nodes?offset=3", "/construction", "/construction/locations/v2/projects/p/nodes?offset=3")]
    [InlineData("/hooks?pageState=abc", "/webhooks/v1", "/webhooks/v1/hooks?pageState=abc")]
    [InlineData("hooks?pageState=abc", "/webhooks/v1", "/webhooks/v1/hooks?pageState=abc")]
    [InlineData("/webhooks/v1/hooks?pageState=abc", "/webhooks/v1", "/webhooks/v1/hooks?pageState=abc")]
    [InlineData("/data/v1/projects/b.1/folders/f/contents?page%5Bnumber%5D=4", "", "/data/v1/projects/b.1/folders/f/contents?page%5Bnumber%5D=4")]
    [InlineData("https://developer.api.autodesk.com/oss/v2/buckets?startAt=b2", "/oss/v2", "/oss/v2/buckets?startAt=b2")]
    public void ResolveLink_RelativeToTheServiceBasePath(string link, string basePath, string expectedPathAndQuery)
    {
        using var client = Client(Pages());
        var spec = Spec("List", HttpMethod.Get, "/x", PagingStyle.QueryCursor, basePath);

        var uri = client.Pipeline.ResolveLink(spec, link);

        uri.AbsoluteUri.Should().Be(PagingTestKit.Host + expectedPathAndQuery);
    }

    [Theory]
    [InlineData("https://evil.example.com/oss/v2/buckets?startAt=b2")]
    [InlineData("https://developer.api.autodesk.com.evil.example.com/oss/v2/buckets")]
    [InlineData("https://developer.api.autodesk.com:8443/oss/v2/buckets")]
    [InlineData("http://developer.api.autodesk.com/oss/v2/buckets?startAt=b2")]
    public async Task AbsoluteNextLink_ToAnotherOrigin_IsRefused_AndTheTokenIsNeverSentThere(string next)
    {
        var handler = Pages(
            Json($$"""{"items":[{"bucketKey":"b1"}],"next":"{{next}}"}"""),
            Json(SecondPage));
        using var client = Client(handler);

        var act = async () => await Buckets(client.Pipeline).CollectAsync();

        (await act.Should().ThrowAsync<ApsException>()).Which.Message.Should().Contain("GetBuckets");
        handler.Count.Should().Be(1);
        handler.Single.Uri.AbsoluteUri.Should().StartWith(PagingTestKit.Host + "/");
    }

    [Fact]
    public async Task ErrorStatusOnPageTwo_ThrowsApsException_AfterPageOneWasYielded()
    {
        var handler = Pages(
            Json(FirstPage),
            () => Responses.Json("""{"reason":"Bucket not found"}""", HttpStatusCode.NotFound));
        using var client = Client(handler);
        var seen = new List<string?>();

        var act = async () =>
        {
            await foreach (var bucket in Buckets(client.Pipeline))
            {
                seen.Add(bucket.BucketKey);
            }
        };

        var thrown = await act.Should().ThrowAsync<ApsException>();
        thrown.Which.StatusCode.Should().Be(404);
        seen.Should().Equal("b1", "b2");
        handler.Count.Should().Be(2);
    }

    [Fact]
    public async Task UnreadablePage_ThrowsApsException_NotJsonException()
    {
        var handler = Pages(() => Responses.Json("""{"items":"not a list"}"""));
        using var client = Client(handler);

        var act = async () => await Buckets(client.Pipeline).CollectAsync();

        (await act.Should().ThrowAsync<ApsException>()).Which.ErrorCode.Should().Be("invalid_response");
    }

    [Fact]
    public async Task FromPages_EnumeratesItemsAndResumesAtAToken()
    {
        var pageable = ApsPageable<string>.FromPages(
        [
            new ApsPage<string>(["a", "b"], "t1"),
            new ApsPage<string>(["c"], "t2") { TotalResults = 4 },
            new ApsPage<string>(["d"], null),
        ]);

        var all = await pageable.CollectAsync();
        var again = await pageable.CollectAsync();
        var resumed = await pageable.AsPages("t1").CollectAsync();

        all.Should().Equal("a", "b", "c", "d");
        again.Should().Equal(all);
        resumed.Select(p => p.Values.Count).Should().Equal(1, 1);
        resumed[0].TotalResults.Should().Be(4);
        resumed[^1].ContinuationToken.Should().BeNull();
    }
}
