using System.Text.Json;
using Aps.Sdk.Oss;
using WireMock.RequestBuilders;

namespace Aps.Sdk.Tests.Oss;

/// <summary>The batch S3 operations: bodies, per-object failures inside a 200, limits and retries.</summary>
public sealed class OssBatchWireTests : IDisposable
{
    private const string UploadPath = "/oss/v2/buckets/apptestbucket/objects/batchsigneds3upload";
    private const string CompletePath = "/oss/v2/buckets/apptestbucket/objects/batchcompleteupload";
    private const string DownloadPath = "/oss/v2/buckets/apptestbucket/objects/batchsigneds3download";

    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    private static string Canonical(string json) => OssWire.Canonical(json);

    [Fact]
    public async Task Batch_signed_upload_posts_the_requests_and_exposes_each_result()
    {
        _wire.Reply("POST", UploadPath, 200, Fixtures.Read("batch-signeds3upload.json"));
        var oss = _wire.Client().Oss;

        var result = await oss.BatchGetSignedS3UploadUrlsAsync(
            "apptestbucket",
            [
                new OssBatchSignedS3UploadItem { ObjectKey = "test.txt" },
                new OssBatchSignedS3UploadItem { ObjectKey = "models/house design.rvt", Parts = 2, FirstPart = 1 },
                new OssBatchSignedS3UploadItem { ObjectKey = "locked.dwg", UploadKey = "AQICAHgk2XJ8-expired" },
            ],
            new OssBatchSignedS3UploadOptions { MinutesExpiration = 10, UseAcceleration = false });

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be(UploadPath);
        OssWire.Query(request).Should().Equal(new Dictionary<string, string> { ["useAcceleration"] = "false", ["minutesExpiration"] = "10" });
        OssWire.Header(request, "Content-Type").Should().StartWith("application/json");
        Canonical(OssWire.Body(request)!).Should().Be(Canonical("""
            {"requests":[
              {"objectKey":"test.txt"},
              {"objectKey":"models/house design.rvt","firstPart":1,"parts":2},
              {"objectKey":"locked.dwg","uploadKey":"AQICAHgk2XJ8-expired"}]}
            """));

        result.HasErrors.Should().BeTrue();
        result.Results.Should().HaveCount(3);
        var ok = result.Results["models/house design.rvt"];
        ok.IsError.Should().BeFalse();
        ok.UploadKey.Should().Be("AQICAHgk2XJ8-batch-upload-key-2");
        ok.Urls.Should().HaveCount(2);
        ok.UrlExpiration.Should().Be(new DateTimeOffset(2024, 2, 3, 10, 26, 0, TimeSpan.Zero));
        ok.UploadExpiration.Should().Be(new DateTimeOffset(2024, 2, 4, 10, 24, 0, TimeSpan.Zero));
        ok.ToString().Should().NotContain("X-Amz-Signature").And.NotContain("batchsig");
        var failed = result.Results["locked.dwg"];
        failed.IsError.Should().BeTrue();
        failed.Status.Should().Be(OssBatchItemStatus.Error);
        failed.Reason.Should().Contain("does not belong to an active upload session");
        failed.Urls.Should().BeEmpty();
    }

