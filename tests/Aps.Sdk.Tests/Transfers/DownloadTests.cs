using System.Net;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Tests.Transfers;

public sealed class DownloadTests : IDisposable
{
    private readonly TransferTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private byte[] Store(string objectKey, int size, int seed = 7)
    {
        var data = TransferTestKit.RandomBytes(size, seed);
        _kit.Fake.PutObject(TransferTestKit.Bucket, objectKey, data);
        return data;
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(TransferTestKit.PartSize, 1)]
    [InlineData((TransferTestKit.PartSize * 10) + 1, 11)]
    public async Task An_object_downloads_to_a_file_in_ranges(int size, int parts)
    {
        var data = Store("obj.bin", size);
        var path = _kit.NewPath();
        var progress = new ProgressLog();

        var result = await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "obj.bin", path, TransferTestKit.DownloadOptions(o => o.Progress = progress));

        TransferTestKit.Sha256(File.ReadAllBytes(path)).Should().Be(TransferTestKit.Sha256(data));
        result.Bytes.Should().Be(size);
        result.PartCount.Should().Be(parts);
        result.Status.Should().Be(OssDownloadStatus.Complete);
        result.Sha1.Should().Be(FakeOssS3.Sha1Hex(data));
        result.Sha1Verified.Should().BeTrue();
        result.IsNotModified.Should().BeFalse();
        var gets = _kit.Fake.S3Calls.Where(c => c.Method == "GET").ToList();
        gets.Should().HaveCount(parts);
        gets.Select(c => c.Range).Should().OnlyHaveUniqueItems();
        gets.Where(c => c.Range == null).Should().BeEmpty("every part is a ranged GET");
        progress.AssertMonotonicEndingAt(size, parts);
        _kit.AssertCredentialHygiene();
    }

    [Fact]
    public async Task Ranges_from_storage_never_ask_for_compression_while_the_api_calls_do()
    {
        // OSS ignores the end of a range when gzip is accepted: the transfer client must see the object's own bytes.
        var data = Store("ranges.bin", (TransferTestKit.PartSize * 3) + 5);
        var path = _kit.NewPath();

        await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "ranges.bin", path, TransferTestKit.DownloadOptions());

        TransferTestKit.Sha256(File.ReadAllBytes(path)).Should().Be(TransferTestKit.Sha256(data));
        var seen = _kit.Fake.AcceptEncodings.ToList();
        seen.Where(s => s.ToS3).Should().HaveCount(4).And.OnlyContain(s => s.AcceptEncoding == null);
        seen.Where(s => !s.ToS3).Should().NotBeEmpty().And.OnlyContain(s => s.AcceptEncoding == "gzip, br");
    }

    [Fact]
    public async Task Ranges_are_fetched_in_parallel_up_to_the_configured_concurrency()
    {
        var data = Store("parallel.bin", TransferTestKit.PartSize * 12);
        var inFlight = 0;
        var max = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _kit.Fake.Intercept = async (_, ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref max, now);
            if (now >= 3)
            {
                release.TrySetResult();
            }

            await Task.WhenAny(release.Task, Task.Delay(TimeSpan.FromSeconds(5), ct));
            Interlocked.Decrement(ref inFlight);
            return null;
        };
        var path = _kit.NewPath();

        await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "parallel.bin", path, TransferTestKit.DownloadOptions(o => o.MaxConcurrency = 3));

        max.Should().BeGreaterThan(1).And.BeLessThanOrEqualTo(3);
        TransferTestKit.Sha256(File.ReadAllBytes(path)).Should().Be(TransferTestKit.Sha256(data));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData((TransferTestKit.PartSize * 7) + 3)]
    public async Task An_object_downloads_to_a_stream_in_order(int size)
    {
        var data = Store("stream.bin", size);
        using var destination = new MemoryStream();
        var progress = new ProgressLog();
        var delayed = 0;

        // Part 1 arrives last: the writer must hold the others and still write in order.
        _kit.Fake.Intercept = async (call, ct) =>
        {
            if (call.Range?.StartsWith("bytes=0-", StringComparison.Ordinal) == true && Interlocked.Exchange(ref delayed, 1) == 0)
            {
                await Task.Delay(50, ct);
            }

            return null;
        };

        var result = await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "stream.bin", destination, TransferTestKit.DownloadOptions(o =>
        {
            o.Progress = progress;
            o.MaxConcurrency = 4;
        }));

        TransferTestKit.Sha256(destination.ToArray()).Should().Be(TransferTestKit.Sha256(data));
        result.Sha1Verified.Should().BeTrue();
        var parts = (size + TransferTestKit.PartSize - 1) / TransferTestKit.PartSize;
        progress.AssertMonotonicEndingAt(size, parts);
    }

    [Fact]
    public async Task A_chunked_object_is_downloaded_chunk_by_chunk_without_crossing_chunk_boundaries()
    {
        var data = Store("chunked.bin", 10_000);
        _kit.Fake.DownloadStatus = "chunked";
        _kit.Fake.ChunkSize = 3000;
        var path = _kit.NewPath();

        var result = await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "chunked.bin", path, TransferTestKit.DownloadOptions());

        result.Status.Should().Be(OssDownloadStatus.Chunked);
        result.PartCount.Should().Be(10, "each 3000-byte chunk takes 3 ranges of at most 1024 bytes, the last 1000-byte chunk 1");
        TransferTestKit.Sha256(File.ReadAllBytes(path)).Should().Be(TransferTestKit.Sha256(data));
        var gets = _kit.Fake.S3Calls.Where(c => c.Method == "GET").ToList();
        gets.Should().OnlyContain(c => c.Url.AbsolutePath.StartsWith("/chunks/", StringComparison.Ordinal));
        gets.Select(c => c.Url.AbsolutePath).Distinct().Should().HaveCount(4);

        using var stream = new MemoryStream();
        await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "chunked.bin", stream, TransferTestKit.DownloadOptions());
        TransferTestKit.Sha256(stream.ToArray()).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task A_fallback_url_is_downloaded_in_ranges_too()
    {
        var data = Store("fallback.bin", 2500);
        _kit.Fake.DownloadStatus = "fallback";
        var path = _kit.NewPath();

        var result = await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "fallback.bin", path, TransferTestKit.DownloadOptions(o => o.PublicResourceFallback = true));

        result.Status.Should().Be(OssDownloadStatus.Fallback);
        TransferTestKit.Sha256(File.ReadAllBytes(path)).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task A_sha1_mismatch_deletes_the_partial_file_and_throws()
    {
        Store("corrupt.bin", 3000);
        _kit.Fake.Sha1Override = new string('a', 40);
        var path = _kit.NewPath();

        var act = () => _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "corrupt.bin", path, TransferTestKit.DownloadOptions());

        (await act.Should().ThrowAsync<ApsException>()).WithMessage("*does not match the SHA-1*deleted*");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task A_sha1_mismatch_on_a_stream_throws()
    {
        Store("corrupt.bin", 3000);
        _kit.Fake.Sha1Override = new string('b', 40);

        var act = () => _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "corrupt.bin", new MemoryStream(), TransferTestKit.DownloadOptions());

        await act.Should().ThrowAsync<ApsException>().WithMessage("*does not match the SHA-1*");
    }

    [Fact]
    public async Task Without_a_sha1_or_with_verification_off_the_download_is_not_verified()
    {
        var data = Store("nosha.bin", 2000);
        _kit.Fake.Sha1Override = string.Empty;
        var path = _kit.NewPath();

        var result = await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "nosha.bin", path, TransferTestKit.DownloadOptions());
        result.Sha1.Should().BeNull();
        result.Sha1Verified.Should().BeFalse();
        result.HashingTime.Should().Be(TimeSpan.Zero);

        _kit.Fake.Sha1Override = new string('c', 40);
        var unchecked_ = await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "nosha.bin", path, TransferTestKit.DownloadOptions(o => o.VerifySha1 = false));
        unchecked_.Sha1Verified.Should().BeFalse();
        TransferTestKit.Sha256(File.ReadAllBytes(path)).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task An_existing_longer_file_is_truncated_not_appended_to()
    {
        var data = Store("short.bin", 1500);
        var path = _kit.WriteFile(TransferTestKit.RandomBytes(10_000, seed: 99));

        await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "short.bin", path, TransferTestKit.DownloadOptions());

        var written = File.ReadAllBytes(path);
        written.Should().HaveCount(1500);
        TransferTestKit.Sha256(written).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task A_url_expiring_mid_download_is_refreshed_and_never_retried_as_is()
    {
        var data = Store("expiring.bin", TransferTestKit.PartSize * 6);
        Uri? expired = null;
        _kit.Fake.Intercept = (call, _) =>
        {
            if (call.Range?.StartsWith("bytes=3072-", StringComparison.Ordinal) == true && call.Generation == 1)
            {
                expired = call.Url;
                return Task.FromResult<HttpResponseMessage?>(FakeOssS3.Expired(call.Url));
            }

            return Task.FromResult<HttpResponseMessage?>(null);
        };
        var path = _kit.NewPath();

        await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "expiring.bin", path, TransferTestKit.DownloadOptions(o => o.MaxConcurrency = 1));

        _kit.Fake.DownloadUrlCalls.Should().Be(2);
        var forPart = _kit.Fake.S3Calls.Where(c => c.Range!.StartsWith("bytes=3072-", StringComparison.Ordinal)).ToList();
        forPart.Should().HaveCount(2);
        forPart.Count(c => c.Url == expired).Should().Be(1);
        forPart[1].Generation.Should().Be(2);
        TransferTestKit.Sha256(File.ReadAllBytes(path)).Should().Be(TransferTestKit.Sha256(data));
        _kit.AssertCredentialHygiene();
    }

    [Fact]
    public async Task A_transient_failure_on_a_range_is_retried()
    {
        var data = Store("flaky.bin", TransferTestKit.PartSize * 4);
        var failures = 0;
        _kit.Fake.Intercept = (call, _) =>
        {
            var n = Interlocked.Increment(ref failures);
            return n switch
            {
                1 => Task.FromResult<HttpResponseMessage?>(FakeOssS3.Status(HttpStatusCode.InternalServerError)),
                2 => throw new HttpRequestException(HttpRequestError.ConnectionError, "connection reset"),
                _ => Task.FromResult<HttpResponseMessage?>(null),
            };
        };
        using var destination = new MemoryStream();

        await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "flaky.bin", destination, TransferTestKit.DownloadOptions(o => o.MaxConcurrency = 1));

        TransferTestKit.Sha256(destination.ToArray()).Should().Be(TransferTestKit.Sha256(data));
        _kit.Fake.S3Calls.Should().HaveCount(6);
    }

    [Fact]
    public async Task A_download_that_keeps_failing_deletes_the_file_and_leaks_no_url()
    {
        Store("broken.bin", TransferTestKit.PartSize * 3);
        _kit.Fake.Intercept = (call, _) => Task.FromResult<HttpResponseMessage?>(
            call.Range?.StartsWith("bytes=1024-", StringComparison.Ordinal) == true ? FakeOssS3.Expired(call.Url) : null);
        var path = _kit.NewPath();

        var act = () => _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "broken.bin", path, TransferTestKit.DownloadOptions());

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(403);
        TransferTestKit.AssertNoSignedUrl(error);
        File.Exists(path).Should().BeFalse();
        _kit.Fake.DownloadUrlCalls.Should().Be(4, "the first URL and three fresh ones");
    }

    [Fact]
    public async Task A_cancelled_download_stops_and_deletes_the_file()
    {
        Store("cancel.bin", TransferTestKit.PartSize * 8);
        using var cts = new CancellationTokenSource();
        _kit.Fake.Intercept = async (call, ct) =>
        {
            if (call.Range?.StartsWith("bytes=2048-", StringComparison.Ordinal) == true)
            {
                await cts.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
            }

            return null;
        };
        var path = _kit.NewPath();

        var act = () => _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "cancel.bin", path, TransferTestKit.DownloadOptions(o => o.MaxConcurrency = 1), cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        File.Exists(path).Should().BeFalse();
        _kit.Fake.S3Calls.Should().HaveCount(3);
    }

    [Fact]
    public async Task An_unchanged_object_is_not_downloaded_and_the_file_is_not_touched()
    {
        Store("same.bin", 100);
        var path = _kit.WriteFile([1, 2, 3]);

        var result = await _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "same.bin", path, TransferTestKit.DownloadOptions(o => o.IfNoneMatch = _kit.Fake.ObjectETag));

        result.IsNotModified.Should().BeTrue();
        File.ReadAllBytes(path).Should().Equal(1, 2, 3);
        _kit.Fake.S3Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_object_fails_without_creating_the_file()
    {
        var path = _kit.NewPath();

        var act = () => _kit.Transfers.DownloadAsync(TransferTestKit.Bucket, "missing.bin", path, TransferTestKit.DownloadOptions());

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task Invalid_input_is_refused_before_any_call()
    {
        var transfers = _kit.Transfers;
        await FluentActions.Invoking(() => transfers.DownloadAsync(TransferTestKit.Bucket, "x", _kit.NewPath(), new OssDownloadOptions { PartSize = 1000 }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Invoking(() => transfers.DownloadAsync(TransferTestKit.Bucket, "x", _kit.NewPath(), TransferTestKit.DownloadOptions(o => o.MaxConcurrency = 65)))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Invoking(() => transfers.DownloadAsync(TransferTestKit.Bucket, "x", new MemoryStream([], writable: false)))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Invoking(() => transfers.DownloadAsync("UPPER", "x", new MemoryStream()))
            .Should().ThrowAsync<ArgumentException>();
        _kit.Fake.TotalRequests.Should().Be(0);
    }
}
