using System.Text.Json;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Tests.Oss;

/// <summary>The three direct-to-S3 operations (signeds3upload GET and POST, signeds3download GET), on the wire.</summary>
public sealed class OssSignedS3WireTests : IDisposable
{
    private const string Base = "/oss/v2/buckets/wip.dm.prod/objects/977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt";

    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Signed_upload_urls_get_sends_parts_first_part_key_expiry_and_acceleration()
    {
        _wire.ReplyToAll(200, Fixtures.Read("signeds3upload.json"));
        var oss = _wire.Client().Oss;

        var upload = await oss.GetSignedS3UploadUrlsAsync("wip.dm.prod", "977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt", new OssSignedS3UploadOptions
        {
            Parts = 2,
            FirstPart = 3,
            UploadKey = "AQICAHgk2XJ8bWZrZ1d2aUdzRTZ0bE1vUkdjYkVfUVU-upload-key",
            MinutesExpiration = 5,
            UseAcceleration = false,
        });

        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be(Base + "/signeds3upload");
        OssWire.Query(request).Should().Equal(new Dictionary<string, string>
        {
            ["parts"] = "2",
            ["firstPart"] = "3",
            ["uploadKey"] = "AQICAHgk2XJ8bWZrZ1d2aUdzRTZ0bE1vUkdjYkVfUVU-upload-key",
            ["minutesExpiration"] = "5",
            ["useAcceleration"] = "false",
        });
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        upload.UploadKey.Should().Be("AQICAHgk2XJ8bWZrZ1d2aUdzRTZ0bE1vUkdjYkVfUVU-upload-key");
        upload.Urls.Should().HaveCount(2);
        upload.UrlExpiration.Should().Be(new DateTimeOffset(2024, 2, 3, 10, 26, 0, TimeSpan.Zero));
        upload.ToString().Should().NotContain("X-Amz-Signature");
    }

    [Fact]
    public async Task Signed_upload_urls_404_surfaces_the_reason()
    {
        _wire.ReplyToAll(404, Fixtures.Read("error-404.json"));
        var oss = _wire.Client().Oss;

        var act = () => oss.GetSignedS3UploadUrlsAsync("apptestbucket", "test.txt");

        (await act.Should().ThrowAsync<ApsException>()).Which.Detail.Should().Be("Bucket apptestbucket does not exist");
    }

    [Fact]
    public async Task Complete_signed_upload_posts_json_with_the_metadata_headers()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object.json"));
        var oss = _wire.Client().Oss;

        var details = await oss.CompleteSignedS3UploadAsync(
            "wip.dm.prod",
            "977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt",
            new OssCompleteUploadRequest { UploadKey = "upload-key-1", Size = 472424, ETags = ["\"e1\"", "\"e2\""] },
            new OssCompleteUploadOptions { ContentType = "application/octet-stream", ContentDisposition = "attachment", CacheControl = "no-cache", ContentEncoding = "identity", UserDefinedMetadata = """{"a":"b"}""" });

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be(Base + "/signeds3upload");
        OssWire.Header(request, "Content-Type").Should().StartWith("application/json");
        OssWire.Header(request, "x-ads-meta-Content-Type").Should().Be("application/octet-stream");
        OssWire.Header(request, "x-ads-meta-Content-Disposition").Should().Be("attachment");
        OssWire.Header(request, "x-ads-meta-Cache-Control").Should().Be("no-cache");
        OssWire.Header(request, "x-ads-meta-Content-Encoding").Should().Be("identity");
        OssWire.Header(request, "x-ads-user-defined-metadata").Should().Be("""{"a":"b"}""");
        OssWire.Canonical(OssWire.Body(request)!).Should().Be(OssWire.Canonical("""{"uploadKey":"upload-key-1","size":472424,"eTags":["\"e1\"","\"e2\""]}"""));
        details.ObjectKey.Should().Be("copyoftestobject");
    }

    [Fact]
    public async Task Complete_signed_upload_is_not_retried_after_a_503()
    {
        _wire.ReplyToAll(503, """{"reason":"busy"}""");
        var oss = _wire.Client().Oss;

        var act = () => oss.CompleteSignedS3UploadAsync("apptestbucket", "test.txt", new OssCompleteUploadRequest { UploadKey = "u" });

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(503);
        _wire.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Signed_download_url_reads_the_seed_003_example()
    {
        _wire.ReplyToAll(200, Fixtures.Read("signeds3download.json"));
        var oss = _wire.Client().Oss;

        var response = await oss.GetSignedS3DownloadUrlAsync("wip.dm.prod", "977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt", new OssSignedS3DownloadOptions
        {
            MinutesExpiration = 60,
            PublicResourceFallback = true,
            UseCdn = true,
            ResponseContentType = "application/octet-stream",
            ResponseContentDisposition = "attachment",
            ResponseCacheControl = "no-cache",
        });

        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be(Base + "/signeds3download");
        OssWire.Query(request).Should().Equal(new Dictionary<string, string>
        {
            ["response-content-type"] = "application/octet-stream",
            ["response-content-disposition"] = "attachment",
            ["response-cache-control"] = "no-cache",
            ["public-resource-fallback"] = "true",
            ["minutesExpiration"] = "60",
            ["useCdn"] = "true",
        });
        response.IsNotModified.Should().BeFalse();
        var download = response.Value!;
        download.Status.Should().Be(OssDownloadStatus.Complete);
        download.Size.Should().Be(472424);
        download.Sha1.Should().Be("ffbf5f0137a7d9dc53af930bc1b527320d50fb53");
        download.Url.Should().StartWith("https://cdn.us.oss.api.autodesk.com/");
        download.Params!.Value.GetProperty("content-disposition").GetString().Should().Contain("977d69b1");
        download.ToString().Should().NotContain("Signature");
    }

    [Fact]
    public async Task Signed_download_url_304_is_not_modified()
    {
        _wire.ReplyToAll(304);
        var oss = _wire.Client().Oss;

        var response = await oss.GetSignedS3DownloadUrlAsync("apptestbucket", "test.txt", new OssSignedS3DownloadOptions { IfNoneMatch = "\"e\"" });

        response.IsNotModified.Should().BeTrue();
        OssWire.Header(_wire.Single, "If-None-Match").Should().Be("\"e\"");
    }
}
