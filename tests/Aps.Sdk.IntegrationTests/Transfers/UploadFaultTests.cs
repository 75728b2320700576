using System.Net;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;
using static Aps.Sdk.IntegrationTests.Transfers.TransferTestKit;

namespace Aps.Sdk.IntegrationTests.Transfers;

/// <summary>
/// Uploads under injected faults: every one must end with the byte-identical object, every part stored once and in
/// place, and the retries the fault calls for (no more). One emulator per test: a failed upload cancels the PUTs it
/// has in flight, which must not reach another test's counters.
/// </summary>
public sealed class UploadFaultTests : IAsyncLifetime
{
    private const int Size = (9 * PartSize) + 4321;
    private const int Parts = 10;
    private ApsEmulator _emulator = null!;

    public async Task InitializeAsync()
        => _emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { MinimumPartSize = PartSize });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData(SourceKind.File)]
    [InlineData(SourceKind.NonSeekableStream)]
    public async Task A_connection_reset_mid_part_is_retried_from_the_same_buffer(SourceKind kind)
    {
        var bucket = NewBucketKey("reset");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 11);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"));
        using var puts = _emulator.Faults.CountPartPuts();
        using var reset = _emulator.Faults.For(HttpMethod.Put, "/__s3/upload/*/4").Next(1).ResetConnection();

        var result = await Uploads.RunAsync(aps, kind, bucket, "reset.bin", data, folder, UploadOptions(o => o.CheckpointCallback = journal.Save));

        reset.Hits.Should().Be(1);
        puts.Hits.Should().Be(Parts + 1, "only the reset part is sent again");
        await AssertStoredExactlyAsync(_emulator, bucket, "reset.bin", data, result, journal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_5xx_on_a_part_is_retried_with_backoff(int status)
    {
        var bucket = NewBucketKey("server-error");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: status);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"));
        using var puts = _emulator.Faults.CountPartPuts();
        using var failing = _emulator.Faults.For(HttpMethod.Put, "/__s3/upload/*/3").Next(2).Respond(status);

        var result = await Uploads.RunAsync(aps, SourceKind.File, bucket, "retried.bin", data, folder, UploadOptions(o => o.CheckpointCallback = journal.Save));

        failing.Hits.Should().Be(2);
        puts.Hits.Should().Be(Parts + 2, "part 3 is sent three times, every other part once");
        await AssertStoredExactlyAsync(_emulator, bucket, "retried.bin", data, result, journal);
    }

    [Fact]
    public async Task An_S3_403_on_a_part_gets_a_fresh_url_for_it_from_the_same_session()
    {
        var bucket = NewBucketKey("denied");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 403);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"));
        using var puts = _emulator.Faults.CountPartPuts();
        using var urlRequests = _emulator.Faults.CountUploadUrlRequests(bucket);
        using var denied = _emulator.Faults.For(HttpMethod.Put, "/__s3/upload/*/5").Next(1)
            .Respond(403, """{"Code":"AccessDenied","Message":"Request has expired"}""");

        var result = await Uploads.RunAsync(aps, SourceKind.File, bucket, "denied.bin", data, folder, UploadOptions(o => o.CheckpointCallback = journal.Save));

        denied.Hits.Should().Be(1);
        urlRequests.Hits.Should().Be(2, "the refused URL is replaced by one more signeds3upload call");
        puts.Hits.Should().Be(Parts + 1);
        await AssertStoredExactlyAsync(_emulator, bucket, "denied.bin", data, result, journal);
        journal.All.Select(c => c.UploadKey).Distinct().Should().ContainSingle("the fresh URL belongs to the same upload session");
    }

    [Fact]
    public async Task A_url_refused_every_time_fails_after_three_fresh_urls_with_the_S3_error()
    {
        var bucket = NewBucketKey("always-denied");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        var data = RandomBytes(3 * PartSize, seed: 4030);
        using var urlRequests = _emulator.Faults.CountUploadUrlRequests(bucket);
        using var denied = _emulator.Faults.For(HttpMethod.Put, "/__s3/upload/*/2").Respond(403);

        var act = () => aps.Oss.Transfers.UploadAsync(bucket, "denied.bin", new MemoryStream(data), UploadOptions());

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(403);
        error.ToString().Should().NotContain("Signature=", "signed queries never reach messages");
        denied.Hits.Should().Be(4, "the first URL and three fresh ones, then the upload gives up");
        urlRequests.Hits.Should().Be(4);
        (await _emulator.Oss.ReadObjectAsync(bucket, "denied.bin")).Should().BeNull();
    }

    [Fact]
    public async Task Urls_expired_on_the_emulator_clock_are_refused_by_S3_and_refreshed()
    {
        // Only S3 sees time pass: the client still thinks its URLs are fresh, sends one and gets S3's real 403.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { MinimumPartSize = PartSize, TimeProvider = clock });
        emulator.Oss.CreateBucket("expiry");
        using var aps = emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 1);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"), checkpoint =>
        {
            if (checkpoint.CompletedParts.Count == 2)
            {
                clock.Advance(TimeSpan.FromMinutes(3));
            }
        });
        using var puts = emulator.Faults.CountPartPuts();
        using var urlRequests = emulator.Faults.CountUploadUrlRequests("expiry");

        var result = await Uploads.RunAsync(aps, SourceKind.File, "expiry", "late.bin", data, folder, UploadOptions(o =>
        {
            o.MaxConcurrency = 1;
            o.CheckpointCallback = journal.Save;
        }));

        urlRequests.Hits.Should().Be(2, "one batch at the start, one after S3 refused the first expired URL");
        puts.Hits.Should().Be(Parts + 1, "only part 3 met an expired URL; parts 4 to 10 got fresh ones with it");
        await AssertStoredExactlyAsync(emulator, "expiry", "late.bin", data, result, journal);
    }

    [Fact]
    public async Task Urls_expired_on_a_shared_clock_are_refreshed_before_they_are_sent()
    {
        // The client and the emulator share the clock: the client sees the expiry coming and never sends a stale URL.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { MinimumPartSize = PartSize, TimeProvider = clock });
        emulator.Oss.CreateBucket("shared-clock");
        using var aps = new ApsClient(emulator.CreateOptions(), null, clock);
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 2);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"), checkpoint =>
        {
            if (checkpoint.CompletedParts.Count == 2)
            {
                // Past the 2-minute URL lifetime, short of the 5-minute part timeout; no request is in flight.
                clock.Advance(TimeSpan.FromMinutes(3));
            }
        });
        using var puts = emulator.Faults.CountPartPuts();
        using var urlRequests = emulator.Faults.CountUploadUrlRequests("shared-clock");

        var result = await Uploads.RunAsync(aps, SourceKind.File, "shared-clock", "late.bin", data, folder, UploadOptions(o =>
        {
            o.MaxConcurrency = 1;
            o.CheckpointCallback = journal.Save;
        }));

        urlRequests.Hits.Should().Be(2);
        puts.Hits.Should().Be(Parts, "no part was sent with an expired URL");
        await AssertStoredExactlyAsync(emulator, "shared-clock", "late.bin", data, result, journal);
    }

    [Fact]
    public async Task A_429_with_retry_after_on_the_session_start_is_waited_out()
    {
        var bucket = NewBucketKey("throttled-start");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 429);
        using var urlRequests = _emulator.Faults.CountUploadUrlRequests(bucket);
        using var throttle = _emulator.Faults.For(HttpMethod.Get, "/oss/v2/buckets/" + bucket + "/objects/*/signeds3upload").Next(2).RateLimit(TimeSpan.Zero);

        var result = await Uploads.RunAsync(aps, SourceKind.SeekableStream, bucket, "throttled.bin", data, folder, UploadOptions());

        throttle.Hits.Should().Be(2);
        urlRequests.Hits.Should().Be(3, "two throttled attempts, then the one that opened the session");
        await AssertStoredExactlyAsync(_emulator, bucket, "throttled.bin", data, result);
    }

    [Fact]
    public async Task A_429_with_retry_after_on_a_later_url_batch_is_waited_out_mid_upload()
    {
        var bucket = NewBucketKey("throttled-batch");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(ManyPartsSize, seed: 4291);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"));
        using var puts = _emulator.Faults.CountPartPuts();
        using var urlRequests = _emulator.Faults.CountUploadUrlRequests(bucket);
        using var throttle = _emulator.Faults.For(HttpMethod.Get, "/oss/v2/buckets/" + bucket + "/objects/*/signeds3upload").Skip(1).Next(1).RateLimit(TimeSpan.FromSeconds(1));

        var result = await Uploads.RunAsync(aps, SourceKind.File, bucket, "many.bin", data, folder, UploadOptions(o => o.CheckpointCallback = journal.Save));

        throttle.Hits.Should().Be(1);
        urlRequests.Hits.Should().Be(3, "batch 1, batch 2 throttled, batch 2 again after Retry-After");
        puts.Hits.Should().Be(UploadParts(ManyPartsSize));
        await AssertStoredExactlyAsync(_emulator, bucket, "many.bin", data, result, journal);
    }

    [Fact]
    public async Task A_429_on_the_completion_surfaces_and_the_checkpoint_completes_without_sending_a_part_again()
    {
        var bucket = NewBucketKey("throttled-complete");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 4292);
        var path = folder.Write("source.bin", data);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"));
        using var puts = _emulator.Faults.CountPartPuts();
        using (var throttle = _emulator.Faults.For(HttpMethod.Post, "/oss/v2/buckets/" + bucket + "/objects/*/signeds3upload").Next(1).RateLimit(TimeSpan.FromSeconds(7)))
        {
            var act = () => aps.Oss.Transfers.UploadAsync(bucket, "complete.bin", path, UploadOptions(o => o.CheckpointCallback = journal.Save));

            // The completion is a POST that is not idempotent: the pipeline does not replay it by itself.
            var error = (await act.Should().ThrowAsync<ApsRateLimitException>()).Which;
            error.Status.Should().Be(HttpStatusCode.TooManyRequests);
            error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
            throttle.Hits.Should().Be(1);
        }

        (await _emulator.Oss.ReadObjectAsync(bucket, "complete.bin")).Should().BeNull("the upload was not completed");
        puts.Hits.Should().Be(Parts);

        var checkpoint = journal.Load();
        checkpoint.CompletedParts.Should().HaveCount(Parts);
        var resumed = new CheckpointJournal(folder.File("resumed.json"));
        var result = await aps.Oss.Transfers.ResumeUploadAsync(checkpoint, path, UploadOptions(o => o.CheckpointCallback = resumed.Save));

        result.PartsResumed.Should().Be(Parts);
        puts.Hits.Should().Be(Parts, "the resume only completes");
        await AssertStoredExactlyAsync(_emulator, bucket, "complete.bin", data, result, resumed);
    }

    [Fact]
    public async Task A_part_failing_every_attempt_fails_the_upload_and_the_checkpoint_finishes_it()
    {
        var bucket = NewBucketKey("outage");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 5);
        var path = folder.Write("source.bin", data);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"));
        using (var outage = _emulator.Faults.For(HttpMethod.Put, "/__s3/upload/*/6").Respond(503))
        {
            var act = () => aps.Oss.Transfers.UploadAsync(bucket, "outage.bin", path, UploadOptions(o =>
            {
                o.MaxPartAttempts = 3;
                o.CheckpointCallback = journal.Save;
            }));

            (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(503);
            outage.Hits.Should().Be(3, "part 6 was tried MaxPartAttempts times");
        }

        (await _emulator.Oss.ReadObjectAsync(bucket, "outage.bin")).Should().BeNull();
        var checkpoint = journal.Load();
        var stored = checkpoint.CompletedParts.Select(p => p.PartNumber).ToList();
        stored.Should().NotContain(6);
        using var storedPuts = new PartPutCounters(_emulator.Faults, stored);
        using var missingPuts = new PartPutCounters(_emulator.Faults, Enumerable.Range(1, Parts).Except(stored));

        var resumed = new CheckpointJournal(folder.File("resumed.json"));
        var result = await aps.Oss.Transfers.ResumeUploadAsync(checkpoint, path, UploadOptions(o => o.CheckpointCallback = resumed.Save));

        result.PartsResumed.Should().Be(stored.Count);
        storedPuts.Total.Should().Be(0, "the parts the checkpoint lists are not sent again");
        missingPuts.Hits.Values.Should().OnlyContain(hits => hits >= 1, "every part the checkpoint lacks is sent (a PUT cancelled by the failure may still arrive late)");
        await AssertStoredExactlyAsync(_emulator, bucket, "outage.bin", data, result, resumed);
    }
}
