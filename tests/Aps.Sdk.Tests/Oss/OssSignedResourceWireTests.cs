using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Aps.Sdk.Oss;
using Aps.Sdk.Tests.Support;
using WireMock.RequestBuilders;

namespace Aps.Sdk.Tests.Oss;

/// <summary>OSS signed URLs: create, download (streamed, ranges, conditions), replace, resumable chunks, delete.</summary>
public sealed class OssSignedResourceWireTests : IDisposable
{
    private const string Hash = "7ffc5eef-1407-4c24-b3f3-3cbfe32a9232";
    private const string HashPath = "/oss/v2/signedresources/" + Hash;

    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Create_signed_resource_posts_expiry_and_single_use_with_access_and_cdn_in_the_query()
    {
        _wire.ReplyToAll(200, _wire.Fixture("signed-resource.json"));
        var oss = _wire.Client().Oss;

        var signed = await oss.CreateSignedResourceAsync("apptestbucket", "test.txt", new OssCreateSignedResourceOptions
        {
            Access = OssSignedResourceAccess.ReadWrite,
            MinutesExpiration = 30,
            SingleUse = true,
            UseCdn = false,
        });

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets/apptestbucket/objects/test.txt/signed");
        OssWire.Query(request).Should().Equal(new Dictionary<string, string> { ["access"] = "readwrite", ["useCdn"] = "false" });
        OssWire.Header(request, "Content-Type").Should().StartWith("application/json");
        OssWire.Canonical(OssWire.Body(request)!).Should().Be("""{"minutesExpiration":30,"singleUse":true}""");
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        signed.SignedUrl.Should().Be($"{_wire.BaseUrl}/oss/v2/signedresources/{Hash}?region=US");
        signed.Hash.Should().Be(Hash);
        signed.Region.Should().Be(ApsRegion.US);
        signed.Expiration.Should().Be(30);
        signed.AllowedIpAddresses.Should().BeEmpty();
        signed.ToString().Should().NotContain(Hash).And.NotContain("signedresources");
    }

