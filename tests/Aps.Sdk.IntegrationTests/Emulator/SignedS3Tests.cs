using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class SignedS3Tests
{
    private const int PartSize = 1024;

    private static Task<ApsEmulator> StartAsync(TimeProvider? clock = null)
        => ApsEmulator.StartAsync(new ApsEmulatorOptions { MinimumPartSize = PartSize, TimeProvider = clock ?? TimeProvider.System });

    [Fact]
    public async Task Multipart_upload_and_download_round_trip()
    {
        await using var emulator = await StartAsync();
        emulator.Oss.CreateBucket("s3-bucket");
        using var aps = emulator.CreateClient();
        using var s3 = new HttpClient();
        byte[][] parts = [EmulatorTestHelpers.RandomBytes(PartSize, 1), EmulatorTestHelpers.RandomBytes(PartSize, 2), EmulatorTestHelpers.RandomBytes(300, 3)];
        var all = parts.SelectMany(p => p).ToArray();

        var session = await aps.Oss.GetSignedS3UploadUrlsAsync("s3-bucket", "dir/model.rvt", new OssSignedS3UploadOptions { Parts = 3, MinutesExpiration = 5 });
        session.UploadKey.Should().NotBeNullOrEmpty();
        session.Urls.Should().HaveCount(3);
        session.UrlExpiration.Should().BeAfter(DateTimeOffset.UtcNow.AddMinutes(4));
        session.UploadExpiration.Should().BeAfter(session.UrlExpiration!.Value);

        var eTags = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var put = await s3.PutAsync(session.Urls[i], new ByteArrayContent(parts[i]));
            put.StatusCode.Should().Be(HttpStatusCode.OK);
            put.Headers.ETag!.Tag.Should().Be(EmulatorTestHelpers.QuotedMd5(parts[i]));
            eTags.Add(put.Headers.ETag.Tag);
        }

        var completed = await aps.Oss.CompleteSignedS3UploadAsync("s3-bucket", "dir/model.rvt",
            new OssCompleteUploadRequest { UploadKey = session.UploadKey, Size = all.Length, ETags = eTags },
            new OssCompleteUploadOptions { ContentType = "application/vnd.autodesk.revit" });

        completed.BucketKey.Should().Be("s3-bucket");
        completed.ObjectKey.Should().Be("dir/model.rvt");
        completed.ObjectId.Should().Be("urn:adsk.objects:os.object:s3-bucket/dir/model.rvt");
        completed.Size.Should().Be(all.Length);
        completed.Sha1.Should().Be(EmulatorTestHelpers.Sha1Hex(all)).And.MatchRegex("^[0-9a-f]{40}$");
        completed.ContentType.Should().Be("application/vnd.autodesk.revit");

        var download = await aps.Oss.GetSignedS3DownloadUrlAsync("s3-bucket", "dir/model.rvt");
        download.StatusCode.Should().Be(200);
        var signed = download.Value!;
        signed.Status.Should().Be(OssDownloadStatus.Complete);
        signed.Size.Should().Be(all.Length);
        signed.Sha1.Should().Be(completed.Sha1);
        signed.Params!.Value.GetProperty("content-type").GetString().Should().Be("application/vnd.autodesk.revit");

        using var get = await s3.GetAsync(signed.Url);
        get.StatusCode.Should().Be(HttpStatusCode.OK);
        get.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.autodesk.revit");
        (await get.Content.ReadAsByteArrayAsync()).Should().Equal(all);
        (await emulator.Oss.ReadObjectAsync("s3-bucket", "dir/model.rvt")).Should().Equal(all);
    }

    [Fact]
    public async Task Ranged_download_answers_206_and_an_unsatisfiable_range_416()
    {
        await using var emulator = await StartAsync();
        emulator.Oss.CreateBucket("ranges");
        var data = EmulatorTestHelpers.RandomBytes(2000, 7);
        emulator.Oss.PutObject("ranges", "blob.bin", data);
        using var aps = emulator.CreateClient();
        var url = (await aps.Oss.GetSignedS3DownloadUrlAsync("ranges", "blob.bin")).Value!.Url;
        using var s3 = new HttpClient();

        using var first = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(100, 1099) } };
        using var partial = await s3.SendAsync(first);
        partial.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        partial.Content.Headers.ContentRange!.ToString().Should().Be("bytes 100-1099/2000");
        (await partial.Content.ReadAsByteArrayAsync()).Should().Equal(data[100..1100]);

        using var suffix = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(null, 10) } };
        using var tail = await s3.SendAsync(suffix);
        tail.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await tail.Content.ReadAsByteArrayAsync()).Should().Equal(data[1990..]);

        using var beyond = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(5000, null) } };
        using var unsatisfiable = await s3.SendAsync(beyond);
        unsatisfiable.StatusCode.Should().Be(HttpStatusCode.RequestedRangeNotSatisfiable);
        unsatisfiable.Content.Headers.ContentRange!.ToString().Should().Be("bytes */2000");
        XDocument.Parse(await unsatisfiable.Content.ReadAsStringAsync()).Root!.Element("Code")!.Value.Should().Be("InvalidRange");

        using var head = await s3.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentLength.Should().Be(2000);
        head.Headers.AcceptRanges.Should().Contain("bytes");
    }

    [Fact]
    public async Task Expired_urls_answer_403_with_an_s3_error()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await StartAsync(clock);
        emulator.Oss.CreateBucket("expiry");
        emulator.Oss.PutObject("expiry", "existing.bin", new byte[10]);
        using var aps = emulator.CreateClient();
        using var s3 = new HttpClient();

        var upload = await aps.Oss.GetSignedS3UploadUrlsAsync("expiry", "new.bin", new OssSignedS3UploadOptions { MinutesExpiration = 1 });
        var download = (await aps.Oss.GetSignedS3DownloadUrlAsync("expiry", "existing.bin")).Value!.Url!;
        clock.Advance(TimeSpan.FromMinutes(3));

        using var put = await s3.PutAsync(upload.Urls[0], new ByteArrayContent(new byte[10]));
        put.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var error = XDocument.Parse(await put.Content.ReadAsStringAsync()).Root!;
        error.Name.LocalName.Should().Be("Error");
        error.Element("Code")!.Value.Should().Be("AccessDenied");
        error.Element("Message")!.Value.Should().Be("Request has expired");

        using var get = await s3.GetAsync(download);
        get.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // Fresh URLs for the same upload work again.
        var refreshed = await aps.Oss.GetSignedS3UploadUrlsAsync("expiry", "new.bin", new OssSignedS3UploadOptions { UploadKey = upload.UploadKey });
        refreshed.UploadKey.Should().Be(upload.UploadKey);
        using var retried = await s3.PutAsync(refreshed.Urls[0], new ByteArrayContent(new byte[10]));
        retried.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Tampered_signatures_answer_403()
    {
        await using var emulator = await StartAsync();
        emulator.Oss.CreateBucket("tamper");
        using var aps = emulator.CreateClient();
        using var s3 = new HttpClient();
        var upload = await aps.Oss.GetSignedS3UploadUrlsAsync("tamper", "x.bin", new OssSignedS3UploadOptions { Parts = 2 });

        // Part 1's signature does not cover part 2.
        var forged = upload.Urls[1].Replace("/2?", "/3?", StringComparison.Ordinal);
        using var response = await s3.PutAsync(forged, new ByteArrayContent(new byte[4]));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("Code")!.Value.Should().Be("SignatureDoesNotMatch");
    }

    [Fact]
    public async Task Mismatched_etag_or_size_fails_the_completion_with_400()
    {
        await using var emulator = await StartAsync();
        emulator.Oss.CreateBucket("mismatch");
        using var aps = emulator.CreateClient();
        using var s3 = new HttpClient();
        var session = await aps.Oss.GetSignedS3UploadUrlsAsync("mismatch", "x.bin");
        using (var put = await s3.PutAsync(session.Urls[0], new ByteArrayContent(new byte[100])))
        {
            put.EnsureSuccessStatusCode();
        }

        var wrongTag = () => aps.Oss.CompleteSignedS3UploadAsync("mismatch", "x.bin", new OssCompleteUploadRequest { UploadKey = session.UploadKey, ETags = ["\"0123456789abcdef0123456789abcdef\""] });
        var tagError = (await wrongTag.Should().ThrowAsync<ApsException>()).Which;
        tagError.Status.Should().Be(HttpStatusCode.BadRequest);
        tagError.Detail.Should().Contain("eTag");
        tagError.RawBody.Should().Contain("\"Unexpected\"");

        var wrongSize = () => aps.Oss.CompleteSignedS3UploadAsync("mismatch", "x.bin", new OssCompleteUploadRequest { UploadKey = session.UploadKey, Size = 99 });
        (await wrongSize.Should().ThrowAsync<ApsException>()).Which.Status.Should().Be(HttpStatusCode.BadRequest);

        // The session survives failed completions.
        var ok = await aps.Oss.CompleteSignedS3UploadAsync("mismatch", "x.bin", new OssCompleteUploadRequest { UploadKey = session.UploadKey, Size = 100 });
        ok.Size.Should().Be(100);

        var again = () => aps.Oss.CompleteSignedS3UploadAsync("mismatch", "x.bin", new OssCompleteUploadRequest { UploadKey = session.UploadKey });
        (await again.Should().ThrowAsync<ApsException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_part_smaller_than_the_minimum_that_is_not_the_last_fails_with_entity_too_small()
    {
        await using var emulator = await StartAsync();
        emulator.Oss.CreateBucket("small-parts");
        using var aps = emulator.CreateClient();

        var act = () => EmulatorTestHelpers.UploadAsync(aps, "small-parts", "x.bin", new byte[PartSize - 1], new byte[PartSize]);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.Status.Should().Be(HttpStatusCode.BadRequest);
        error.Detail.Should().Contain("EntityTooSmall");
        error.RawBody.Should().Contain("\"TooSmall\"");

        // The last part may be small.
        var ok = await EmulatorTestHelpers.UploadAsync(aps, "small-parts", "y.bin", new byte[PartSize], new byte[1]);
        ok.Size.Should().Be(PartSize + 1);
    }

    [Fact]
    public async Task The_default_minimum_part_size_is_the_s3_one()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        emulator.Oss.CreateBucket("default-minimum");
        using var aps = emulator.CreateClient();

        var act = () => EmulatorTestHelpers.UploadAsync(aps, "default-minimum", "x.bin", new byte[1024], new byte[1024]);

        (await act.Should().ThrowAsync<ApsException>()).Which.Detail.Should().Contain("5242880");
    }

    [Fact]
    public async Task A_missing_part_is_reported_as_pending()
    {
        await using var emulator = await StartAsync();
        emulator.Oss.CreateBucket("gaps");
        using var aps = emulator.CreateClient();
        using var s3 = new HttpClient();
        var session = await aps.Oss.GetSignedS3UploadUrlsAsync("gaps", "x.bin", new OssSignedS3UploadOptions { Parts = 3 });
        (await s3.PutAsync(session.Urls[0], new ByteArrayContent(new byte[PartSize]))).EnsureSuccessStatusCode();
        (await s3.PutAsync(session.Urls[2], new ByteArrayContent(new byte[10]))).EnsureSuccessStatusCode();

        var act = () => aps.Oss.CompleteSignedS3UploadAsync("gaps", "x.bin", new OssCompleteUploadRequest { UploadKey = session.UploadKey });

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.Detail.Should().Contain("part 2 was not uploaded");
        error.RawBody.Should().Contain("\"Pending\"");
    }

    [Fact]
    public async Task Urls_for_later_parts_start_at_first_part()
    {
        await using var emulator = await StartAsync();
        emulator.Oss.CreateBucket("first-part");
        using var aps = emulator.CreateClient();
        using var s3 = new HttpClient();
        var start = await aps.Oss.GetSignedS3UploadUrlsAsync("first-part", "x.bin", new OssSignedS3UploadOptions { Parts = 1 });
        var more = await aps.Oss.GetSignedS3UploadUrlsAsync("first-part", "x.bin", new OssSignedS3UploadOptions { UploadKey = start.UploadKey, FirstPart = 2, Parts = 2 });
        more.Urls.Should().HaveCount(2);
        more.Urls[0].Should().Contain("/2?");
        more.Urls[1].Should().Contain("/3?");

        var data = new[] { new byte[PartSize], new byte[PartSize], new byte[5] };
        (await s3.PutAsync(start.Urls[0], new ByteArrayContent(data[0]))).EnsureSuccessStatusCode();
        (await s3.PutAsync(more.Urls[0], new ByteArrayContent(data[1]))).EnsureSuccessStatusCode();
        (await s3.PutAsync(more.Urls[1], new ByteArrayContent(data[2]))).EnsureSuccessStatusCode();
        var done = await aps.Oss.CompleteSignedS3UploadAsync("first-part", "x.bin", new OssCompleteUploadRequest { UploadKey = start.UploadKey });
        done.Size.Should().Be((2 * PartSize) + 5);
    }

    [Fact]
    public async Task Upload_urls_for_a_missing_bucket_answer_404()
    {
        await using var emulator = await StartAsync();
        using var aps = emulator.CreateClient();

        var act = () => aps.Oss.GetSignedS3UploadUrlsAsync("no-such-bucket", "x.bin");

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.Status.Should().Be(HttpStatusCode.NotFound);
        error.Detail.Should().Be("Bucket not found");
    }

    [Fact]
    public async Task Download_url_honours_conditions_and_response_overrides()
    {
        await using var emulator = await StartAsync();
        emulator.Oss.CreateBucket("conditions");
        var sha1 = emulator.Oss.PutObject("conditions", "a.txt", "hello"u8, "text/plain");
        using var aps = emulator.CreateClient();

        var unchanged = await aps.Oss.GetSignedS3DownloadUrlAsync("conditions", "a.txt", new OssSignedS3DownloadOptions { IfNoneMatch = sha1 });
        unchanged.IsNotModified.Should().BeTrue();

        var download = await aps.Oss.GetSignedS3DownloadUrlAsync("conditions", "a.txt", new OssSignedS3DownloadOptions
        {
            ResponseContentType = "application/octet-stream",
            ResponseContentDisposition = "attachment; filename=\"a.txt\"",
        });
        using var s3 = new HttpClient();
        using var get = await s3.GetAsync(download.Value!.Url);
        get.Content.Headers.ContentType!.MediaType.Should().Be("application/octet-stream");
        get.Content.Headers.ContentDisposition!.ToString().Should().Be("attachment; filename=\"a.txt\"");
        (await get.Content.ReadAsStringAsync()).Should().Be("hello");
    }
}
