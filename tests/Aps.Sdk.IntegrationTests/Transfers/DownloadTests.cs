using Aps.Sdk.Oss;
using Aps.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;
using static Aps.Sdk.IntegrationTests.Transfers.TransferTestKit;

namespace Aps.Sdk.IntegrationTests.Transfers;

/// <summary>Ranged parallel downloads from the emulator, to a file and to a stream, with and without faults.</summary>
public sealed class DownloadTests : IClassFixture<TransferEmulatorFixture>
{
    private const int Size = (9 * PartSize) + 999;
    private const int Parts = 10;
    private readonly ApsEmulator _emulator;

    public DownloadTests(TransferEmulatorFixture fixture)
    {
        _emulator = fixture.Emulator;
        _emulator.Faults.Clear();
    }

    public enum Destination
    {
        File,
        Stream,
    }

    [Theory]
    [InlineData(Destination.File)]
    [InlineData(Destination.Stream)]
    public async Task A_truncated_body_on_a_range_is_retried(Destination destination)
    {
        var (bucket, data) = Seed("truncated", seed: 1);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        using var gets = _emulator.Faults.CountObjectGets(bucket);
        using var truncate = _emulator.Faults.For(HttpMethod.Get, "/__s3/objects/" + bucket + "/*").Skip(2).Next(1).TruncateBody();

        var result = await DownloadAsync(aps, destination, bucket, data, folder);

        truncate.Hits.Should().Be(1);
        gets.Hits.Should().Be(Parts + 1, "only the truncated range is fetched again");
        result.Sha1Verified.Should().BeTrue();
        result.PartCount.Should().Be(Parts);
    }

    [Theory]
    [InlineData(Destination.File)]
    [InlineData(Destination.Stream)]
    public async Task A_connection_reset_mid_download_is_retried(Destination destination)
    {
        var (bucket, data) = Seed("reset", seed: 2);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        using var gets = _emulator.Faults.CountObjectGets(bucket);
        using var reset = _emulator.Faults.For(HttpMethod.Get, "/__s3/objects/" + bucket + "/*").Skip(4).Next(2).ResetConnection();

        var result = await DownloadAsync(aps, destination, bucket, data, folder);

        reset.Hits.Should().Be(2);
        gets.Hits.Should().Be(Parts + 2);
        result.Sha1Verified.Should().BeTrue();
    }

    [Theory]
    [InlineData(Destination.File, 500)]
    [InlineData(Destination.Stream, 503)]
    public async Task A_5xx_on_a_range_is_retried(Destination destination, int status)
    {
        var (bucket, data) = Seed("server-error", seed: status);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        using var gets = _emulator.Faults.CountObjectGets(bucket);
        using var failing = _emulator.Faults.For(HttpMethod.Get, "/__s3/objects/" + bucket + "/*").Skip(1).Next(3).Respond(status);

        await DownloadAsync(aps, destination, bucket, data, folder);

        failing.Hits.Should().Be(3);
        gets.Hits.Should().Be(Parts + 3);
    }

    [Fact]
    public async Task A_range_failing_every_attempt_fails_the_download_and_deletes_the_file()
    {
        var (bucket, _) = Seed("outage", seed: 3);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var path = folder.File("never.bin");
        using var outage = _emulator.Faults.For(HttpMethod.Get, "/__s3/objects/" + bucket + "/*").Respond(503);

        var act = () => aps.Oss.Transfers.DownloadAsync(bucket, "object.bin", path, DownloadOptions(o => o.MaxPartAttempts = 2));

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(503);
        File.Exists(path).Should().BeFalse("a failed download leaves no partial file");
    }

