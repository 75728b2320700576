using System.Reflection;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Tests.Transfers;

public sealed class PlanningAndCheckpointTests
{
    private const long MiB = 1024 * 1024;
    private const long GiB = 1024 * MiB;
    private const long TiB = 1024 * GiB;

    [Theory]
    [InlineData(0L, 8 * MiB)]
    [InlineData(1L, 8 * MiB)]
    [InlineData(GiB, 8 * MiB)]
    [InlineData(10_000 * 8 * MiB, 8 * MiB)]
    [InlineData((10_000 * 8 * MiB) + 1, (8 * MiB) + 1)]
    [InlineData(100 * GiB, 10_737_419L)]
    [InlineData(5 * TiB, 549_755_814L)]
    public void The_effective_part_size_keeps_any_object_within_10000_parts(long size, long expected)
    {
        var effective = OssTransferLimits.EffectivePartSize(size, 8 * MiB);

        effective.Should().Be(expected);
        OssTransferLimits.PartCount(size, effective).Should().BeLessThanOrEqualTo(10_000);
    }

    [Fact]
    public void Part_counts_and_lengths_cover_the_object_exactly()
    {
        OssTransferLimits.PartCount(0, 1024).Should().Be(1, "an empty object is one empty part");
        OssTransferLimits.PartCount(1024, 1024).Should().Be(1);
        OssTransferLimits.PartCount(1025, 1024).Should().Be(2);
        OssTransferLimits.PartLength(1025, 1024, 1).Should().Be(1024);
        OssTransferLimits.PartLength(1025, 1024, 2).Should().Be(1);
        OssTransferLimits.PartLength(0, 1024, 1).Should().Be(0);
        OssTransferLimits.EffectivePartSize(null, 8 * MiB).Should().Be(8 * MiB, "an unknown length keeps the requested size");
    }

    [Fact]
    public void An_object_too_large_for_one_buffer_per_part_is_refused()
    {
        var act = () => OssTransferManager.PartSizeFor(30 * TiB, 8 * (int)MiB, "options");

        act.Should().Throw<ArgumentException>().WithMessage("*10,000 parts*");
        OssTransferManager.PartSizeFor(5 * TiB, 8 * (int)MiB, "options").Should().Be(549_755_814);
    }

    [Fact]
    public void Backoff_doubles_with_jitter_and_is_capped()
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var i = 0; i < 20; i++)
        {
            OssTransferLimits.Backoff(delay, 1).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500)).And.BeLessThanOrEqualTo(delay);
            OssTransferLimits.Backoff(delay, 3).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(4));
            OssTransferLimits.Backoff(delay, 30).Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
        }

        OssTransferLimits.Backoff(TimeSpan.Zero, 3).Should().Be(TimeSpan.Zero);
    }

    private static OssUploadCheckpoint Sample() => new()
    {
        BucketKey = "bucket-1",
        ObjectKey = "folder/model.rvt",
        UploadKey = "upload-key-abc",
        PartSize = 1024,
        TotalSize = 2500,
        PartCount = 3,
        UploadExpiration = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Source = new OssUploadSourceFingerprint
        {
            Length = 2500,
            LastWriteTimeUtc = new DateTime(2029, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(1234567),
            SampleSha256 = "AB12",
            SourceId = "id-1",
        },
        CompletedParts =
        [
            new OssUploadedPart { PartNumber = 1, ETag = "\"e1\"", Size = 1024 },
            new OssUploadedPart { PartNumber = 3, ETag = "\"e3\"", Size = 452 },
        ],
    };

    [Fact]
    public void A_checkpoint_round_trips_through_json()
    {
        var original = Sample();

        var json = original.ToJson();
        var restored = OssUploadCheckpoint.FromJson(json);

        restored.Should().BeEquivalentTo(original);
        restored.Source.LastWriteTimeUtc!.Value.Kind.Should().Be(DateTimeKind.Utc);
        restored.BytesCompleted.Should().Be(1476);
        json.Should().Contain("\"uploadKey\":\"upload-key-abc\"").And.Contain("\"version\":1").And.Contain("\"eTag\":\"\\u0022e1\\u0022\"");
        original.ToString().Should().Be("OssUploadCheckpoint(bucket-1/folder/model.rvt, 2/3 parts, 1476/2500 bytes)");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"version":2,"bucketKey":"bucket-1","objectKey":"o","uploadKey":"k","partSize":1024,"source":{}}""")]
    [InlineData("""{"version":1,"bucketKey":"BAD","objectKey":"o","uploadKey":"k","partSize":1024,"source":{}}""")]
    [InlineData("""{"version":1,"bucketKey":"bucket-1","objectKey":"o","uploadKey":"","partSize":1024,"source":{}}""")]
    [InlineData("""{"version":1,"bucketKey":"bucket-1","objectKey":"o","uploadKey":"k","partSize":1024,"totalSize":2048,"partCount":3,"source":{}}""")]
    [InlineData("""{"version":1,"bucketKey":"bucket-1","objectKey":"o","uploadKey":"k","partSize":1024,"source":{},"parts":[{"partNumber":2,"eTag":"a","size":1},{"partNumber":1,"eTag":"b","size":1}]}""")]
    [InlineData("""{"version":1,"bucketKey":"bucket-1","objectKey":"o","uploadKey":"k","partSize":1024,"totalSize":2048,"partCount":2,"source":{},"parts":[{"partNumber":1,"eTag":"a","size":5}]}""")]
    [InlineData("""{"version":1,"bucketKey":"bucket-1","objectKey":"o","partSize":1024,"source":{}}""")]
    public void A_broken_checkpoint_is_refused_with_an_ArgumentException(string json)
    {
        var act = () => OssUploadCheckpoint.FromJson(json);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task Resuming_a_checkpoint_with_a_part_size_below_the_S3_minimum_is_refused()
    {
        using var kit = new TransferTestKit();
        var checkpoint = Sample();

        var act = () => kit.Transfers.ResumeUploadAsync(checkpoint, new MemoryStream(new byte[2500]), new OssUploadOptions());

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*below the S3 minimum*");
        kit.Fake.TotalRequests.Should().Be(0);
    }

    [Fact]
    public void Descriptions_never_carry_urls()
    {
        new OssTransferProgress { BytesTransferred = 5, TotalBytes = 10, PartsCompleted = 1, TotalParts = 2 }.ToString().Should().Be("5/10 bytes, 1/2 parts");
        new OssTransferProgress { BytesTransferred = 5, PartsCompleted = 1 }.Fraction.Should().BeNull();
        new OssTransferProgress { BytesTransferred = 5, TotalBytes = 10, PartsCompleted = 1 }.Fraction.Should().Be(0.5);
        new OssDownloadResult { IsNotModified = true }.ToString().Should().Contain("not modified");
    }

    [Fact]
    public void Public_transfer_models_and_options_are_sealed_and_the_manager_is_mockable()
    {
        var types = new[]
        {
            typeof(OssUploadOptions), typeof(OssDownloadOptions), typeof(OssTransferProgress), typeof(OssUploadCheckpoint),
            typeof(OssUploadedPart), typeof(OssUploadSourceFingerprint), typeof(OssUploadResult), typeof(OssDownloadResult),
        };
        types.Should().OnlyContain(t => t.IsSealed);
        typeof(OssTransferManager).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType.IsGenericType)
            .Should().HaveCount(6).And.OnlyContain(m => m.IsVirtual && m.GetParameters().Last().ParameterType == typeof(CancellationToken));
    }
}
