using System.Text.Json;
using Aps.Sdk.Oss;
using WireMock.RequestBuilders;

namespace Aps.Sdk.Tests.Oss;

/// <summary>Create, list, details and delete of buckets, on the wire.</summary>
public sealed class OssBucketWireTests : IDisposable
{
    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Create_bucket_posts_the_payload_with_the_region_header_US_by_default()
    {
        _wire.Reply("POST", "/oss/v2/buckets", 200, _wire.Fixture("bucket.json"));
        var oss = _wire.Client().Oss;

        var bucket = await oss.CreateBucketAsync(new OssCreateBucketRequest
        {
            BucketKey = "apptestbucket",
            PolicyKey = OssPolicyKey.Transient,
            Allow = [new OssBucketGrant { AuthId = "a3Fy9c0TWaDb4Wq7G2vZ5eOmMnHl8p1K", Access = OssBucketAccess.Read }],
        });

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets");
        OssWire.Header(request, "region").Should().Be("US", "oss.yaml declares the region header required; US when nothing is set");
        OssWire.Header(request, "x-ads-region").Should().BeNull();
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        OssWire.Header(request, "Content-Type").Should().StartWith("application/json");
        OssWire.Canonical(OssWire.Body(request)!).Should().Be(
            OssWire.Canonical("""{"bucketKey":"apptestbucket","policyKey":"transient","allow":[{"authId":"a3Fy9c0TWaDb4Wq7G2vZ5eOmMnHl8p1K","access":"read"}]}"""));

        bucket.BucketKey.Should().Be("apptestbucket");
        bucket.BucketOwner.Should().Be("sZK8AJ2ZdnNd3XfCJRGTxrxW4O16wMQ1");
        bucket.CreatedDate.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1463785693697));
        bucket.PolicyKey.Should().Be(OssPolicyKey.Transient);
        bucket.Permissions.Should().HaveCount(2);
        bucket.Permissions[0].Access.Should().Be(OssBucketAccess.Full);
        bucket.Permissions[1].AuthId.Should().Be("a3Fy9c0TWaDb4Wq7G2vZ5eOmMnHl8p1K");
        bucket.Permissions[1].Access.Should().Be(OssBucketAccess.Read);
    }

    [Fact]
    public async Task Create_bucket_sends_the_chosen_region_and_omits_allow_when_not_given()
    {
        _wire.Reply("POST", "/oss/v2/buckets", 200, _wire.Fixture("bucket.json"));
        var oss = _wire.Client(o => o.DefaultRegion = ApsRegion.EMEA).Oss;

        await oss.CreateBucketAsync(
            new OssCreateBucketRequest { BucketKey = "apptestbucket", PolicyKey = OssPolicyKey.Persistent },
            new ApsRequestOptions { Region = ApsRegion.APAC });

        var request = _wire.Single;
        OssWire.Header(request, "region").Should().Be("APAC");
        JsonDocument.Parse(OssWire.Body(request)!).RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("bucketKey", "policyKey");
    }

    [Fact]
    public async Task Create_bucket_uses_the_default_region_when_the_call_sets_none()
    {
        _wire.Reply("POST", "/oss/v2/buckets", 200, _wire.Fixture("bucket.json"));
        var oss = _wire.Client(o => o.DefaultRegion = ApsRegion.EMEA).Oss;

        await oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = "apptestbucket", PolicyKey = OssPolicyKey.Temporary });

        OssWire.Header(_wire.Single, "region").Should().Be("EMEA");
    }

    [Fact]
    public async Task Create_bucket_refuses_a_region_oss_does_not_list_before_sending()
    {
        var oss = _wire.Client().Oss;

        var act = () => oss.CreateBucketAsync(
            new OssCreateBucketRequest { BucketKey = "apptestbucket", PolicyKey = OssPolicyKey.Transient },
            new ApsRequestOptions { Region = new ApsRegion("MARS") });

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("MARS");
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Create_bucket_refuses_a_missing_policy_or_an_incomplete_allow_entry()
    {
        var oss = _wire.Client().Oss;

        var noPolicy = () => oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = "apptestbucket", PolicyKey = default });
        var noAccess = () => oss.CreateBucketAsync(new OssCreateBucketRequest
        {
            BucketKey = "apptestbucket",
            PolicyKey = OssPolicyKey.Transient,
            Allow = [new OssBucketGrant { AuthId = "someone" }],
        });

        await noPolicy.Should().ThrowAsync<ArgumentException>();
        await noAccess.Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Create_bucket_409_surfaces_the_reason()
    {
        _wire.Reply("POST", "/oss/v2/buckets", 409, Fixtures.Read("error-409.json"));
        var oss = _wire.Client().Oss;

        var act = () => oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = "apptestbucket", PolicyKey = OssPolicyKey.Transient });

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(409);
        error.Detail.Should().Be("Bucket already exists");
        error.Method.Should().Be("POST");
        _wire.Requests.Should().HaveCount(1, "a POST that creates something is never retried");
    }

    [Fact]
    public async Task List_buckets_reads_a_page_and_sends_limit_start_and_region_query()
    {
        _wire.Server.Given(Request.Create().WithPath("/oss/v2/buckets").UsingGet())
            .RespondWith(OssWire.Response(200, _wire.Fixture("buckets.json").Replace("\"next\"", "\"ignoredNext\"", StringComparison.Ordinal)));
        var oss = _wire.Client().Oss;

        var pages = new List<ApsPage<OssBucket>>();
        await foreach (var page in oss.ListBucketsAsync(new OssListBucketsOptions { Limit = 2, StartAt = "aaa", Region = ApsRegion.EMEA }).AsPages())
        {
            pages.Add(page);
        }

        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets");
        OssWire.Query(request).Should().Equal(new Dictionary<string, string> { ["limit"] = "2", ["startAt"] = "aaa", ["region"] = "EMEA" });
        OssWire.Header(request, "region").Should().BeNull("the list takes the region in the query");
        pages.Should().ContainSingle();
        pages[0].Values.Select(b => b.BucketKey).Should().Equal("apptestbucket", "bucketexamplekey");
        pages[0].Values[1].PolicyKey.Should().Be(OssPolicyKey.Persistent);
        pages[0].Values[1].CreatedDate.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1463785841712));
        pages[0].Values[0].Permissions.Should().BeEmpty();
        pages[0].ContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task List_buckets_follows_next_over_three_pages_and_keeps_the_region()
    {
        var next2 = $"{_wire.BaseUrl}/oss/v2/buckets?startAt=b2&limit=2";
        var next3 = $"{_wire.BaseUrl}/oss/v2/buckets?startAt=b4&limit=2&region=JPN";
        _wire.Server.Given(Request.Create().WithPath("/oss/v2/buckets").WithParam("startAt", "b2").UsingGet()).AtPriority(1)
            .RespondWith(OssWire.Response(200, $$"""{"items":[{"bucketKey":"b3","createdDate":3,"policyKey":"temporary"},{"bucketKey":"b4","createdDate":4,"policyKey":"temporary"}],"next":"{{next3}}"}"""));
        _wire.Server.Given(Request.Create().WithPath("/oss/v2/buckets").WithParam("startAt", "b4").UsingGet()).AtPriority(1)
            .RespondWith(OssWire.Response(200, """{"items":[{"bucketKey":"b5","createdDate":5,"policyKey":"persistent"}]}"""));
        _wire.Server.Given(Request.Create().WithPath("/oss/v2/buckets").UsingGet()).AtPriority(10)
            .RespondWith(OssWire.Response(200, $$"""{"items":[{"bucketKey":"b1","createdDate":1,"policyKey":"transient"},{"bucketKey":"b2","createdDate":2,"policyKey":"transient"}],"next":"{{next2}}"}"""));
        var oss = _wire.Client().Oss;

        var keys = new List<string?>();
        await foreach (var bucket in oss.ListBucketsAsync(new OssListBucketsOptions { Limit = 2, Region = ApsRegion.JPN }))
        {
            keys.Add(bucket.BucketKey);
        }

        keys.Should().Equal("b1", "b2", "b3", "b4", "b5");
        var requests = _wire.Requests;
        requests.Should().HaveCount(3);
        OssWire.Query(requests[0]).Should().Equal(new Dictionary<string, string> { ["limit"] = "2", ["region"] = "JPN" });
        OssWire.Query(requests[1]).Should().Equal(new Dictionary<string, string> { ["startAt"] = "b2", ["limit"] = "2", ["region"] = "JPN" }, "the link is followed and the query region is kept");
        OssWire.Query(requests[2]).Should().Equal(new Dictionary<string, string> { ["startAt"] = "b4", ["limit"] = "2", ["region"] = "JPN" }, "a link that already has the region is not changed");
        requests.Should().OnlyContain(r => OssWire.Header(r, "Authorization") == "Bearer " + OssWire.Token);
    }

    [Fact]
    public async Task List_buckets_sends_nothing_until_enumerated_and_takes_the_page_size_hint()
    {
        _wire.Reply("GET", "/oss/v2/buckets", 200, """{"items":[]}""");
        var oss = _wire.Client().Oss;

        var list = oss.ListBucketsAsync(new OssListBucketsOptions { Limit = 5 });
        _wire.Requests.Should().BeEmpty();
        await foreach (var page in list.AsPages(pageSizeHint: 100))
        {
            page.Values.Should().BeEmpty();
        }

        OssWire.Query(_wire.Single).Should().Equal(new Dictionary<string, string> { ["limit"] = "100" });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void List_buckets_refuses_a_limit_outside_1_to_100(int limit)
    {
        var oss = _wire.Client().Oss;

        var act = () => oss.ListBucketsAsync(new OssListBucketsOptions { Limit = limit });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task List_buckets_400_surfaces_the_reason()
    {
        _wire.Reply("GET", "/oss/v2/buckets", 400, Fixtures.Read("error-400.json"));
        var oss = _wire.Client().Oss;

        var act = async () =>
        {
            await foreach (var _ in oss.ListBucketsAsync())
            {
            }
        };

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(400);
        error.Detail.Should().Contain("limit must be between 1 and 100");
    }

    [Fact]
    public async Task Get_bucket_details_gets_the_details_path()
    {
        _wire.Reply("GET", "/oss/v2/buckets/apptestbucket/details", 200, _wire.Fixture("bucket.json"));
        var oss = _wire.Client().Oss;

        var bucket = await oss.GetBucketDetailsAsync("apptestbucket");

        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets/apptestbucket/details");
        request.RawQuery.Should().BeNullOrEmpty();
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        bucket.BucketOwner.Should().Be("sZK8AJ2ZdnNd3XfCJRGTxrxW4O16wMQ1");
        bucket.Permissions.Should().HaveCount(2);
    }

    [Fact]
    public async Task Get_bucket_details_404_surfaces_the_reason()
    {
        _wire.Reply("GET", "/oss/v2/buckets/apptestbucket/details", 404, Fixtures.Read("error-404.json"));
        var oss = _wire.Client().Oss;

        var act = () => oss.GetBucketDetailsAsync("apptestbucket");

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(404);
        error.Detail.Should().Be("Bucket apptestbucket does not exist");
    }

    [Fact]
    public async Task Delete_bucket_deletes_the_bucket_path()
    {
        _wire.Reply("DELETE", "/oss/v2/buckets/bucketexamplekey", 200);
        var oss = _wire.Client().Oss;

        await oss.DeleteBucketAsync("bucketexamplekey");

        var request = _wire.Single;
        request.Method.Should().Be("DELETE");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets/bucketexamplekey");
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
    }

    [Fact]
    public async Task Delete_bucket_409_already_marked_for_deletion()
    {
        _wire.Reply("DELETE", "/oss/v2/buckets/bucketexamplekey", 409, """{"reason":"Bucket is already marked for deletion"}""");
        var oss = _wire.Client().Oss;

        var act = () => oss.DeleteBucketAsync("bucketexamplekey");

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(409);
    }

    [Fact]
    public async Task Delete_bucket_refuses_a_region_because_the_operation_takes_none()
    {
        var oss = _wire.Client().Oss;

        var act = () => oss.DeleteBucketAsync("bucketexamplekey", new ApsRequestOptions { Region = ApsRegion.EMEA });

        await act.Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    public static TheoryData<string> BadBucketKeys => new()
    {
        "ab",
        new string('a', 129),
        "AppTestBucket",
        "app test bucket",
        "app/bucket",
        "bucket#1",
    };

    [Theory]
    [MemberData(nameof(BadBucketKeys))]
    public async Task Every_bucket_operation_refuses_a_bad_bucket_key_before_sending(string bucketKey)
    {
        var oss = _wire.Client().Oss;
        var calls = new List<Func<Task>>
        {
            () => oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = bucketKey, PolicyKey = OssPolicyKey.Transient }),
            () => oss.GetBucketDetailsAsync(bucketKey),
            () => oss.DeleteBucketAsync(bucketKey),
            () => Task.FromResult(oss.ListObjectsAsync(bucketKey)),
            () => oss.GetObjectDetailsAsync(bucketKey, "o"),
            () => oss.GetObjectDetailsIfChangedAsync(bucketKey, "o"),
            () => oss.DeleteObjectAsync(bucketKey, "o"),
            () => oss.CopyObjectAsync(bucketKey, "o", "p"),
            () => oss.CreateSignedResourceAsync(bucketKey, "o"),
            () => oss.GetSignedS3UploadUrlsAsync(bucketKey, "o"),
            () => oss.CompleteSignedS3UploadAsync(bucketKey, "o", new OssCompleteUploadRequest { UploadKey = "u" }),
            () => oss.GetSignedS3DownloadUrlAsync(bucketKey, "o"),
            () => oss.BatchGetSignedS3UploadUrlsAsync(bucketKey, [new OssBatchSignedS3UploadItem { ObjectKey = "o" }]),
            () => oss.BatchCompleteUploadAsync(bucketKey, [new OssBatchCompleteUploadItem { ObjectKey = "o", UploadKey = "u" }]),
            () => oss.BatchGetSignedS3DownloadUrlsAsync(bucketKey, [new OssBatchSignedS3DownloadItem { ObjectKey = "o" }]),
            () => Task.FromResult(oss.GetObjectUrl(bucketKey, "o")),
        };

        foreach (var call in calls)
        {
            await call.Should().ThrowAsync<ArgumentException>();
        }

        _wire.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("wip.dm.prod")]
    [InlineData("my-bucket_01")]
    public async Task Keys_within_the_rule_are_sent(string bucketKey)
    {
        _wire.ReplyToAll(200, _wire.Fixture("bucket.json"));
        var oss = _wire.Client().Oss;

        await oss.GetBucketDetailsAsync(bucketKey);
        await oss.GetBucketDetailsAsync(new string('k', 128));

        _wire.Tap.PathAndQueries.Should().Equal($"/oss/v2/buckets/{bucketKey}/details", $"/oss/v2/buckets/{new string('k', 128)}/details");
    }
}
