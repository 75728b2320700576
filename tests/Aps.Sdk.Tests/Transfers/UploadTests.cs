using System.Net;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Tests.Transfers;

public sealed class UploadTests : IDisposable
{
    private readonly TransferTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(TransferTestKit.PartSize, 1)]
    [InlineData(TransferTestKit.PartSize + 1, 2)]
    [InlineData((TransferTestKit.PartSize * 37) - 100, 37)]
    public async Task A_file_round_trips_byte_for_byte(int size, int parts)
    {
        var data = TransferTestKit.RandomBytes(size);
        var path = _kit.WriteFile(data);

        var result = await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "file.bin", path, TransferTestKit.UploadOptions());

        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "file.bin")!).Should().Be(TransferTestKit.Sha256(data));
        result.PartCount.Should().Be(parts);
        result.Bytes.Should().Be(size);
        result.PartSize.Should().Be(TransferTestKit.PartSize);
        result.PartsResumed.Should().Be(0);
        result.ObjectDetails.Size.Should().Be(size);
        result.ObjectDetails.ObjectKey.Should().Be("file.bin");
        _kit.Fake.Puts.Should().HaveCount(parts);
        _kit.CompletedETags().Should().ContainSingle().Which.Should().HaveCount(parts);
        _kit.AssertCredentialHygiene();
    }

    [Fact]
    public async Task Part_urls_are_requested_just_in_time_in_batches_of_at_most_25()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 37);
        var path = _kit.WriteFile(data);

        var result = await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "big.bin", path, TransferTestKit.UploadOptions(o => o.MinutesExpiration = 10));

        result.PartCount.Should().Be(37);
        var requests = _kit.Fake.UrlRequests.ToList();
        requests.Should().HaveCount(2);
        requests[0].Should().Be(new UrlRequest(25, 1, null, 10));
        requests[1].Should().Be(new UrlRequest(12, 26, result.UploadKey, 10));
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "big.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task The_completion_sends_the_size_and_every_eTag_in_part_order_with_the_metadata()
    {
        var data = TransferTestKit.RandomBytes(5000);
        var path = _kit.WriteFile(data);

        await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "meta.bin", path, TransferTestKit.UploadOptions(o =>
        {
            o.ContentType = "application/x-test";
            o.UserDefinedMetadata = """{"k":"v"}""";
        }));

        var body = _kit.Fake.CompleteBodies.Should().ContainSingle().Subject;
        body.Should().Contain("\"size\":5000").And.Contain("\"uploadKey\":\"upload-key-1\"");
        var eTags = _kit.CompletedETags().Single();
        var putETags = _kit.Fake.Puts.OrderBy(p => p.PartNumber).Select(p => p.PartNumber).ToList();
        putETags.Should().Equal(1, 2, 3, 4, 5);
        eTags.Should().HaveCount(5).And.OnlyHaveUniqueItems();
        _kit.Fake.CompleteMetaHeaders.Should().Contain("x-ads-meta-Content-Type: application/x-test").And.Contain("x-ads-user-defined-metadata: {\"k\":\"v\"}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(TransferTestKit.PartSize)]
    [InlineData(TransferTestKit.PartSize * 4)]
    [InlineData(5000)]
    public async Task A_non_seekable_stream_of_unknown_length_round_trips(int size)
    {
        var data = TransferTestKit.RandomBytes(size, seed: size);
        var progress = new ProgressLog();

        var result = await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "stream.bin", new NonSeekableStream(data), TransferTestKit.UploadOptions(o => o.Progress = progress));

        var parts = Math.Max(1, (size + TransferTestKit.PartSize - 1) / TransferTestKit.PartSize);
        result.PartCount.Should().Be(parts);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "stream.bin")!).Should().Be(TransferTestKit.Sha256(data));
        progress.AssertMonotonicEndingAt(size, parts);
        _kit.AssertCredentialHygiene();
    }

    [Fact]
    public async Task A_non_seekable_stream_with_a_declared_length_round_trips_and_a_wrong_length_fails()
    {
        var data = TransferTestKit.RandomBytes(4000);

        var result = await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "declared.bin", new NonSeekableStream(data), TransferTestKit.UploadOptions(o => o.StreamLength = 4000));
        result.PartCount.Should().Be(4);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "declared.bin")!).Should().Be(TransferTestKit.Sha256(data));

        var shorter = () => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "short.bin", new NonSeekableStream(data), TransferTestKit.UploadOptions(o => o.StreamLength = 5000));
        (await shorter.Should().ThrowAsync<ApsException>()).WithMessage("*ended after 4000 bytes; 5000 were expected*");
        var longer = () => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "long.bin", new NonSeekableStream(data), TransferTestKit.UploadOptions(o => o.StreamLength = 3000));
        (await longer.Should().ThrowAsync<ApsException>()).WithMessage("*more than the 3000 bytes declared*");
        _kit.Fake.GetObject(TransferTestKit.Bucket, "short.bin").Should().BeNull();
        _kit.Fake.GetObject(TransferTestKit.Bucket, "long.bin").Should().BeNull();
    }

    [Fact]
    public async Task A_seekable_stream_uploads_from_its_position()
    {
        var data = TransferTestKit.RandomBytes(3000);
        using var stream = new MemoryStream(data) { Position = 500 };

        var result = await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "tail.bin", stream, TransferTestKit.UploadOptions());

        result.Bytes.Should().Be(2500);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "tail.bin")!).Should().Be(TransferTestKit.Sha256(data[500..]));
    }

    [Fact]
    public async Task Parts_are_sent_in_parallel_up_to_the_configured_concurrency()
    {
        _kit.Fake.HoldPutsUntilConcurrent = 4;
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 12);
        var path = _kit.WriteFile(data);

        await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "parallel.bin", path, TransferTestKit.UploadOptions(o => o.MaxConcurrency = 4));

        _kit.Fake.MaxConcurrentPuts.Should().BeGreaterThan(1).And.BeLessThanOrEqualTo(4);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "parallel.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task Parts_of_a_non_seekable_stream_are_sent_in_parallel_too()
    {
        _kit.Fake.HoldPutsUntilConcurrent = 3;
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 9);

        await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "parallel-stream.bin", new NonSeekableStream(data), TransferTestKit.UploadOptions(o => o.MaxConcurrency = 3));

        _kit.Fake.MaxConcurrentPuts.Should().BeGreaterThan(1).And.BeLessThanOrEqualTo(3);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "parallel-stream.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task A_500_on_a_part_is_retried_from_the_same_buffer_without_duplicating_or_losing_parts()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 6);
        var path = _kit.WriteFile(data);
        var failed = 0;
        _kit.Fake.Intercept = (call, _) => Task.FromResult(call.PartNumber == 3 && Interlocked.Exchange(ref failed, 1) == 0
            ? FakeOssS3.Status(HttpStatusCode.InternalServerError)
            : null);
        var progress = new ProgressLog();

        var result = await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "retry.bin", path, TransferTestKit.UploadOptions(o => o.Progress = progress));

        result.PartCount.Should().Be(6);
        _kit.Fake.Puts.Count(p => p.PartNumber == 3).Should().Be(2);
        _kit.Fake.Puts.Where(p => p.PartNumber != 3).Should().HaveCount(5);
        var eTags = _kit.CompletedETags().Should().ContainSingle().Subject;
        eTags.Should().HaveCount(6).And.OnlyHaveUniqueItems();
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "retry.bin")!).Should().Be(TransferTestKit.Sha256(data));
        progress.AssertMonotonicEndingAt(data.Length, 6);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_part_is_retried()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 3);
        var failed = 0;
        _kit.Fake.Intercept = (call, _) => call.PartNumber == 2 && Interlocked.Exchange(ref failed, 1) == 0
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "connection reset by peer")
            : Task.FromResult<HttpResponseMessage?>(null);

        await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "reset.bin", new NonSeekableStream(data), TransferTestKit.UploadOptions());

        _kit.Fake.Puts.Count(p => p.PartNumber == 2).Should().Be(2);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "reset.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task A_part_failing_every_attempt_fails_the_upload_without_completing_or_leaking_the_url()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 4);
        var path = _kit.WriteFile(data);
        _kit.Fake.Intercept = (call, _) => Task.FromResult(call.PartNumber == 2 ? FakeOssS3.Status(HttpStatusCode.ServiceUnavailable) : null);

        var act = () => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "fail.bin", path, TransferTestKit.UploadOptions(o => o.MaxPartAttempts = 3));

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(503);
        error.Message.Should().Contain("part 2").And.Contain("fake-s3.test/upload/");
        _kit.Fake.Puts.Count(p => p.PartNumber == 2).Should().Be(3);
        _kit.Fake.CompleteBodies.Should().BeEmpty();
        TransferTestKit.AssertNoSignedUrl(error);
    }

    [Fact]
    public async Task A_client_error_on_a_part_is_not_retried()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 2);
        _kit.Fake.Intercept = (call, _) => Task.FromResult(call.PartNumber == 1 ? FakeOssS3.Status(HttpStatusCode.BadRequest) : null);

        var act = () => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "bad.bin", new MemoryStream(data), TransferTestKit.UploadOptions(o => o.MaxConcurrency = 1));

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(400);
        _kit.Fake.Puts.Count(p => p.PartNumber == 1).Should().Be(1);
    }

    [Fact]
    public async Task An_expired_url_is_refreshed_with_the_same_upload_key_and_first_part_and_never_sent_again()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 8);
        var path = _kit.WriteFile(data);
        Uri? expired = null;
        _kit.Fake.Intercept = (call, _) =>
        {
            if (call.PartNumber == 5 && Interlocked.CompareExchange(ref expired, call.Url, null) is null)
            {
                return Task.FromResult<HttpResponseMessage?>(FakeOssS3.Expired(call.Url));
            }

            return Task.FromResult<HttpResponseMessage?>(null);
        };

        var result = await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "expired.bin", path, TransferTestKit.UploadOptions());

        expired.Should().NotBeNull();
        var requests = _kit.Fake.UrlRequests.ToList();
        requests.Should().HaveCount(2);
        requests[1].UploadKey.Should().Be(result.UploadKey);
        requests[1].FirstPart.Should().Be(5);
        requests[1].Parts.Should().Be(4, "the fresh batch runs from part 5 to the last part");
        _kit.Fake.Puts.Count(p => p.Url == expired).Should().Be(1, "an expired URL is never retried as is");
        _kit.Fake.Puts.Count(p => p.PartNumber == 5).Should().Be(2);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "expired.bin")!).Should().Be(TransferTestKit.Sha256(data));
        _kit.AssertCredentialHygiene();
    }

    [Fact]
    public async Task A_url_refused_again_and_again_fails_with_a_redacted_error()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 2);
        _kit.Fake.Intercept = (call, _) => Task.FromResult<HttpResponseMessage?>(call.PartNumber == 2 ? FakeOssS3.Expired(call.Url) : null);

        var act = () => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "denied.bin", new MemoryStream(data), TransferTestKit.UploadOptions());

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(403);
        error.ErrorCode.Should().Be("AccessDenied");
        error.Detail.Should().Be("Request has expired");
        error.RequestId.Should().BeNull();
        TransferTestKit.AssertNoSignedUrl(error);
        _kit.Fake.Puts.Select(p => p.Url).Should().OnlyHaveUniqueItems("no URL is sent twice");
        _kit.Fake.Puts.Count(p => p.PartNumber == 2).Should().Be(4, "the first URL and three fresh ones");
    }

    [Fact]
    public async Task A_url_past_its_expiration_is_refreshed_before_it_is_used()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var client = Support.TestClients.WithStaticToken(_kit.Fake, time: time);
        _kit.Fake.Now = time.GetUtcNow;
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 3);
        _kit.Fake.Intercept = (call, _) =>
        {
            if (call.PartNumber == 1 && call.Generation == 1)
            {
                // The clock passes the expiry of the first batch while part 1 is on the wire.
                // (3 minutes: past the 2-minute URL expiry, short of the 5-minute part timeout.)
                time.Advance(TimeSpan.FromMinutes(3));
            }

            return Task.FromResult<HttpResponseMessage?>(null);
        };

        await client.Oss.Transfers.UploadAsync(TransferTestKit.Bucket, "clock.bin", new MemoryStream(data), TransferTestKit.UploadOptions(o => o.MaxConcurrency = 1));

        var requests = _kit.Fake.UrlRequests.ToList();
        requests.Should().HaveCount(2);
        requests[1].FirstPart.Should().Be(2);
        _kit.Fake.Puts.Where(p => p.PartNumber >= 2).Should().OnlyContain(p => p.Generation == 2);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "clock.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task An_expired_session_token_in_the_url_is_treated_as_an_expired_url()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 2);
        var refused = 0;
        _kit.Fake.Intercept = (call, _) => Task.FromResult(call.PartNumber == 2 && Interlocked.Exchange(ref refused, 1) == 0
            ? new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message></Error>") }
            : null);

        await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "token.bin", new MemoryStream(data), TransferTestKit.UploadOptions());

        _kit.Fake.UrlRequests.Should().HaveCount(2);
        _kit.Fake.UrlRequests.Last().FirstPart.Should().Be(2);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "token.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task Urls_that_look_expired_on_arrival_are_timed_from_the_local_clock_instead_of_refetched()
    {
        // OSS's clock is an hour behind: every urlExpiration it sends is already past here.
        _kit.Fake.Now = () => DateTimeOffset.UtcNow.AddHours(-1);
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 5);

        await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "skew.bin", _kit.WriteFile(data), TransferTestKit.UploadOptions());

        _kit.Fake.UrlRequests.Should().ContainSingle();
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "skew.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task Progress_is_monotonic_and_ends_at_the_total()
    {
        var data = TransferTestKit.RandomBytes((TransferTestKit.PartSize * 10) + 17);
        var path = _kit.WriteFile(data);
        var progress = new ProgressLog();
        var failures = 0;
        _kit.Fake.Intercept = (call, _) => Task.FromResult(call.PartNumber is 2 or 7 && Interlocked.Increment(ref failures) <= 2
            ? FakeOssS3.Status(HttpStatusCode.BadGateway)
            : null);

        await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "progress.bin", path, TransferTestKit.UploadOptions(o => o.Progress = progress));

        progress.AssertMonotonicEndingAt(data.Length, 11);
        progress.Reports[0].BytesTransferred.Should().Be(0);
        progress.Reports[0].TotalBytes.Should().Be(data.Length);
    }

    [Fact]
    public async Task An_exception_in_the_checkpoint_callback_fails_the_upload()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 3);
        var calls = 0;

        var act = () => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "callback.bin", new MemoryStream(data), TransferTestKit.UploadOptions(o =>
            o.CheckpointCallback = _ =>
            {
                if (++calls == 2)
                {
                    throw new InvalidOperationException("disk full");
                }
            }));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("disk full");
        _kit.Fake.CompleteBodies.Should().BeEmpty();
    }

    [Fact]
    public async Task Invalid_input_is_refused_before_any_call()
    {
        var path = _kit.WriteFile([1, 2, 3]);
        var transfers = _kit.Transfers;

        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", path, new OssUploadOptions { PartSize = 1024 }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>().WithMessage("*5 MiB*");
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", path, TransferTestKit.UploadOptions(o => o.MaxConcurrency = 0)))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", path, TransferTestKit.UploadOptions(o => o.MaxPartAttempts = 0)))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", path, TransferTestKit.UploadOptions(o => o.MinutesExpiration = 61)))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", path, TransferTestKit.UploadOptions(o => o.IfNoneMatch = "\"a\"")))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Invoking(() => transfers.UploadAsync("Bad Bucket", "x", path))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "", path))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", " "))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", new MemoryStream([1, 2]), TransferTestKit.UploadOptions(o => o.StreamLength = 5)))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*StreamLength*");
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", (Stream)null!))
            .Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Invoking(() => transfers.UploadAsync(TransferTestKit.Bucket, "x", _kit.NewPath("missing.bin"), TransferTestKit.UploadOptions()))
            .Should().ThrowAsync<FileNotFoundException>();

        _kit.Fake.TotalRequests.Should().Be(0);
    }

    [Fact]
    public async Task A_session_without_an_etag_from_S3_fails_clearly()
    {
        _kit.Fake.Intercept = (_, _) => Task.FromResult<HttpResponseMessage?>(FakeOssS3.Status(HttpStatusCode.OK));

        var act = () => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "noetag.bin", new MemoryStream([1, 2, 3]), TransferTestKit.UploadOptions());

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.Message.Should().Contain("without an ETag");
        TransferTestKit.AssertNoSignedUrl(error);
    }
}