    [Fact]
    public async Task Batch_complete_posts_the_uploads_and_surfaces_per_item_errors_from_the_200_body()
    {
        _wire.Reply("POST", CompletePath, 200, Fixtures.Read("batch-complete-upload.json"));
        var oss = _wire.Client().Oss;

        var result = await oss.BatchCompleteUploadAsync(
            "apptestbucket",
            [
                new OssBatchCompleteUploadItem
                {
                    ObjectKey = "test.txt",
                    UploadKey = "AQICAHgk2XJ8-batch-upload-key-1",
                    Size = 1493,
                    ETags = ["\"9a0364b9e99bb480dd25e1f0284c8555\""],
                    ContentType = "text/plain",
                    ContentDisposition = "attachment; filename=\"test.txt\"",
                    CacheControl = "max-age=3600",
                    UserDefinedMetadata = """{"project":"house"}""",
                },
                new OssBatchCompleteUploadItem { ObjectKey = "models/house design.rvt", UploadKey = "AQICAHgk2XJ8-batch-upload-key-2", ContentEncoding = "gzip" },
            ]);

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be(CompletePath);
        request.RawQuery.Should().BeNullOrEmpty();
        Canonical(OssWire.Body(request)!).Should().Be(Canonical("""
            {"requests":[
              {"objectKey":"test.txt","uploadKey":"AQICAHgk2XJ8-batch-upload-key-1","size":1493,"eTags":["\"9a0364b9e99bb480dd25e1f0284c8555\""],
               "x-ads-meta-Content-Type":"text/plain","x-ads-meta-Content-Disposition":"attachment; filename=\"test.txt\"",
               "x-ads-meta-Cache-Control":"max-age=3600","x-ads-user-defined-metadata":"{\"project\":\"house\"}"},
              {"objectKey":"models/house design.rvt","uploadKey":"AQICAHgk2XJ8-batch-upload-key-2","x-ads-meta-Content-Encoding":"gzip"}]}
            """));

        result.HasErrors.Should().BeTrue();
        var done = result.Results["test.txt"];
        done.IsError.Should().BeFalse();
        done.Status.IsEmpty.Should().BeTrue();
        done.ObjectId.Should().Be("urn:adsk.objects:os.object:apptestbucket/test.txt");
        done.Size.Should().Be(1493);
        done.ContentDisposition.Should().Be("attachment; filename=\"test.txt\"");
        done.CacheControl.Should().Be("max-age=3600");
        done.Parts.Should().ContainSingle().Which.Status.Should().Be(OssPartStatus.Ok);

        var failed = result.Results["models/house design.rvt"];
        failed.IsError.Should().BeTrue();
        failed.Status.Should().Be(OssBatchItemStatus.Error);
        failed.Reason.Should().Be("eTag and size mismatch on part 1");
        failed.Parts.Select(p => p.Status).Should().Equal(OssPartStatus.UnexpectedTooSmall, OssPartStatus.Pending);
        failed.Parts[0].Size.Should().Be(1024);
        failed.Parts[1].ETag.Should().BeNull();
        failed.ToString().Should().Contain("eTag and size mismatch");
    }

    [Fact]
    public async Task Batch_signed_download_posts_the_requests_and_exposes_each_result()
    {
        _wire.Reply("POST", DownloadPath, 200, Fixtures.Read("batch-signeds3download.json"));
        var oss = _wire.Client().Oss;

        var result = await oss.BatchGetSignedS3DownloadUrlsAsync(
            "apptestbucket",
            [
                new OssBatchSignedS3DownloadItem { ObjectKey = "977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt", ResponseContentType = "application/octet-stream", ResponseCacheControl = "no-cache" },
                new OssBatchSignedS3DownloadItem { ObjectKey = "big/chunked.bin", IfNoneMatch = "\"e1\"", IfModifiedSince = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero) },
                new OssBatchSignedS3DownloadItem { ObjectKey = "missing.txt", ResponseContentDisposition = "attachment" },
            ],
            new OssBatchSignedS3DownloadOptions { PublicResourceFallback = true, MinutesExpiration = 5 });

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be(DownloadPath);
        OssWire.Query(request).Should().Equal(new Dictionary<string, string> { ["public-resource-fallback"] = "true", ["minutesExpiration"] = "5" });
        Canonical(OssWire.Body(request)!).Should().Be(Canonical("""
            {"requests":[
              {"objectKey":"977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt","response-content-type":"application/octet-stream","response-cache-control":"no-cache"},
              {"objectKey":"big/chunked.bin","If-None-Match":"\"e1\"","If-Modified-Since":"Tue, 02 Jan 2024 03:04:05 GMT"},
              {"objectKey":"missing.txt","response-content-disposition":"attachment"}]}
            """));

