using Aps.Sdk.Testing;
using static Aps.Sdk.IntegrationTests.Transfers.TransferTestKit;

namespace Aps.Sdk.IntegrationTests.Transfers;

/// <summary>Uploads through the transfer manager and downloads back, against the emulator, without faults.</summary>
public sealed class RoundTripTests : IClassFixture<TransferEmulatorFixture>
{
    private readonly ApsEmulator _emulator;

    public RoundTripTests(TransferEmulatorFixture fixture)
    {
        _emulator = fixture.Emulator;
        _emulator.Faults.Clear();
    }

    public static TheoryData<SourceKind, int> Cases()
    {
        var cases = new TheoryData<SourceKind, int>();
        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            cases.Add(kind, 0);
            cases.Add(kind, 1);
            cases.Add(kind, PartSize);
            cases.Add(kind, PartSize + 1);
            cases.Add(kind, ManyPartsSize);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_upload_stores_the_source_byte_for_byte_and_both_downloads_return_it(SourceKind kind, int size)
    {
        var bucket = NewBucketKey("round-trip");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var data = RandomBytes(size, seed: size + (int)kind);
        var journal = new CheckpointJournal(folder.File("checkpoint.json"));
        var progress = new ProgressProbe();
        var parts = UploadParts(size);

        using (var puts = _emulator.Faults.CountPartPuts())
        using (var urlRequests = _emulator.Faults.CountUploadUrlRequests(bucket))
        {
            var result = await Uploads.RunAsync(aps, kind, bucket, "object.bin", data, folder, UploadOptions(o =>
            {
                o.CheckpointCallback = journal.Save;
                o.Progress = progress;
            }));

            await AssertStoredExactlyAsync(_emulator, bucket, "object.bin", data, result, journal);
            result.PartsResumed.Should().Be(0);
            puts.Hits.Should().Be(parts, "each part is sent exactly once when nothing fails");
            urlRequests.Hits.Should().Be(UrlBatches(parts), "part URLs come in batches of at most 25");
            progress.AssertMonotonicEndingAt(size, parts);
            journal.Load().CompletedParts.Should().HaveCount(parts, "the checkpoint saved as JSON lists every part");
        }

        using var gets = _emulator.Faults.CountObjectGets(bucket);
        var path = folder.File("download.bin");
        var toFile = await aps.Oss.Transfers.DownloadAsync(bucket, "object.bin", path, DownloadOptions());

        AssertFileIs(path, data);
        toFile.IsNotModified.Should().BeFalse();
        toFile.Bytes.Should().Be(size);
        toFile.PartCount.Should().Be(DownloadParts(size));
        toFile.Sha1.Should().Be(Sha1Hex(data));
        toFile.Sha1Verified.Should().BeTrue();

        var downloadProgress = new ProgressProbe();
        using var memory = new MemoryStream();
        var toStream = await aps.Oss.Transfers.DownloadAsync(bucket, "object.bin", memory, DownloadOptions(o => o.Progress = downloadProgress));

        memory.Length.Should().Be(size);
        Sha256(memory.ToArray()).Should().Be(Sha256(data));
        toStream.Bytes.Should().Be(size);
        toStream.PartCount.Should().Be(DownloadParts(size));
        toStream.Sha1Verified.Should().BeTrue();
        downloadProgress.AssertMonotonicEndingAt(size, DownloadParts(size));
        gets.Hits.Should().Be(2 * DownloadParts(size), "each range is fetched exactly once when nothing fails");
    }

    [Fact]
    public async Task A_seekable_stream_uploads_from_its_current_position()
    {
        var bucket = NewBucketKey("position");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        var data = RandomBytes((3 * PartSize) + 100, seed: 7);
        const int skipped = 1000;
        using var stream = new MemoryStream(data);
        stream.Position = skipped;

        var result = await aps.Oss.Transfers.UploadAsync(bucket, "tail.bin", stream, UploadOptions());

        await AssertStoredExactlyAsync(_emulator, bucket, "tail.bin", data[skipped..], result);
    }

    [Fact]
    public async Task Parallel_uploads_of_different_objects_do_not_mix_their_parts()
    {
        var bucket = NewBucketKey("parallel");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        using var folder = new TempFolder();
        var sources = Enumerable.Range(0, 4).Select(i => RandomBytes((5 * PartSize) + (i * 1111), seed: 100 + i)).ToArray();

        var results = await Task.WhenAll(sources.Select((data, i) =>
            Uploads.RunAsync(aps, (SourceKind)(i % 4), bucket, $"object-{i}.bin", data, folder, UploadOptions())));

        for (var i = 0; i < sources.Length; i++)
        {
            await AssertStoredExactlyAsync(_emulator, bucket, $"object-{i}.bin", sources[i], results[i]);
        }

        results.Select(r => r.UploadKey).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Metadata_given_to_the_upload_is_recorded_with_the_object()
    {
        var bucket = NewBucketKey("metadata");
        _emulator.Oss.CreateBucket(bucket);
        using var aps = _emulator.CreateClient();
        var data = RandomBytes((2 * PartSize) + 5, seed: 3);

        var result = await aps.Oss.Transfers.UploadAsync(bucket, "model.rvt", new MemoryStream(data), UploadOptions(o =>
        {
            o.ContentType = "application/vnd.autodesk.revit";
            o.UserDefinedMetadata = """{"project":"tower"}""";
        }));

        await AssertStoredExactlyAsync(_emulator, bucket, "model.rvt", data, result);
        result.ObjectDetails.ContentType.Should().Be("application/vnd.autodesk.revit");
        var details = await aps.Oss.GetObjectDetailsAsync(bucket, "model.rvt", new Aps.Sdk.Oss.OssObjectDetailsOptions { With = Aps.Sdk.Oss.OssObjectDetailsFields.UserDefinedMetadata });
        details.UserDefinedMetadata.Should().Be("""{"project":"tower"}""");
    }
}