    [Fact]
    public async Task Create_signed_resource_without_options_sends_an_empty_body_and_no_query()
    {
        _wire.ReplyToAll(200, _wire.Fixture("signed-resource.json"));
        var oss = _wire.Client().Oss;

        await oss.CreateSignedResourceAsync("apptestbucket", "test.txt");

        _wire.Single.RawQuery.Should().BeNullOrEmpty();
        OssWire.Body(_wire.Single).Should().Be("{}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public async Task Create_signed_resource_refuses_an_expiry_outside_1_to_60(int minutes)
    {
        var oss = _wire.Client().Oss;

        var act = () => oss.CreateSignedResourceAsync("apptestbucket", "test.txt", new OssCreateSignedResourceOptions { MinutesExpiration = minutes });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Create_signed_resource_404_surfaces_the_reason()
    {
        _wire.ReplyToAll(404, """{"reason":"Object test.txt not found"}""");
        var oss = _wire.Client().Oss;

        var act = () => oss.CreateSignedResourceAsync("apptestbucket", "test.txt");

        (await act.Should().ThrowAsync<ApsException>()).Which.Detail.Should().Be("Object test.txt not found");
        _wire.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Download_streams_a_body_larger_than_one_mebibyte_with_the_region_query()
    {
        var content = RandomNumberGenerator.GetBytes((1024 * 1024 * 3 / 2) + 7);
        _wire.Server.Given(Request.Create().WithPath(HashPath).UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200)
                .WithHeader("Content-Type", "application/octet-stream")
                .WithHeader("ETag", "\"ffbf5f0137a7d9dc53af930bc1b527320d50fb53\"")
                .WithBody(content));
        var oss = _wire.Client().Oss;

        await using var stream = await oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions
        {
            Region = ApsRegion.EMEA,
            ResponseContentType = "application/pdf",
            ResponseContentDisposition = "attachment; filename=\"a b.pdf\"",
        });

        stream.StatusCode.Should().Be(200);
        stream.IsPartialContent.Should().BeFalse();
        stream.CanSeek.Should().BeFalse();
        stream.ContentType.Should().Be("application/octet-stream");
        stream.ETag.Should().Be("\"ffbf5f0137a7d9dc53af930bc1b527320d50fb53\"");
        var read = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0)
        {
            read.Write(buffer, 0, n);
        }

        read.ToArray().Should().Equal(content);
        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be(HashPath);
        OssWire.Query(request).Should().Equal(new Dictionary<string, string>
        {
            ["response-content-disposition"] = "attachment; filename=\"a b.pdf\"",
            ["response-content-type"] = "application/pdf",
            ["region"] = "EMEA",
        });
        OssWire.Header(request, "x-ads-region").Should().BeNull();
        OssWire.Header(request, "Range").Should().BeNull();
    }

    [Fact]
    public async Task Download_returns_before_the_body_arrives_and_releases_the_response_on_dispose()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var body = new GatedStream(firstChunk: new byte[] { 1, 2, 3 }, rest: new byte[] { 4, 5 }, gate.Task);
        var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });
        using var client = TestClients.WithStaticToken(handler);

        // If the SDK buffered the body, this would wait for the gate, which only opens after the call returned.
        var stream = await client.Oss.DownloadSignedResourceAsync(Hash).WaitAsync(TimeSpan.FromSeconds(30));
        gate.SetResult();
        var all = new MemoryStream();
        await stream.CopyToAsync(all);
        await stream.DisposeAsync();

        all.ToArray().Should().Equal(1, 2, 3, 4, 5);
        body.Disposed.Should().BeTrue("disposing the download stream disposes the response");
        handler.Single.Uri.AbsolutePath.Should().Be(HashPath);
    }

    [Fact]
    public async Task Download_a_range_sends_the_range_header_and_exposes_206()
    {
        _wire.Server.Given(Request.Create().WithPath(HashPath).UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(206)
                .WithHeader("Content-Range", "bytes 100-199/472424")
                .WithHeader("Content-Type", "application/octet-stream")
                .WithBody(new byte[100]));
        var oss = _wire.Client().Oss;

        await using var stream = await oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions { RangeStart = 100, RangeEnd = 199 });
        var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);

        OssWire.Header(_wire.Single, "Range").Should().Be("bytes=100-199");
        stream.IsPartialContent.Should().BeTrue();
        stream.ContentRange!.From.Should().Be(100);
        stream.ContentRange.To.Should().Be(199);
        stream.ContentRange.Length.Should().Be(472424);
        bytes.Length.Should().Be(100);
    }

    [Fact]
    public async Task Download_an_open_range_sends_bytes_start_dash()
    {
        _wire.ReplyToAll(206);
        var oss = _wire.Client().Oss;

        await using var stream = await oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions { RangeStart = 5 });

        OssWire.Header(_wire.Single, "Range").Should().Be("bytes=5-");
    }

    [Fact]
    public async Task Download_refuses_an_end_without_a_start_or_an_inverted_range()
    {
        var oss = _wire.Client().Oss;

        var noStart = () => oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions { RangeEnd = 10 });
        var inverted = () => oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions { RangeStart = 10, RangeEnd = 9 });

        await noStart.Should().ThrowAsync<ArgumentException>();
        await inverted.Should().ThrowAsync<ArgumentOutOfRangeException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Download_416_is_an_exception()
    {
        _wire.ReplyToAll(416, Fixtures.Read("error-416.json"));
        var oss = _wire.Client().Oss;

        var act = () => oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions { RangeStart = 999_999_999 });

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(416);
        error.Detail.Should().Be("Requested range not satisfiable");
    }

    [Fact]
    public async Task Download_with_a_condition_gives_an_empty_not_modified_stream_on_304()
    {
        _wire.ReplyToAll(304);
        var oss = _wire.Client().Oss;

        await using var stream = await oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions
        {
            IfNoneMatch = "\"etag-1\"",
            IfModifiedSince = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        });

        stream.IsNotModified.Should().BeTrue();
        (await stream.ReadAsync(new byte[10])).Should().Be(0);
        OssWire.Header(_wire.Single, "If-None-Match").Should().Be("\"etag-1\"");
        OssWire.Header(_wire.Single, "If-Modified-Since").Should().Be("Tue, 02 Jan 2024 03:04:05 GMT");
    }

    [Fact]
    public async Task Upload_puts_raw_bytes_with_length_type_disposition_region_and_if_match()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object.json"));
        var oss = _wire.Client().Oss;
        var content = RandomNumberGenerator.GetBytes(4096);
        var source = new MemoryStream(content);

        var details = await oss.UploadSignedResourceAsync(Hash, source, new OssUploadSignedResourceOptions
        {
            ContentType = "text/plain; charset=UTF-8",
            ContentDisposition = "attachment; filename=\"test.txt\"",
            IfMatch = "3c08cd4b1e8c7ec6d1f7e4f3a3b1e7e4c58c9d2a",
            Region = ApsRegion.EMEA,
        });

        var request = _wire.Single;
        request.Method.Should().Be("PUT");
        _wire.Tap.SinglePath.Should().Be(HashPath);
        request.RawQuery.Should().BeNullOrEmpty();
        OssWire.Header(request, "Content-Type").Should().Be("text/plain; charset=UTF-8", "the bytes are sent raw, not form-encoded as oss.yaml declares");
        OssWire.Header(request, "Content-Length").Should().Be("4096");
        OssWire.Header(request, "Content-Disposition").Should().Be("attachment; filename=\"test.txt\"");
        OssWire.Header(request, "If-Match").Should().Be("3c08cd4b1e8c7ec6d1f7e4f3a3b1e7e4c58c9d2a");
        OssWire.Header(request, "x-ads-region").Should().Be("EMEA");
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        OssWire.BodyBytes(request).Should().Equal(content);
        details.ObjectKey.Should().Be("copyoftestobject");
        source.CanRead.Should().BeTrue("the caller's stream is not disposed");
    }

    [Fact]
    public async Task Upload_defaults_to_octet_stream_and_sends_no_region_when_none_is_set()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object.json"));
        var oss = _wire.Client().Oss;

        await oss.UploadSignedResourceAsync(Hash, new MemoryStream([1, 2, 3]));

        OssWire.Header(_wire.Single, "Content-Type").Should().Be("application/octet-stream");
        OssWire.Header(_wire.Single, "x-ads-region").Should().BeNull();
        OssWire.Header(_wire.Single, "Content-Length").Should().Be("3");
    }

    [Fact]
    public async Task Upload_sends_only_the_given_length_from_the_current_position()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object.json"));
        var oss = _wire.Client().Oss;
        var source = new MemoryStream([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) { Position = 2 };

        await oss.UploadSignedResourceAsync(Hash, source, new OssUploadSignedResourceOptions { ContentLength = 5 });

        OssWire.BodyBytes(_wire.Single).Should().Equal(2, 3, 4, 5, 6);
        OssWire.Header(_wire.Single, "Content-Length").Should().Be("5");
        source.Position.Should().Be(7);
    }

    [Fact]
    public async Task Upload_of_a_stream_that_cannot_seek_needs_its_length()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object.json"));
        var oss = _wire.Client().Oss;

        var withoutLength = () => oss.UploadSignedResourceAsync(Hash, new ForwardOnlyStream([1, 2, 3]));
        (await withoutLength.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("Content-Length");
        _wire.Requests.Should().BeEmpty();

        await oss.UploadSignedResourceAsync(Hash, new ForwardOnlyStream([1, 2, 3]), new OssUploadSignedResourceOptions { ContentLength = 3 });
        OssWire.BodyBytes(_wire.Single).Should().Equal(1, 2, 3);
        OssWire.Header(_wire.Single, "Content-Length").Should().Be("3");
    }

    [Fact]
    public async Task Upload_refuses_multipart_form_data()
    {
        var oss = _wire.Client().Oss;

        var act = () => oss.UploadSignedResourceAsync(Hash, new MemoryStream([1]), new OssUploadSignedResourceOptions { ContentType = "multipart/form-data; boundary=x" });

        await act.Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Upload_is_replayed_from_the_start_of_its_window_after_a_503()
    {
        _wire.Server.Given(Request.Create().WithPath(HashPath).UsingPut()).InScenario("retry").WillSetStateTo("second")
            .RespondWith(OssWire.Response(503, """{"reason":"busy"}"""));
        _wire.Server.Given(Request.Create().WithPath(HashPath).UsingPut()).InScenario("retry").WhenStateIs("second")
            .RespondWith(OssWire.Response(200, _wire.Fixture("object.json")));
        var oss = _wire.Client().Oss;
        var source = new MemoryStream([9, 9, 1, 2, 3, 4]) { Position = 2 };

        await oss.UploadSignedResourceAsync(Hash, source);

        _wire.Requests.Should().HaveCount(2, "a PUT of a seekable stream is idempotent and replayable");
        _wire.Requests.Should().OnlyContain(r => OssWire.BodyBytes(r).SequenceEqual(new byte[] { 1, 2, 3, 4 }));
    }

    [Fact]
    public async Task Upload_412_when_the_sha1_changed()
    {
        _wire.ReplyToAll(412, Fixtures.Read("error-412.json"));
        var oss = _wire.Client().Oss;

        var act = () => oss.UploadSignedResourceAsync(Hash, new MemoryStream([1]), new OssUploadSignedResourceOptions { IfMatch = "0000" });

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(412);
        error.Detail.Should().Contain("sha1 mismatch");
    }

    [Fact]
    public async Task Resumable_chunks_send_content_range_and_session_id_202_then_200()
    {
        const string path = HashPath + "/resumable";
        _wire.Server.Given(Request.Create().WithPath(path).UsingPut().WithHeader("Content-Range", "bytes 0-5/10"))
            .RespondWith(OssWire.Response(202, Fixtures.Read("resumable-accepted.json")));
        _wire.Server.Given(Request.Create().WithPath(path).UsingPut().WithHeader("Content-Range", "bytes 6-9/10"))
            .RespondWith(OssWire.Response(200, _wire.Fixture("object.json")));
        var oss = _wire.Client().Oss;
        var whole = new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        var options = new OssUploadSignedResourceChunkOptions { ContentType = "text/plain; charset=UTF-8", Region = ApsRegion.EMEA, ContentDisposition = "attachment" };

        var first = await oss.UploadSignedResourceChunkAsync(Hash, new MemoryStream(whole, 0, 6), 0, 10, "1661831201", options);
        var second = await oss.UploadSignedResourceChunkAsync(Hash, new MemoryStream(whole, 6, 4), 6, 10, "1661831201", options);

        first.StatusCode.Should().Be(202);
        first.IsComplete.Should().BeFalse();
        first.Message.Should().Be("Chunk stored; waiting for the remaining chunks");
        first.Details.Should().BeNull();
        second.StatusCode.Should().Be(200);
        second.IsComplete.Should().BeTrue();
        second.Details!.ObjectKey.Should().Be("copyoftestobject");

        var requests = _wire.Requests;
        requests.Should().HaveCount(2);
        requests.Should().OnlyContain(r => r.Method == "PUT");
        _wire.Tap.PathAndQueries.Should().Equal(path, path);
        requests.Select(r => OssWire.Header(r, "Content-Range")).Should().Equal("bytes 0-5/10", "bytes 6-9/10");
        requests.Select(r => OssWire.Header(r, "Content-Length")).Should().Equal("6", "4");
        requests.Should().OnlyContain(r => OssWire.Header(r, "Session-Id") == "1661831201");
        requests.Should().OnlyContain(r => OssWire.Header(r, "x-ads-region") == "EMEA");
        requests.Should().OnlyContain(r => OssWire.Header(r, "Content-Type") == "text/plain; charset=UTF-8");
        requests.Should().OnlyContain(r => OssWire.Header(r, "Content-Disposition") == "attachment");
        OssWire.BodyBytes(requests[0]).Should().Equal(0, 1, 2, 3, 4, 5);
        OssWire.BodyBytes(requests[1]).Should().Equal(6, 7, 8, 9);
    }

    [Fact]
    public async Task Resumable_chunk_can_come_from_a_window_of_a_larger_stream()
    {
        _wire.ReplyToAll(202);
        var oss = _wire.Client().Oss;
        var file = new MemoryStream([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) { Position = 4 };

        var result = await oss.UploadSignedResourceChunkAsync(Hash, file, 4, 10, "s-1", new OssUploadSignedResourceChunkOptions { ContentLength = 3 });

        result.IsComplete.Should().BeFalse();
        result.Message.Should().BeNull();
        OssWire.BodyBytes(_wire.Single).Should().Equal(4, 5, 6);
        OssWire.Header(_wire.Single, "Content-Range").Should().Be("bytes 4-6/10");
        OssWire.Header(_wire.Single, "Content-Type").Should().Be("application/octet-stream");
    }

    [Fact]
    public async Task Resumable_chunk_refuses_a_chunk_that_does_not_fit_or_a_bad_session()
    {
        var oss = _wire.Client().Oss;

        var tooLong = () => oss.UploadSignedResourceChunkAsync(Hash, new MemoryStream(new byte[6]), 6, 10, "s");
        var empty = () => oss.UploadSignedResourceChunkAsync(Hash, new MemoryStream(), 0, 10, "s");
        var noSession = () => oss.UploadSignedResourceChunkAsync(Hash, new MemoryStream(new byte[1]), 0, 10, " ");
        var injected = () => oss.UploadSignedResourceChunkAsync(Hash, new MemoryStream(new byte[1]), 0, 10, "s\r\nX-Evil: 1");

        await tooLong.Should().ThrowAsync<ArgumentException>();
        await empty.Should().ThrowAsync<ArgumentException>();
        await noSession.Should().ThrowAsync<ArgumentException>();
        await injected.Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Resumable_chunk_416_is_an_exception()
    {
        _wire.ReplyToAll(416, """{"reason":"Missing Content-Range header"}""");
        var oss = _wire.Client().Oss;

        var act = () => oss.UploadSignedResourceChunkAsync(Hash, new MemoryStream(new byte[2]), 0, 2, "s");

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(416);
    }

    [Fact]
    public async Task Delete_signed_resource_sends_the_x_ads_region_header()
    {
        _wire.ReplyToAll(200);
        var oss = _wire.Client().Oss;

        await oss.DeleteSignedResourceAsync(Hash, new ApsRequestOptions { Region = ApsRegion.GBR });

        var request = _wire.Single;
        request.Method.Should().Be("DELETE");
        _wire.Tap.SinglePath.Should().Be(HashPath);
        OssWire.Header(request, "x-ads-region").Should().Be("GBR");
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
    }

    [Fact]
    public async Task Signed_resource_operations_refuse_a_region_oss_does_not_list()
    {
        var oss = _wire.Client().Oss;
        var mars = new ApsRegion("MARS");

        await ((Func<Task>)(() => oss.DeleteSignedResourceAsync(Hash, new ApsRequestOptions { Region = mars }))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions { Region = mars }))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => oss.UploadSignedResourceAsync(Hash, new MemoryStream([1]), new OssUploadSignedResourceOptions { Region = mars }))).Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("https://developer.api.autodesk.com/oss/v2/signedresources/7ffc5eef-1407-4c24-b3f3-3cbfe32a9232?region=US")]
    [InlineData("7ffc5eef/resumable")]
    [InlineData("")]
    [InlineData(" ")]
    public async Task A_url_or_a_path_is_refused_as_a_hash_without_echoing_it(string hash)
    {
        var oss = _wire.Client().Oss;

        var act = () => oss.DeleteSignedResourceAsync(hash);

        var error = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        if (hash.Trim().Length > 0)
        {
            error.Message.Should().NotContain(hash);
        }

        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public void The_hash_and_region_are_read_from_a_signed_url()
    {
        var signed = new OssSignedResource { SignedUrl = "https://cdn.example.com/oss/v2/signedresources/e63f23e2-2486-4f32-a921-bcfe8fade5e3/?region=EMEA&x=1" };

        signed.Hash.Should().Be("e63f23e2-2486-4f32-a921-bcfe8fade5e3");
        signed.Region.Should().Be(ApsRegion.EMEA);
        new OssSignedResource().Hash.Should().BeNull();
        new OssSignedResource { SignedUrl = "https://example.com/elsewhere" }.Hash.Should().BeNull();
        new OssSignedResource { SignedUrl = "https://example.com/elsewhere" }.Region.Should().BeNull();
    }

    /// <summary>A stream that cannot seek (as a network stream).</summary>
    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }

    /// <summary>Gives its first chunk at once and the rest only once <c>gate</c> completes.</summary>
    private sealed class GatedStream(byte[] firstChunk, byte[] rest, Task gate) : Stream
    {
        private int _stage;

        public bool Disposed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            switch (_stage)
            {
                case 0:
                    _stage = 1;
                    firstChunk.CopyTo(buffer);
                    return firstChunk.Length;
                case 1:
                    await gate.WaitAsync(cancellationToken);
                    _stage = 2;
                    rest.CopyTo(buffer);
                    return rest.Length;
                default:
                    return 0;
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