        result.HasErrors.Should().BeTrue();
        var complete = result.Results["977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt"];
        complete.IsError.Should().BeFalse();
        complete.Status.Should().Be(OssDownloadStatus.Complete);
        complete.Size.Should().Be(472424);
        complete.Sha1.Should().Be("ffbf5f0137a7d9dc53af930bc1b527320d50fb53");
        complete.Url.Should().Contain("Signature=batchdownloadsig");
        complete.Params!.Value.GetProperty("content-type").GetString().Should().Be("application/octet-stream");
        complete.ToString().Should().NotContain("batchdownloadsig");
        var chunked = result.Results["big/chunked.bin"];
        chunked.Status.Should().Be(OssDownloadStatus.Chunked);
        chunked.Urls.Keys.Should().BeEquivalentTo("0-5242879", "5242880-7340031");
        chunked.ToString().Should().NotContain("chunksig");
        var missing = result.Results["missing.txt"];
        missing.IsError.Should().BeTrue();
        missing.Reason.Should().Be("Object not found");
    }

    [Fact]
    public async Task Batch_signed_download_is_retried_after_a_503_as_a_read()
    {
        _wire.Server.Given(Request.Create().WithPath(DownloadPath).UsingPost()).InScenario("d").WillSetStateTo("ok")
            .RespondWith(OssWire.Response(503, """{"reason":"busy"}"""));
        _wire.Server.Given(Request.Create().WithPath(DownloadPath).UsingPost()).InScenario("d").WhenStateIs("ok")
            .RespondWith(OssWire.Response(200, Fixtures.Read("batch-signeds3download.json")));
        var oss = _wire.Client().Oss;

        var result = await oss.BatchGetSignedS3DownloadUrlsAsync("apptestbucket", [new OssBatchSignedS3DownloadItem { ObjectKey = "missing.txt" }]);

        result.Results.Should().HaveCount(3);
        _wire.Requests.Should().HaveCount(2);
        _wire.Requests.Select(r => OssWire.Body(r)).Distinct().Should().ContainSingle("the same body is sent again");
    }

    [Fact]
    public async Task Batch_complete_and_batch_upload_are_not_retried_after_a_503()
    {
        _wire.ReplyToAll(503, """{"reason":"busy"}""");
        var oss = _wire.Client().Oss;

        var complete = () => oss.BatchCompleteUploadAsync("apptestbucket", [new OssBatchCompleteUploadItem { ObjectKey = "a", UploadKey = "u" }]);
        var upload = () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", [new OssBatchSignedS3UploadItem { ObjectKey = "a" }]);

        (await complete.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(503);
        (await upload.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(503);
        _wire.Requests.Should().HaveCount(2, "a non-idempotent POST is sent once");
    }

    [Fact]
    public async Task Batch_429_is_a_rate_limit_exception()
    {
        _wire.ReplyToAll(429, """{"reason":"Rate limit exceeded"}""", ("Retry-After", "3600"));
        var oss = _wire.Client().Oss;

        var act = () => oss.BatchCompleteUploadAsync("apptestbucket", [new OssBatchCompleteUploadItem { ObjectKey = "a", UploadKey = "u" }]);

        var error = (await act.Should().ThrowAsync<ApsRateLimitException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromHours(1));
        error.Detail.Should().Be("Rate limit exceeded");
    }

    [Fact]
    public async Task Batch_404_surfaces_the_reason()
    {
        _wire.ReplyToAll(404, Fixtures.Read("error-404.json"));
        var oss = _wire.Client().Oss;

        var act = () => oss.BatchGetSignedS3DownloadUrlsAsync("apptestbucket", [new OssBatchSignedS3DownloadItem { ObjectKey = "a" }]);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(404);
        error.Detail.Should().Be("Bucket apptestbucket does not exist");
    }

    [Fact]
    public async Task Twenty_five_objects_are_accepted_and_twenty_six_refused_before_sending()
    {
        _wire.Reply("POST", UploadPath, 200, """{"results":{}}""");
        _wire.Reply("POST", CompletePath, 200, """{"results":{}}""");
        var oss = _wire.Client().Oss;
        OssBatchSignedS3UploadItem[] Uploads(int n) => [.. Enumerable.Range(0, n).Select(i => new OssBatchSignedS3UploadItem { ObjectKey = $"o{i}" })];
        OssBatchCompleteUploadItem[] Completes(int n) => [.. Enumerable.Range(0, n).Select(i => new OssBatchCompleteUploadItem { ObjectKey = $"o{i}", UploadKey = "u" })];

        await oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", Uploads(25));
        await oss.BatchCompleteUploadAsync("apptestbucket", Completes(25));
        _wire.Requests.Should().HaveCount(2);

        var tooManyUploads = () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", Uploads(26));
        var tooManyCompletes = () => oss.BatchCompleteUploadAsync("apptestbucket", Completes(26));
        (await tooManyUploads.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("25");
        (await tooManyCompletes.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("25");
        _wire.Requests.Should().HaveCount(2);
        OssClient.MaxBatchObjects.Should().Be(25);
    }

    [Fact]
    public async Task Empty_batches_duplicate_keys_and_invalid_items_are_refused_before_sending()
    {
        var oss = _wire.Client().Oss;
        var calls = new List<Func<Task>>
        {
            () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", []),
            () => oss.BatchCompleteUploadAsync("apptestbucket", []),
            () => oss.BatchGetSignedS3DownloadUrlsAsync("apptestbucket", []),
            () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", null!),
            () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", [new() { ObjectKey = "a" }, new() { ObjectKey = "a" }]),
            () => oss.BatchGetSignedS3DownloadUrlsAsync("apptestbucket", [new() { ObjectKey = "a" }, new() { ObjectKey = "a" }]),
            () => oss.BatchCompleteUploadAsync("apptestbucket", [new() { ObjectKey = "a", UploadKey = "u" }, new() { ObjectKey = "a", UploadKey = "v" }]),
            () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", [new() { ObjectKey = "a", Parts = 0 }]),
            () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", [new() { ObjectKey = "a", Parts = 26 }]),
            () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", [new() { ObjectKey = "a", FirstPart = 0 }]),
            () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", [new() { ObjectKey = "" }]),
            () => oss.BatchGetSignedS3UploadUrlsAsync("apptestbucket", [new() { ObjectKey = "a" }], new OssBatchSignedS3UploadOptions { MinutesExpiration = 61 }),
            () => oss.BatchCompleteUploadAsync("apptestbucket", [new() { ObjectKey = "a", UploadKey = " " }]),
            () => oss.BatchCompleteUploadAsync("apptestbucket", [new() { ObjectKey = "a", UploadKey = "u", UserDefinedMetadata = "{\"k\":\"" + new string('x', 100) + "\"}" }]),
            () => oss.BatchGetSignedS3DownloadUrlsAsync("apptestbucket", [new() { ObjectKey = "a" }], new OssBatchSignedS3DownloadOptions { MinutesExpiration = 0 }),
        };

        foreach (var call in calls)
        {
            await call.Should().ThrowAsync<ArgumentException>();
        }

        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Batch_download_has_no_25_object_limit()
    {
        _wire.Reply("POST", DownloadPath, 200, """{"results":{}}""");
        var oss = _wire.Client().Oss;

        var result = await oss.BatchGetSignedS3DownloadUrlsAsync("apptestbucket", [.. Enumerable.Range(0, 40).Select(i => new OssBatchSignedS3DownloadItem { ObjectKey = $"o{i}" })]);

        result.Results.Should().BeEmpty();
        result.HasErrors.Should().BeFalse();
        JsonDocument.Parse(OssWire.Body(_wire.Single)!).RootElement.GetProperty("requests").GetArrayLength().Should().Be(40);
    }
}
