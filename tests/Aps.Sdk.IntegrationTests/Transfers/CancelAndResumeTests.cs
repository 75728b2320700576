using Aps.Sdk.Oss;
using Aps.Sdk.Testing;
using static Aps.Sdk.IntegrationTests.Transfers.TransferTestKit;

namespace Aps.Sdk.IntegrationTests.Transfers;

/// <summary>
/// An upload cancelled part-way, its last checkpoint saved as JSON, read back and resumed (by a new client, as after a
/// restart): the object ends byte-identical and the parts the checkpoint lists are never sent again. One emulator per
/// test: PUTs cancelled mid-flight must not reach another test's counters.
/// </summary>
public sealed class CancelAndResumeTests : IAsyncLifetime
{
    private const int Size = ManyPartsSize;
    private ApsEmulator _emulator = null!;

    public async Task InitializeAsync()
        => _emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { MinimumPartSize = PartSize });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task A_cancelled_file_upload_resumes_from_its_json_checkpoint(int concurrency)
    {
        var bucket = NewBucketKey("resume-file");
        _emulator.Oss.CreateBucket(bucket);
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: concurrency);
        var path = folder.Write("source.bin", data);
        var parts = UploadParts(Size);
        using var cancel = new CancellationTokenSource();
        var journal = new CheckpointJournal(folder.File("checkpoint.json"), checkpoint =>
        {
            if (checkpoint.CompletedParts.Count == 5)
            {
                cancel.Cancel();
            }
        });

        using (var first = _emulator.CreateClient())
        {
            var act = () => first.Oss.Transfers.UploadAsync(bucket, "big.bin", path, UploadOptions(o =>
            {
                o.MaxConcurrency = concurrency;
                o.CheckpointCallback = journal.Save;
            }), cancel.Token);

            await act.Should().ThrowAsync<OperationCanceledException>();
        }

        (await _emulator.Oss.ReadObjectAsync(bucket, "big.bin")).Should().BeNull("a cancelled upload is not completed");
        var checkpoint = journal.Load();
        checkpoint.BucketKey.Should().Be(bucket);
        checkpoint.ObjectKey.Should().Be("big.bin");
        checkpoint.TotalSize.Should().Be(Size);
        checkpoint.PartCount.Should().Be(parts);
        checkpoint.CompletedParts.Count.Should().BeInRange(5, parts - 1);
        checkpoint.ToJson().Should().NotContain("Signature", "a checkpoint holds no signed URL");
        if (concurrency == 1)
        {
            checkpoint.CompletedParts.Select(p => p.PartNumber).Should().Equal(1, 2, 3, 4, 5);
        }

        var (stored, missing) = Split(checkpoint, parts);
        using var storedPuts = new PartPutCounters(_emulator.Faults, stored);
        using var missingPuts = new PartPutCounters(_emulator.Faults, missing);
        using var second = _emulator.CreateClient();
        var resumed = new CheckpointJournal(folder.File("resumed.json"));
        var progress = new ProgressProbe();
        var result = await second.Oss.Transfers.ResumeUploadAsync(checkpoint, path, UploadOptions(o =>
        {
            o.MaxConcurrency = concurrency;
            o.CheckpointCallback = resumed.Save;
            o.Progress = progress;
        }));

        result.UploadKey.Should().Be(checkpoint.UploadKey);
        result.PartsResumed.Should().Be(stored.Count);
        storedPuts.Total.Should().Be(0, "the parts the checkpoint lists are not sent again");
        AssertEachSent(missingPuts, exactlyOnce: concurrency == 1);
        progress.Reports[0].BytesTransferred.Should().Be(checkpoint.BytesCompleted, "progress starts from what was stored");
        progress.AssertMonotonicEndingAt(Size, parts);
        await AssertStoredExactlyAsync(_emulator, bucket, "big.bin", data, result, resumed);
    }

    [Fact]
    public async Task A_cancelled_non_seekable_stream_upload_resumes_from_a_new_stream_with_the_same_source_id()
    {
        var bucket = NewBucketKey("resume-stream");
        _emulator.Oss.CreateBucket(bucket);
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 77);
        var sourceId = "sha256:" + Sha256(data);
        var parts = UploadParts(Size);
        using var cancel = new CancellationTokenSource();
        var journal = new CheckpointJournal(folder.File("checkpoint.json"), checkpoint =>
        {
            if (checkpoint.CompletedParts.Count == 3)
            {
                cancel.Cancel();
            }
        });

        using (var first = _emulator.CreateClient())
        {
            var act = () => first.Oss.Transfers.UploadAsync(bucket, "piped.bin", new NonSeekableStream(data), UploadOptions(o =>
            {
                o.SourceId = sourceId;
                o.CheckpointCallback = journal.Save;
            }), cancel.Token);

            await act.Should().ThrowAsync<OperationCanceledException>();
        }

        var checkpoint = journal.Load();
        checkpoint.Source.SourceId.Should().Be(sourceId);
        checkpoint.Source.SampleSha256.Should().BeNull("a stream that cannot seek cannot be sampled");
        checkpoint.CompletedParts.Count.Should().BeInRange(3, parts - 1);

        var (stored, missing) = Split(checkpoint, parts);
        using var storedPuts = new PartPutCounters(_emulator.Faults, stored);
        using var missingPuts = new PartPutCounters(_emulator.Faults, missing);
        using var second = _emulator.CreateClient();
        var resumed = new CheckpointJournal(folder.File("resumed.json"));
        var stream = new NonSeekableStream(data);
        var result = await second.Oss.Transfers.ResumeUploadAsync(checkpoint, stream, UploadOptions(o =>
        {
            o.SourceId = sourceId;
            o.CheckpointCallback = resumed.Save;
        }));

        stream.BytesRead.Should().Be(Size, "the stored parts are read past, the rest is sent");
        result.PartsResumed.Should().Be(stored.Count);
        storedPuts.Total.Should().Be(0, "the parts the checkpoint lists are not sent again");
        AssertEachSent(missingPuts, exactlyOnce: false);
        await AssertStoredExactlyAsync(_emulator, bucket, "piped.bin", data, result, resumed);
    }

    [Fact]
    public async Task A_resume_with_another_stream_is_refused_before_anything_is_sent()
    {
        var bucket = NewBucketKey("resume-other");
        _emulator.Oss.CreateBucket(bucket);
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 78);
        using var cancel = new CancellationTokenSource();
        var journal = new CheckpointJournal(folder.File("checkpoint.json"), c => { if (c.CompletedParts.Count == 2) { cancel.Cancel(); } });
        using var aps = _emulator.CreateClient();
        var act = () => aps.Oss.Transfers.UploadAsync(bucket, "piped.bin", new NonSeekableStream(data), UploadOptions(o =>
        {
            o.MaxConcurrency = 1;
            o.SourceId = "version-1";
            o.CheckpointCallback = journal.Save;
        }), cancel.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        var checkpoint = journal.Load();
        using var puts = _emulator.Faults.CountPartPuts();

        var resume = () => aps.Oss.Transfers.ResumeUploadAsync(checkpoint, new NonSeekableStream(data), UploadOptions(o => o.SourceId = "version-2"));

        (await resume.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("SourceId");
        puts.Hits.Should().Be(0);
        (await _emulator.Oss.ReadObjectAsync(bucket, "piped.bin")).Should().BeNull();
    }

    [Fact]
    public async Task A_checkpoint_resumed_twice_after_two_cancellations_still_ends_byte_identical()
    {
        var bucket = NewBucketKey("resume-twice");
        _emulator.Oss.CreateBucket(bucket);
        using var folder = new TempFolder();
        var data = RandomBytes(Size, seed: 2);
        var path = folder.Write("source.bin", data);
        var checkpointPath = folder.File("checkpoint.json");
        using var aps = _emulator.CreateClient();

        using (var cancel = new CancellationTokenSource())
        {
            var journal = new CheckpointJournal(checkpointPath, c => { if (c.CompletedParts.Count == 4) { cancel.Cancel(); } });
            var act = () => aps.Oss.Transfers.UploadAsync(bucket, "twice.bin", path, UploadOptions(o => o.CheckpointCallback = journal.Save), cancel.Token);
            await act.Should().ThrowAsync<OperationCanceledException>();
        }

        var firstCheckpoint = OssUploadCheckpoint.FromJson(File.ReadAllText(checkpointPath));
        using (var cancel = new CancellationTokenSource())
        {
            var target = firstCheckpoint.CompletedParts.Count + 6;
            var journal = new CheckpointJournal(checkpointPath, c => { if (c.CompletedParts.Count == target) { cancel.Cancel(); } });
            var act = () => aps.Oss.Transfers.ResumeUploadAsync(firstCheckpoint, path, UploadOptions(o => o.CheckpointCallback = journal.Save), cancel.Token);
            await act.Should().ThrowAsync<OperationCanceledException>();
        }

        var secondCheckpoint = OssUploadCheckpoint.FromJson(File.ReadAllText(checkpointPath));
        secondCheckpoint.UploadKey.Should().Be(firstCheckpoint.UploadKey);
        secondCheckpoint.CompletedParts.Count.Should().BeGreaterThan(firstCheckpoint.CompletedParts.Count);
        secondCheckpoint.CompletedParts.Select(p => p.PartNumber).Should().Contain(firstCheckpoint.CompletedParts.Select(p => p.PartNumber));

        var (stored, _) = Split(secondCheckpoint, UploadParts(Size));
        using var storedPuts = new PartPutCounters(_emulator.Faults, stored);
        var final = new CheckpointJournal(folder.File("final.json"));
        var result = await aps.Oss.Transfers.ResumeUploadAsync(secondCheckpoint, path, UploadOptions(o => o.CheckpointCallback = final.Save));

        result.PartsResumed.Should().Be(secondCheckpoint.CompletedParts.Count);
        storedPuts.Total.Should().Be(0);
        await AssertStoredExactlyAsync(_emulator, bucket, "twice.bin", data, result, final);
    }

    private static (List<int> Stored, List<int> Missing) Split(OssUploadCheckpoint checkpoint, int parts)
    {
        var stored = checkpoint.CompletedParts.Select(p => p.PartNumber).ToList();
        return (stored, Enumerable.Range(1, parts).Except(stored).ToList());
    }

    /// <summary>
    /// Every missing part was sent: exactly once when the first run had nothing in flight when it was cancelled, at
    /// least once otherwise (a PUT the first run cancelled may reach the emulator after the resume started).
    /// </summary>
    private static void AssertEachSent(PartPutCounters missing, bool exactlyOnce)
    {
        if (exactlyOnce)
        {
            missing.Hits.Values.Should().OnlyContain(hits => hits == 1);
        }
        else
        {
            missing.Hits.Values.Should().OnlyContain(hits => hits >= 1);
        }
    }
}