    [Fact]
    public async Task A_download_creates_the_file_when_it_does_not_exist()
    {
        var (bucket, data) = Seed("create", seed: 4);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var path = folder.File("new.bin");
        File.Exists(path).Should().BeFalse();

        var result = await aps.Oss.Transfers.DownloadAsync(bucket, "object.bin", path, DownloadOptions());

        AssertFileIs(path, data);
        result.Bytes.Should().Be(Size);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Size)]
    public async Task A_longer_existing_file_is_truncated_to_the_object(int size)
    {
        var bucket = NewBucketKey("truncate-file");
        _emulator.Oss.CreateBucket(bucket);
        var data = RandomBytes(size, seed: 5);
        _emulator.Oss.PutObject(bucket, "object.bin", data);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var path = folder.Write("existing.bin", RandomBytes(Size * 2, seed: 6));

        var result = await aps.Oss.Transfers.DownloadAsync(bucket, "object.bin", path, DownloadOptions());

        AssertFileIs(path, data);
        result.Bytes.Should().Be(size);
        result.PartCount.Should().Be(DownloadParts(size));
    }

    [Fact]
    public async Task A_download_url_expired_on_the_emulator_clock_is_refused_by_S3_and_refreshed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { TimeProvider = clock });
        emulator.Oss.CreateBucket("expiry");
        var data = RandomBytes(Size, seed: 7);
        emulator.Oss.PutObject("expiry", "object.bin", data);
        using var aps = emulator.CreateClient();
        using var folder = new TempFolder();
        using var gets = emulator.Faults.CountObjectGets("expiry");
        using var urlRequests = emulator.Faults.CountDownloadUrlRequests("expiry");
        var advanced = 0;
        var progress = new ProgressProbe(p =>
        {
            if (p.PartsCompleted == 3 && Interlocked.Exchange(ref advanced, 1) == 0)
            {
                clock.Advance(TimeSpan.FromMinutes(3));
            }
        });
        var path = folder.File("late.bin");

        var result = await aps.Oss.Transfers.DownloadAsync("expiry", "object.bin", path, DownloadOptions(o =>
        {
            o.MaxConcurrency = 1;
            o.Progress = progress;
        }));

        AssertFileIs(path, data);
        result.Sha1Verified.Should().BeTrue();
        urlRequests.Hits.Should().Be(2, "S3 refused the expired URL once and a fresh one was signed");
        gets.Hits.Should().Be(Parts + 1);
    }

    [Fact]
    public async Task A_download_url_expired_on_a_shared_clock_is_refreshed_before_it_is_used()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { TimeProvider = clock });
        emulator.Oss.CreateBucket("shared-clock");
        var data = RandomBytes(Size, seed: 8);
        emulator.Oss.PutObject("shared-clock", "object.bin", data);
        using var aps = new ApsClient(emulator.CreateOptions(), null, clock);
        using var gets = emulator.Faults.CountObjectGets("shared-clock");
        using var urlRequests = emulator.Faults.CountDownloadUrlRequests("shared-clock");
        var advanced = 0;
        var progress = new ProgressProbe(p =>
        {
            if (p.PartsCompleted == 3 && Interlocked.Exchange(ref advanced, 1) == 0)
            {
                // Past the 2-minute URL lifetime, short of the 5-minute part timeout; no range is in flight.
                clock.Advance(TimeSpan.FromMinutes(3));
            }
        });
        using var memory = new MemoryStream();

        var result = await aps.Oss.Transfers.DownloadAsync("shared-clock", "object.bin", memory, DownloadOptions(o =>
        {
            o.MaxConcurrency = 1;
            o.Progress = progress;
        }));

        Sha256(memory.ToArray()).Should().Be(Sha256(data));
        result.Sha1Verified.Should().BeTrue();
        urlRequests.Hits.Should().Be(2);
        gets.Hits.Should().Be(Parts, "no range was sent with an expired URL");
    }

    [Fact]
    public async Task An_S3_403_on_a_range_gets_a_freshly_signed_url()
    {
        var (bucket, data) = Seed("denied", seed: 9);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        using var gets = _emulator.Faults.CountObjectGets(bucket);
        using var urlRequests = _emulator.Faults.CountDownloadUrlRequests(bucket);
        using var denied = _emulator.Faults.For(HttpMethod.Get, "/__s3/objects/" + bucket + "/*").Skip(5).Next(1).Respond(403);

        await DownloadAsync(aps, Destination.File, bucket, data, folder);

        denied.Hits.Should().Be(1);
        urlRequests.Hits.Should().Be(2);
        gets.Hits.Should().Be(Parts + 1);
    }

    [Fact]
    public async Task A_429_with_retry_after_on_the_download_url_is_waited_out()
    {
        var (bucket, data) = Seed("throttled", seed: 10);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        using var urlRequests = _emulator.Faults.CountDownloadUrlRequests(bucket);
        using var throttle = _emulator.Faults.For(HttpMethod.Get, "/oss/v2/buckets/" + bucket + "/objects/*/signeds3download").Next(2).RateLimit(TimeSpan.Zero);

        await DownloadAsync(aps, Destination.Stream, bucket, data, folder);

        throttle.Hits.Should().Be(2);
        urlRequests.Hits.Should().Be(3, "two throttled answers (Retry-After: 0), then the signed URL");
    }

    [Fact]
    public async Task A_missing_object_fails_with_404_without_creating_the_file()
    {
        var bucket = NewBucketKey("missing");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var path = folder.File("missing.bin");

        var act = () => aps.Oss.Transfers.DownloadAsync(bucket, "nothing.bin", path, DownloadOptions());

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task An_unchanged_object_is_not_downloaded_and_the_file_is_left_alone()
    {
        var (bucket, data) = Seed("not-modified", seed: 11);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var previous = RandomBytes(100, seed: 12);
        var path = folder.Write("cached.bin", previous);
        using var gets = _emulator.Faults.CountObjectGets(bucket);

        var result = await aps.Oss.Transfers.DownloadAsync(bucket, "object.bin", path, DownloadOptions(o => o.IfNoneMatch = Sha1Hex(data)));

        result.IsNotModified.Should().BeTrue();
        gets.Hits.Should().Be(0);
        AssertFileIs(path, previous);
    }

    private (string Bucket, byte[] Data) Seed(string prefix, int seed)
    {
        var bucket = NewBucketKey(prefix);
        _emulator.Oss.CreateBucket(bucket);
        var data = RandomBytes(Size, seed);
        _emulator.Oss.PutObject(bucket, "object.bin", data);
        return (bucket, data);
    }

    private static async Task<OssDownloadResult> DownloadAsync(ApsClient aps, Destination destination, string bucket, byte[] data, TempFolder folder)
    {
        if (destination == Destination.File)
        {
            var path = folder.File("download.bin");
            var toFile = await aps.Oss.Transfers.DownloadAsync(bucket, "object.bin", path, DownloadOptions());
            AssertFileIs(path, data);
            toFile.Bytes.Should().Be(data.LongLength);
            return toFile;
        }

        using var memory = new MemoryStream();
        var toStream = await aps.Oss.Transfers.DownloadAsync(bucket, "object.bin", memory, DownloadOptions());
        memory.Length.Should().Be(data.LongLength);
        Sha256(memory.ToArray()).Should().Be(Sha256(data));
        toStream.Bytes.Should().Be(data.LongLength);
        return toStream;
    }
}
