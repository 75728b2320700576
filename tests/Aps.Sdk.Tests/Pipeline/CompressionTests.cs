using System.IO.Compression;
using System.Net;
using System.Text;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

/// <summary>
/// API calls ask for gzip or Brotli and read compressed answers as if they were plain, under any primary handler; a
/// body that does not decompress is an <see cref="ApsException"/>; the transfer client never asks for compression.
/// </summary>
public class CompressionTests
{
    private static readonly string[] Path = ["b", "k"];

    public static byte[] Compress(string text, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream encoder = encoding == "br"
            ? new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)
            : new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            encoder.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static HttpResponseMessage Encoded(string json, string encoding, HttpStatusCode status = HttpStatusCode.OK)
    {
        var content = new ByteArrayContent(Compress(json, encoding));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add(encoding);
        content.Headers.ContentLanguage.Add("en");
        return new HttpResponseMessage(status) { Content = content };
    }

    [Fact]
    public async Task Api_calls_ask_for_gzip_and_brotli()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await GetItemAsync(client, GetObject(), path: Path);

        handler.Single.Header("Accept-Encoding").Should().Be("gzip, br");
    }

    [Fact]
    public async Task An_accept_encoding_the_caller_set_is_kept()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var options = new ApsRequestOptions();
        options.Headers["Accept-Encoding"] = "identity";

        await GetItemAsync(client, GetObject(), options, path: Path);

        handler.Single.Header("Accept-Encoding").Should().Be("identity");
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_compressed_answer_is_read_as_plain_json(string encoding)
    {
        var handler = new RecordingHandler((_, _) => Encoded("""{"name":"compressed","size":7}""", encoding));
        using var client = TestClients.WithStaticToken(handler);

        var item = await GetItemAsync(client, GetObject(), path: Path);

        item.Name.Should().Be("compressed");
        item.Size.Should().Be(7);
    }

    [Fact]
    public async Task A_decoded_answer_keeps_its_content_headers_but_not_the_encoding_or_the_encoded_length()
    {
        var json = """{"name":"raw","size":1}""";
        var handler = new RecordingHandler((_, _) => Encoded(json, "gzip"));
        using var client = TestClients.WithStaticToken(handler);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets/b/objects/k"));

        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        response.Content.Headers.ContentLength.Should().BeNull();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentLanguage.Should().Equal("en");
        (await response.Content.ReadAsStringAsync()).Should().Be(json);
    }

    [Fact]
    public async Task A_compressed_error_body_is_parsed_into_the_exception()
    {
        var handler = new RecordingHandler((_, _) => Encoded("""{"reason":"Bucket already exists"}""", "gzip", HttpStatusCode.Conflict));
        using var client = TestClients.WithStaticToken(handler);

        var act = () => GetItemAsync(client, GetObject(), path: Path);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(409);
        error.Message.Should().Contain("Bucket already exists");
    }

    [Fact]
    public async Task A_body_that_does_not_decompress_is_an_aps_exception()
    {
        var handler = new RecordingHandler((_, _) =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name":"not gzip at all"}"""));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            content.Headers.ContentEncoding.Add("gzip");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = TestClients.WithStaticToken(handler);

        var act = () => GetItemAsync(client, GetObject(), path: Path);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.ErrorCode.Should().Be("invalid_response");
        error.InnerException.Should().BeOfType<InvalidDataException>();
        error.Message.Should().Contain("could not be decompressed");
    }

    [Fact]
    public async Task An_encoding_not_asked_for_is_left_as_it_came()
    {
        var bytes = new byte[] { 1, 2, 3 };
        var handler = new RecordingHandler((_, _) =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentEncoding.Add("zstd");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = TestClients.WithStaticToken(handler);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets/b/objects/k"));

        response.Content.Headers.ContentEncoding.Should().Equal("zstd");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
    }

    [Fact]
    public async Task A_compressed_empty_answer_to_head_is_not_decoded()
    {
        var handler = new RecordingHandler((_, _) =>
        {
            var content = new ByteArrayContent([]);
            content.Headers.ContentEncoding.Add("gzip");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = TestClients.WithStaticToken(handler);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/oss/v2/buckets/b/objects/k"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Compressed_json_over_a_real_socket(string encoding)
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/oss/v2/buckets/b/objects/k").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithBody(Compress("""{"name":"over the wire","size":3}""", encoding))
                .WithHeader("Content-Type", "application/json")
                .WithHeader("Content-Encoding", encoding));
        using var client = new ApsClient(TestClients.Options(o =>
        {
            o.BaseAddress = new Uri(server.Url!);
            o.TokenProvider = new StaticTokenProvider(new ApsAccessToken("wire-token", DateTimeOffset.UtcNow.AddHours(1)));
        }));

        var item = await GetItemAsync(client, GetObject(), path: Path);

        item.Name.Should().Be("over the wire");
        item.Size.Should().Be(3);
        var sent = server.LogEntries.Should().ContainSingle().Subject.RequestMessage.Headers!;
        string.Join(",", sent.First(h => h.Key.Equals("Accept-Encoding", StringComparison.OrdinalIgnoreCase)).Value).Should().Be("gzip, br");
    }
}
