using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class RetryTests
{
    private static readonly DateTimeOffset Start = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static OperationSpec Post(string template, bool idempotent) => new("ModelDerivative", "Query", HttpMethod.Post, template)
    {
        Scopes = Read,
        Idempotent = idempotent,
    };

    private static HttpResponseMessage TooMany(Action<HttpResponseHeaders> headers)
    {
        var response = Responses.Json("""{"code":"RATE_LIMIT_EXCEEDED"}""", (HttpStatusCode)429);
        headers(response.Headers);
        return response;
    }

    [Fact]
    public async Task Get_is_retried_on_503_then_succeeds()
    {
        var handler = new RecordingHandler((_, i) => i < 2 ? Responses.Status(HttpStatusCode.ServiceUnavailable) : Item());
        using var client = TestClients.WithStaticToken(handler);

        var item = await GetItemAsync(client, GetObject(), path: ["b", "k"]);

        item.Name.Should().Be("ok");
        handler.Count.Should().Be(3);
        handler.Requests.Select(r => r.Header("Authorization")).Should().AllBe("Bearer static-access-token-value");
    }

    [Fact]
    public async Task Non_idempotent_post_is_not_replayed_on_503()
    {
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.ServiceUnavailable) : Item());
        using var client = TestClients.WithStaticToken(handler);
        var spec = Post("/oss/v2/buckets", idempotent: false);
        var request = client.Pipeline.CreateRequest(spec, null, []);
        ApsPipeline.SetJsonBody(request, new PipelineItem { Name = "bucket" }, PipelineJsonContext.Default.PipelineItem);

        var act = () => SendItemAsync(client, request);

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(503);
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Non_idempotent_post_is_not_replayed_after_a_connection_failure()
    {
        var handler = new RecordingHandler((_, i) => i == 0 ? throw new HttpRequestException(HttpRequestError.ConnectionError, "connection reset") : Item());
        using var client = TestClients.WithStaticToken(handler);
        var request = client.Pipeline.CreateRequest(Post("/oss/v2/buckets", idempotent: false), null, []);
        ApsPipeline.SetJsonBody(request, new PipelineItem { Name = "bucket" }, PipelineJsonContext.Default.PipelineItem);

        var act = () => SendItemAsync(client, request);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(0);
        error.InnerException.Should().BeOfType<HttpRequestException>();
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Read_style_post_marked_idempotent_is_retried_with_the_same_body()
    {
        var handler = new RecordingHandler((_, i) => i < 2 ? Responses.Status(HttpStatusCode.ServiceUnavailable) : Item());
        using var client = TestClients.WithStaticToken(handler);
        var request = client.Pipeline.CreateRequest(Post("/modelderivative/v2/designdata/{urn}/metadata/{guid}/properties:query", idempotent: true), null, ["dXJu", "guid-1"]);
        ApsPipeline.SetJsonBody(request, new PipelineItem { Name = "query", Size = 7 }, PipelineJsonContext.Default.PipelineItem);

        var item = await SendItemAsync(client, request);

        item.Size.Should().Be(42);
        handler.Count.Should().Be(3);
        handler.Requests.Select(r => r.Body).Should().AllBe("""{"name":"query","size":7}""");
        handler.Requests.First().Uri.AbsoluteUri.Should().EndWith("/metadata/guid-1/properties:query");
    }

    [Fact]
    public async Task Non_seekable_stream_body_is_never_replayed()
    {
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.ServiceUnavailable) : Item());
        using var client = TestClients.WithStaticToken(handler);
        var spec = new OperationSpec("Oss", "UploadObject", HttpMethod.Put, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}") { Scopes = Read };
        spec.Idempotent.Should().BeTrue("PUT is idempotent by itself");
        var request = client.Pipeline.CreateRequest(spec, null, ["b", "k"]);
        using var body = new NonSeekableStream(Encoding.UTF8.GetBytes("file-bytes"));
        ApsPipeline.SetStreamBody(request, body, "application/octet-stream", 10);

        var act = () => SendItemAsync(client, request);

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(503);
        handler.Count.Should().Be(1);
        handler.Single.Body.Should().Be("file-bytes");
    }

    [Fact]
    public async Task Seekable_stream_body_is_replayed_from_its_start()
    {
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.ServiceUnavailable) : Item());
        using var client = TestClients.WithStaticToken(handler);
        var spec = new OperationSpec("Oss", "UploadObject", HttpMethod.Put, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}") { Scopes = Read };
        var request = client.Pipeline.CreateRequest(spec, null, ["b", "k"]);
        using var body = new MemoryStream(Encoding.UTF8.GetBytes("file-bytes"));
        ApsPipeline.SetStreamBody(request, body, "application/octet-stream");

        await SendItemAsync(client, request);

        handler.Count.Should().Be(2);
        handler.Requests.Select(r => r.Body).Should().AllBe("file-bytes");
    }

    [Fact]
    public async Task Request_timeout_408_is_retried()
    {
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.RequestTimeout) : Item());
        using var client = TestClients.WithStaticToken(handler);

        await GetItemAsync(client, GetObject(), path: ["b", "k"]);

        handler.Count.Should().Be(2);
    }

    [Fact]
    public async Task Connection_failure_is_retried()
    {
        var handler = new RecordingHandler((_, i) => i < 2 ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused") : Item());
        using var client = TestClients.WithStaticToken(handler);

        var item = await GetItemAsync(client, GetObject(), path: ["b", "k"]);

        item.Name.Should().Be("ok");
        handler.Count.Should().Be(3);
    }

    [Fact]
    public async Task Connection_failure_that_persists_is_an_aps_exception()
    {
        var handler = new RecordingHandler(HttpResponseMessage (_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        using var client = TestClients.WithStaticToken(handler);

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(0);
        error.InnerException.Should().BeOfType<HttpRequestException>();
        error.RequestUri.Should().Be(Base + "/oss/v2/buckets/b/objects/k");
        handler.Count.Should().Be(4, "one attempt and three retries");
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task Non_transient_statuses_are_not_retried(HttpStatusCode status)
    {
        var handler = new RecordingHandler((_, _) => Responses.Status(status));
        using var client = TestClients.WithStaticToken(handler);

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be((int)status);
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Exhausted_retries_surface_the_last_status()
    {
        var handler = new RecordingHandler((_, i) => Responses.Text("attempt " + i, i < 3 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.BadGateway));
        using var client = TestClients.WithStaticToken(handler);

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(502);
        error.Detail.Should().Be("attempt 3");
        handler.Count.Should().Be(4);
    }

    [Fact]
    public async Task Exhausted_retries_on_429_surface_a_rate_limit_exception()
    {
        var handler = new RecordingHandler((_, _) => TooMany(_ => { }));
        using var client = TestClients.WithStaticToken(handler, o => o.Resilience.MaxRetryAttempts = 2);

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        (await act.Should().ThrowAsync<ApsRateLimitException>()).Which.StatusCode.Should().Be(429);
        handler.Count.Should().Be(3);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_waited_for_on_the_clock()
    {
        var time = new FakeTimeProvider(Start);
        var arrivals = new ConcurrentQueue<DateTimeOffset>();
        var handler = new RecordingHandler((_, i) =>
        {
            arrivals.Enqueue(time.GetUtcNow());
            return i == 0 ? TooMany(h => h.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))) : Item();
        });
        using var client = TestClients.WithStaticToken(handler, time: time);

        var item = await PumpAsync(time, GetItemAsync(client, GetObject(), path: ["b", "k"]));

        item.Name.Should().Be("ok");
        handler.Count.Should().Be(2);
        var times = arrivals.ToArray();
        (times[1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(7), "the retry waits for Retry-After on the injected clock");
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_read_against_the_injected_clock()
    {
        var time = new FakeTimeProvider(Start);
        var arrivals = new ConcurrentQueue<DateTimeOffset>();
        var handler = new RecordingHandler((_, i) =>
        {
            var now = time.GetUtcNow();
            arrivals.Enqueue(now);
            return i == 0 ? TooMany(h => h.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(12))) : Item();
        });
        using var client = TestClients.WithStaticToken(handler, time: time);

        var item = await PumpAsync(time, GetItemAsync(client, GetObject(), path: ["b", "k"]));

        item.Name.Should().Be("ok");
        handler.Count.Should().Be(2);
        var times = arrivals.ToArray();
        (times[1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task Retry_after_503_is_honoured_too()
    {
        var time = new FakeTimeProvider(Start);
        var arrivals = new ConcurrentQueue<DateTimeOffset>();
        var handler = new RecordingHandler((_, i) =>
        {
            arrivals.Enqueue(time.GetUtcNow());
            if (i > 0)
            {
                return Item();
            }

            var response = Responses.Status(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
            return response;
        });
        using var client = TestClients.WithStaticToken(handler, time: time);

        await PumpAsync(time, GetItemAsync(client, GetObject(), path: ["b", "k"]));

        var times = arrivals.ToArray();
        times.Should().HaveCount(2);
        (times[1] - times[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Retry_after_longer_than_the_maximum_surfaces_at_once()
    {
        var handler = new RecordingHandler((_, _) => TooMany(h => h.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(120))));
        using var client = TestClients.WithStaticToken(handler, o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(60));

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        var error = (await act.Should().ThrowAsync<ApsRateLimitException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        error.StatusCode.Should().Be(429);
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Retry_after_date_longer_than_the_maximum_surfaces_at_once_with_the_wait_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(Start);
        var handler = new RecordingHandler((_, _) => TooMany(h => h.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(120))));
        using var client = TestClients.WithStaticToken(handler, o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(60), time: time);

        var act = () => PumpAsync(time, GetItemAsync(client, GetObject(), path: ["b", "k"]));

        var error = (await act.Should().ThrowAsync<ApsRateLimitException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(120), "the HTTP-date is relative to the client's clock");
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_time_left_surfaces_at_once()
    {
        var handler = new RecordingHandler((_, _) => TooMany(h => h.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(20))));
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(60);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.Resilience.TotalRequestTimeout = TimeSpan.FromSeconds(10);
        });

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        (await act.Should().ThrowAsync<ApsRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(20));
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Retries_can_be_turned_off()
    {
        var handler = new RecordingHandler((_, _) => Responses.Status(HttpStatusCode.ServiceUnavailable));
        using var client = TestClients.WithStaticToken(handler, o => o.Resilience.MaxRetryAttempts = 0);

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        await act.Should().ThrowAsync<ApsException>();
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Raw_send_retries_a_get_and_returns_the_final_response()
    {
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.BadGateway) : Item());
        using var client = TestClients.WithStaticToken(handler);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, Base + "/oss/v2/buckets"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        handler.Count.Should().Be(2);
    }

    [Fact]
    public async Task Raw_send_does_not_replay_a_post()
    {
        var handler = new RecordingHandler((_, _) => Responses.Status(HttpStatusCode.BadGateway));
        using var client = TestClients.WithStaticToken(handler);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, Base + "/oss/v2/buckets") { Content = new StringContent("{}") });

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        handler.Count.Should().Be(1);
    }
}
