using System.Net;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class FaultInjectionTests
{
    private const string DownloadUrlPath = "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3download";

    private static async Task<ApsEmulator> StartWithObjectAsync(ApsEmulatorOptions? options = null)
    {
        var emulator = await ApsEmulator.StartAsync(options ?? new ApsEmulatorOptions { MinimumPartSize = 8 });
        emulator.Oss.CreateBucket("faults");
        emulator.Oss.PutObject("faults", "a.bin", "0123456789abcdefghij"u8);
        return emulator;
    }

    [Fact]
    public async Task Respond_fails_the_third_part_put_once_and_the_retry_succeeds()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        using var s3 = new HttpClient();
        var fault = emulator.Faults.For(HttpMethod.Put, ApsEmulatorFaults.S3UploadPartPath).Skip(2).Next(1).Respond(500);
        var session = await aps.Oss.GetSignedS3UploadUrlsAsync("faults", "parts.bin", new OssSignedS3UploadOptions { Parts = 4 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var put = await s3.PutAsync(session.Urls[i], new ByteArrayContent(new byte[8]));
            statuses.Add(put.StatusCode);
            if (put.StatusCode != HttpStatusCode.OK)
            {
                using var retry = await s3.PutAsync(session.Urls[i], new ByteArrayContent(new byte[8]));
                retry.StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        fault.Hits.Should().Be(1);
        (await aps.Oss.CompleteSignedS3UploadAsync("faults", "parts.bin", new OssCompleteUploadRequest { UploadKey = session.UploadKey })).Size.Should().Be(32);
    }

    [Fact]
    public async Task A_part_number_can_be_targeted_by_path()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        using var s3 = new HttpClient();
        emulator.Faults.For(HttpMethod.Put, "/__s3/upload/*/2").Respond(503);
        var session = await aps.Oss.GetSignedS3UploadUrlsAsync("faults", "p.bin", new OssSignedS3UploadOptions { Parts = 2 });

        using var first = await s3.PutAsync(session.Urls[0], new ByteArrayContent(new byte[8]));
        using var second = await s3.PutAsync(session.Urls[1], new ByteArrayContent(new byte[8]));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task The_sdk_retries_an_injected_503_on_an_idempotent_call()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        var fault = emulator.Faults.For(HttpMethod.Get, DownloadUrlPath).Next(2).Respond(503);

        var download = await aps.Oss.GetSignedS3DownloadUrlAsync("faults", "a.bin");

        download.Value!.Size.Should().Be(20);
        fault.Hits.Should().Be(2);
    }

    [Fact]
    public async Task The_sdk_does_not_retry_a_non_idempotent_post()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        var session = await aps.Oss.GetSignedS3UploadUrlsAsync("faults", "post.bin");
        var fault = emulator.Faults.For(HttpMethod.Post, "/oss/v2/buckets/*/objects/*/signeds3upload").Next(1).Respond(500, """{"reason":"boom"}""");

        var act = () => aps.Oss.CompleteSignedS3UploadAsync("faults", "post.bin", new OssCompleteUploadRequest { UploadKey = session.UploadKey });

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.Status.Should().Be(HttpStatusCode.InternalServerError);
        error.Detail.Should().Be("boom");
        fault.Hits.Should().Be(1);
    }

    [Fact]
    public async Task Rate_limit_answers_429_with_retry_after_and_the_sdk_waits_it_out()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        using var raw = EmulatorTestHelpers.Authorized(emulator);
        var fault = emulator.Faults.For(DownloadUrlPath).Next(1).RateLimit(TimeSpan.FromSeconds(30));

        using var throttled = await raw.GetAsync("/oss/v2/buckets/faults/objects/a.bin/signeds3download");
        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(30));
        fault.Hits.Should().Be(1);

        emulator.Faults.For(DownloadUrlPath).Next(2).RateLimit(TimeSpan.Zero);
        (await aps.Oss.GetSignedS3DownloadUrlAsync("faults", "a.bin")).Value!.Size.Should().Be(20);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_sdk_accepts_surfaces_as_a_rate_limit_exception()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        emulator.Faults.For(DownloadUrlPath).RateLimit(TimeSpan.FromMinutes(5));

        var act = () => aps.Oss.GetSignedS3DownloadUrlAsync("faults", "a.bin");

        (await act.Should().ThrowAsync<ApsRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Reset_connection_breaks_the_request_and_the_sdk_recovers()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        using var raw = EmulatorTestHelpers.Authorized(emulator);
        var fault = emulator.Faults.For(HttpMethod.Get, DownloadUrlPath).Next(2).ResetConnection();

        await raw.Invoking(c => c.GetAsync("/oss/v2/buckets/faults/objects/a.bin/signeds3download")).Should().ThrowAsync<HttpRequestException>();
        (await aps.Oss.GetSignedS3DownloadUrlAsync("faults", "a.bin")).Value!.Size.Should().Be(20);
        fault.Hits.Should().Be(2);
    }

    [Fact]
    public async Task Truncated_body_fails_the_read()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        var url = (await aps.Oss.GetSignedS3DownloadUrlAsync("faults", "a.bin")).Value!.Url!;
        var fault = emulator.Faults.For(HttpMethod.Get, ApsEmulatorFaults.S3DownloadPath).Next(1).TruncateBody();
        using var s3 = new HttpClient();

        var act = async () => await s3.GetByteArrayAsync(url);

        await act.Should().ThrowAsync<Exception>().Where(e => e is HttpRequestException || e is IOException);
        fault.Hits.Should().Be(1);
        (await s3.GetByteArrayAsync(url)).Should().HaveCount(20);
    }

    [Fact]
    public async Task Delay_holds_the_request_and_then_answers_normally()
    {
        await using var emulator = await StartWithObjectAsync();
        using var aps = emulator.CreateClient();
        var fault = emulator.Faults.For(DownloadUrlPath).Next(1).Delay(TimeSpan.FromMilliseconds(20));

        (await aps.Oss.GetSignedS3DownloadUrlAsync("faults", "a.bin")).Value!.Size.Should().Be(20);

        fault.Hits.Should().Be(1);
    }

    [Fact]
    public async Task Limit_rate_throttles_a_route_per_window_of_the_emulator_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await StartWithObjectAsync(new ApsEmulatorOptions { TimeProvider = clock });
        using var raw = EmulatorTestHelpers.Authorized(emulator);
        emulator.Faults.For(HttpMethod.Get, "/oss/v2/buckets/*/details").LimitRate(2, TimeSpan.FromMinutes(1));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await raw.GetAsync("/oss/v2/buckets/faults/details");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromMinutes(1));
            }
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);

        clock.Advance(TimeSpan.FromMinutes(1));
        using var later = await raw.GetAsync("/oss/v2/buckets/faults/details");
        later.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Next_is_exact_under_concurrency()
    {
        await using var emulator = await StartWithObjectAsync();
        using var raw = EmulatorTestHelpers.Authorized(emulator);
        var fault = emulator.Faults.For("/oss/v2/buckets/faults/details").Next(5).Respond(502);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var response = await raw.GetAsync("/oss/v2/buckets/faults/details");
            return response.StatusCode;
        }));

        responses.Count(s => s == HttpStatusCode.BadGateway).Should().Be(5);
        responses.Count(s => s == HttpStatusCode.OK).Should().Be(35);
        fault.Hits.Should().Be(5);
    }

    [Fact]
    public async Task Removed_and_cleared_rules_stop_applying()
    {
        await using var emulator = await StartWithObjectAsync();
        using var raw = EmulatorTestHelpers.Authorized(emulator);

        var fault = emulator.Faults.For("/oss/v2/buckets/**").Respond(500);
        using (var failing = await raw.GetAsync("/oss/v2/buckets/faults/details"))
        {
            failing.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        }

        fault.Dispose();
        using (var ok = await raw.GetAsync("/oss/v2/buckets/faults/details"))
        {
            ok.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        emulator.Faults.For(HttpMethod.Get, "/OSS/V2/BUCKETS/*/details").Respond(500);
        emulator.Faults.Clear();
        using var cleared = await raw.GetAsync("/oss/v2/buckets/faults/details");
        cleared.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Faults_apply_to_the_token_endpoint_too()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var fault = emulator.Faults.For(HttpMethod.Post, "/authentication/v2/token").Next(1).Respond(503);

        var token = await aps.Authentication.GetTwoLeggedTokenAsync(Aps.Sdk.Authentication.ApsScopes.Create("data:read"));

        token.AccessToken.Should().NotBeNullOrEmpty();
        fault.Hits.Should().Be(1);
    }
}
