using System.Diagnostics;
using System.Net;
using Aps.Sdk.Tests.Support;
using Aps.Sdk.Testing;

namespace Aps.Sdk.Tests.Observability;

/// <summary>
/// What an OpenTelemetry exporter sees: one <see cref="ActivityKind.Internal"/> span per SDK call with one
/// <see cref="ActivityKind.Client"/> span per HTTP attempt under it (HTTP client semantic conventions), and the
/// <c>Aps.Sdk</c> meter's instruments.
/// </summary>
public sealed class TracingAndMetricsTests
{
    private static string UniqueHost() => "obs-" + Guid.NewGuid().ToString("N")[..12] + ".example.com";

    private static TelemetryCapture CaptureFor(string host)
        => new(m => Equals(m.Tag("server.address"), host) || m.Instrument is "aps.client.retries" or "aps.auth.token.fetches" or "aps.transfer.bytes");

    [Fact]
    public async Task A_retried_call_is_one_internal_span_with_one_client_span_per_attempt()
    {
        var host = UniqueHost();
        using var capture = CaptureFor(host);
        var handler = new RecordingHandler((_, i) => i == 0
            ? Responses.Status(HttpStatusCode.ServiceUnavailable)
            : Responses.Json("""{"bucketKey":"bk1","bucketOwner":"o","createdDate":1,"permissions":[],"policyKey":"transient"}"""));
        using var client = TestClients.WithStaticToken(handler, o => o.BaseAddress = new Uri("https://" + host));

        using (capture.StartRoot())
        {
            await client.Oss.GetBucketDetailsAsync("bk1");
        }

        var spans = capture.Spans.ToList();
        var call = spans.Should().ContainSingle(s => s.Kind == ActivityKind.Internal).Subject;
        call.DisplayName.Should().Be("GetBucketDetails");
        call.GetTagItem("aps.area").Should().Be("Oss");
        call.GetTagItem("http.request.method").Should().Be("GET");
        call.GetTagItem("server.address").Should().Be(host);
        call.GetTagItem("url.full").Should().Be($"https://{host}/oss/v2/buckets/bk1/details");
        call.GetTagItem("url.template").Should().Be("/oss/v2/buckets/{bucketKey}/details");
        call.GetTagItem("http.response.status_code").Should().Be(200);
        call.GetTagItem("http.request.resend_count").Should().Be(1);
        call.Status.Should().Be(ActivityStatusCode.Unset);

        var attempts = spans.Where(s => s.Kind == ActivityKind.Client).OrderBy(s => s.StartTimeUtc).ToList();
        attempts.Should().HaveCount(2);
        attempts.Should().OnlyContain(a => a.ParentSpanId == call.SpanId);
        attempts.Should().OnlyContain(a => a.DisplayName == "GET /oss/v2/buckets/{bucketKey}/details");
        attempts[0].GetTagItem("http.response.status_code").Should().Be(503);
        attempts[0].GetTagItem("error.type").Should().Be("503");
        attempts[0].Status.Should().Be(ActivityStatusCode.Error);
        attempts[0].GetTagItem("http.request.resend_count").Should().BeNull();
        attempts[1].GetTagItem("http.response.status_code").Should().Be(200);
        attempts[1].GetTagItem("http.request.resend_count").Should().Be(1);
        attempts[1].GetTagItem("server.port").Should().Be(443);
        attempts[1].GetTagItem("error.type").Should().BeNull();

        var callDurations = capture.Of("aps.client.operation.duration");
        callDurations.Should().ContainSingle();
        callDurations[0].Tag("aps.operation").Should().Be("GetBucketDetails");
        callDurations[0].Tag("http.response.status_code").Should().Be(200);
        var attemptDurations = capture.Of("http.client.request.duration");
        attemptDurations.Select(m => m.Tag("http.response.status_code")).Should().BeEquivalentTo(new object[] { 503, 200 });
        attemptDurations.Should().OnlyContain(m => (string?)m.Tag("http.request.method") == "GET" && m.Value >= 0);
        capture.Of("aps.client.retries").Where(m => (string?)m.Tag("aps.operation") == "GetBucketDetails").Sum(m => m.Value).Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task A_transport_failure_is_tagged_with_the_http_request_error_and_the_call_fails_in_the_span()
    {
        var host = UniqueHost();
        using var capture = CaptureFor(host);
        var handler = new RecordingHandler((Func<HttpRequestMessage, int, HttpResponseMessage>)((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused")));
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.BaseAddress = new Uri("https://" + host);
            o.Resilience.MaxRetryAttempts = 1;
        });

        using (capture.StartRoot())
        {
            var act = () => client.Oss.GetBucketDetailsAsync("bk1");
            (await act.Should().ThrowAsync<ApsException>()).WithInnerException<HttpRequestException>();
        }

        var call = capture.Spans.Should().ContainSingle(s => s.Kind == ActivityKind.Internal).Subject;
        call.Status.Should().Be(ActivityStatusCode.Error);
        call.GetTagItem("error.type").Should().Be("connection_error");
        var attempts = capture.Spans.Where(s => s.Kind == ActivityKind.Client).ToList();
        attempts.Should().HaveCount(2).And.OnlyContain(a => (string?)a.GetTagItem("error.type") == "connection_error");
        capture.Of("http.client.request.duration").Should().HaveCount(2).And.OnlyContain(m => (string?)m.Tag("error.type") == "connection_error");
        capture.Of("aps.client.operation.duration").Should().ContainSingle().Which.Tag("error.type").Should().Be("connection_error");
    }

    [Fact]
    public async Task Url_full_never_carries_a_query_or_a_signed_path_segment()
    {
        var host = UniqueHost();
        using var capture = CaptureFor(host);
        var handler = new RecordingHandler((_, _) => Responses.Status(HttpStatusCode.NoContent));
        using var client = TestClients.WithStaticToken(handler, o => o.BaseAddress = new Uri("https://" + host));

        using (capture.StartRoot())
        {
            await client.Oss.DeleteSignedResourceAsync("SECRET-HASH-123");
            using var raw = new HttpRequestMessage(HttpMethod.Get, $"https://{host}/oss/v2/buckets?X-Amz-Signature=SIGSECRET&token=abc");
            (await client.SendAsync(raw)).Dispose();
        }

        var urls = capture.Spans.Select(s => (string?)s.GetTagItem("url.full")).ToList();
        urls.Should().NotBeEmpty();
        urls.Should().OnlyContain(u => u != null && !u.Contains('?') && !u.Contains("SECRET") && !u.Contains("SIGSECRET"));
        foreach (var span in capture.Spans)
        {
            span.Tags.Select(t => t.Value).Should().NotContain(v => v != null && (v.Contains("SECRET") || v.Contains("static-access-token-value")));
        }
    }

    [Fact]
    public async Task Token_fetches_are_counted_once_per_fetch_and_not_per_cached_use()
    {
        var host = UniqueHost();
        using var capture = CaptureFor(host);
        var tokenRequests = 0;
        var handler = new RecordingHandler((r, _) =>
        {
            if (r.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref tokenRequests);
                return Responses.Token();
            }

            return Responses.Json("""{"bucketKey":"bk1","bucketOwner":"o","createdDate":1,"permissions":[],"policyKey":"transient"}""");
        });
        using var client = TestClients.Create(handler, o => o.BaseAddress = new Uri("https://" + host));

        using (capture.StartRoot())
        {
            for (var i = 0; i < 3; i++)
            {
                await client.Oss.GetBucketDetailsAsync("bk1");
            }
        }

        tokenRequests.Should().Be(1);

        // The counter is global (other tests fetch tokens too); the token call's own span carries our trace.
        capture.Spans.Count(s => s.Kind == ActivityKind.Internal && s.GetTagItem("aps.area") as string == "Authentication").Should().Be(1);
        capture.Of("aps.auth.token.fetches").Should().Contain(m => (string?)m.Tag("aps.auth.grant_type") == "client_credentials" && m.Tag("error.type") == null);
        capture.Spans.Count(s => s.Kind == ActivityKind.Internal && (string?)s.GetTagItem("aps.operation") == "GetBucketDetails").Should().Be(3);
    }

    [Fact]
    public async Task Transfers_count_their_bytes_in_both_directions_and_trace_each_part()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var capture = new TelemetryCapture(m => m.Instrument == "aps.transfer.bytes");
        using var client = emulator.CreateClient();
        var data = new byte[3 * 1024 * 1024 + 17];
        new Random(7).NextBytes(data);
        await client.Oss.CreateBucketAsync(new Sdk.Oss.OssCreateBucketRequest { BucketKey = "obs-transfer-bucket", PolicyKey = Sdk.Oss.OssPolicyKey.Transient });

        using (capture.StartRoot())
        {
            await client.Oss.Transfers.UploadAsync("obs-transfer-bucket", "o.bin", new MemoryStream(data), new Sdk.Oss.OssUploadOptions { PartSize = 1024 * 1024 * 5 });
            using var target = new MemoryStream();
            await client.Oss.Transfers.DownloadAsync("obs-transfer-bucket", "o.bin", target);
            target.ToArray().Should().Equal(data);
        }

        // Other transfers may run in parallel tests: at least our bytes were counted per direction.
        capture.Of("aps.transfer.bytes").Where(m => (string?)m.Tag("aps.transfer.direction") == "upload").Sum(m => m.Value).Should().BeGreaterThanOrEqualTo(data.Length);
        capture.Of("aps.transfer.bytes").Where(m => (string?)m.Tag("aps.transfer.direction") == "download").Sum(m => m.Value).Should().BeGreaterThanOrEqualTo(data.Length);
        var clientSpans = capture.Spans.Where(s => s.Kind == ActivityKind.Client).ToList();
        clientSpans.Should().Contain(s => (string?)s.GetTagItem("http.request.method") == "PUT", "each S3 part request is a client span too");
        clientSpans.Should().OnlyContain(s => !((string)s.GetTagItem("url.full")!).Contains('?'));
    }
}
