using System.Net;
using System.Net.Http.Headers;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class ConditionalRequestTests
{
    private static readonly DateTimeOffset Since = new(2025, 6, 3, 12, 20, 30, 123, TimeSpan.FromHours(2));

    private static OperationSpec Spec(ConditionalDateFormat format) => new("DataManagement", "GetFolderContents", HttpMethod.Get, "/data/v1/projects/{projectId}/folders/{folderId}")
    {
        Scopes = Read,
        ConditionalDates = format,
    };

    private static Task<ApsResponse<PipelineItem>> SendConditionalAsync(ApsClient client, OperationSpec spec, ApsRequestOptions options)
        => client.Pipeline.SendConditionalAsync(client.Pipeline.CreateRequest(spec, options, ["b.p", "f"]), PipelineJsonContext.Default.PipelineItem, options, CancellationToken.None);

    [Fact]
    public async Task If_none_match_is_sent_as_given()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await SendConditionalAsync(client, Spec(ConditionalDateFormat.HttpDate), new ApsRequestOptions { IfNoneMatch = "\"etag-1\"" });

        handler.Single.Header("If-None-Match").Should().Be("\"etag-1\"");
        handler.Single.Header("If-Modified-Since").Should().BeNull();
    }

    [Fact]
    public async Task If_modified_since_uses_the_http_date_format_by_default()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await SendConditionalAsync(client, Spec(ConditionalDateFormat.HttpDate), new ApsRequestOptions { IfModifiedSince = Since });

        handler.Single.Header("If-Modified-Since").Should().Be("Tue, 03 Jun 2025 10:20:30 GMT");
    }

    [Fact]
    public async Task If_modified_since_uses_iso_8601_when_the_operation_asks_for_it()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await SendConditionalAsync(client, Spec(ConditionalDateFormat.Iso8601), new ApsRequestOptions { IfModifiedSince = Since });

        handler.Single.Header("If-Modified-Since").Should().Be("2025-06-03T10:20:30.123Z");
    }

    [Fact]
    public async Task Not_modified_is_a_result_not_an_exception()
    {
        var handler = new RecordingHandler((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.NotModified) { Content = new ByteArrayContent([]) };
            response.Headers.ETag = new EntityTagHeaderValue("\"etag-1\"");
            return response;
        });
        using var client = TestClients.WithStaticToken(handler);

        var result = await SendConditionalAsync(client, Spec(ConditionalDateFormat.HttpDate), new ApsRequestOptions { IfNoneMatch = "\"etag-1\"" });

        result.IsNotModified.Should().BeTrue();
        result.StatusCode.Should().Be(304);
        result.Value.Should().BeNull();
        result.ETag.Should().Be("\"etag-1\"");
        handler.Count.Should().Be(1, "304 is not retried");
    }

    [Fact]
    public async Task Modified_resource_is_read_with_its_entity_tag()
    {
        var handler = new RecordingHandler((_, _) =>
        {
            var response = Item();
            response.Headers.ETag = new EntityTagHeaderValue("\"etag-2\"");
            return response;
        });
        using var client = TestClients.WithStaticToken(handler);

        var result = await SendConditionalAsync(client, Spec(ConditionalDateFormat.HttpDate), new ApsRequestOptions { IfNoneMatch = "\"etag-1\"" });

        result.IsNotModified.Should().BeFalse();
        result.StatusCode.Should().Be(200);
        result.Value!.Name.Should().Be("ok");
        result.ETag.Should().Be("\"etag-2\"");
    }

    [Fact]
    public async Task Conditional_call_still_raises_errors()
    {
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"reason":"gone"}""", HttpStatusCode.NotFound));
        using var client = TestClients.WithStaticToken(handler);

        var act = () => SendConditionalAsync(client, Spec(ConditionalDateFormat.HttpDate), new ApsRequestOptions { IfNoneMatch = "\"etag-1\"" });

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"a\"\r\nX-Injected: 1")]
    public void Invalid_entity_tag_is_refused(string etag)
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        var act = () => client.Pipeline.CreateRequest(Spec(ConditionalDateFormat.HttpDate), new ApsRequestOptions { IfNoneMatch = etag }, ["b.p", "f"]);

        act.Should().Throw<ArgumentException>();
        handler.Count.Should().Be(0);
    }
}
