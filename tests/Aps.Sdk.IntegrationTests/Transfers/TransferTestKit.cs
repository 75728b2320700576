using System.Security.Cryptography;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Transfers;

/// <summary>
/// One emulator per test class, with the S3 minimum part size lowered to <see cref="TransferTestKit.PartSize"/> so the
/// emulator still refuses (EntityTooSmall) any non-last part smaller than the parts the tests plan with.
/// </summary>
public sealed class TransferEmulatorFixture : IAsyncLifetime
{
    public ApsEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync()
        => Emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { MinimumPartSize = TransferTestKit.PartSize });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}

/// <summary>The sizes, options, data, hashes and request counters the transfer tests share.</summary>
internal static class TransferTestKit
{
    /// <summary>The part size of every upload and download: 64 KiB.</summary>
    public const int PartSize = 64 * 1024;

    /// <summary>33 parts: more than one batch of 25 part URLs, the last part short.</summary>
    public const int ManyPartsSize = (32 * PartSize) + 12_345;

    public const string UploadUrlsPath = "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3upload";

    public const string DownloadUrlPath = "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3download";

    /// <summary>Upload options with 64 KiB parts (the 5 MiB minimum lowered to the emulator's), 1 ms backoff.</summary>
    public static OssUploadOptions UploadOptions(Action<OssUploadOptions>? configure = null)
    {
        var options = new OssUploadOptions
        {
            MinimumPartSize = PartSize,
            PartSize = PartSize,
            MaxConcurrency = 4,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Download options with 64 KiB ranges, 1 ms backoff.</summary>
    public static OssDownloadOptions DownloadOptions(Action<OssDownloadOptions>? configure = null)
    {
        var options = new OssDownloadOptions
        {
            PartSize = PartSize,
            MaxConcurrency = 4,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>The parts an upload of <paramref name="size"/> bytes has: one for an empty object.</summary>
    public static int UploadParts(long size) => size == 0 ? 1 : (int)((size + PartSize - 1) / PartSize);

    /// <summary>The ranges a download of <paramref name="size"/> bytes takes: none for an empty object.</summary>
    public static int DownloadParts(long size) => (int)((size + PartSize - 1) / PartSize);

    /// <summary>How many <c>signeds3upload</c> URL batches (at most 25 URLs each) <paramref name="parts"/> parts need.</summary>
    public static int UrlBatches(int parts) => (parts + 24) / 25;

    public static string NewBucketKey(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N");

    public static byte[] RandomBytes(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    public static string Sha256(ReadOnlySpan<byte> data) => Convert.ToHexString(SHA256.HashData(data));

    public static string Sha256OfFile(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(file));
    }

    public static string Sha1Hex(byte[] data) => Convert.ToHexString(SHA1.HashData(data)).ToLowerInvariant();

    /// <summary>Counts the requests matching a route without changing them (a zero delay rule).</summary>
    public static ApsEmulatorFault Count(this ApsEmulatorFaults faults, HttpMethod method, string pathPattern)
        => faults.For(method, pathPattern).Delay(TimeSpan.Zero);

    /// <summary>Counts the part PUTs to the emulated S3 (every upload; tests of one class run one at a time).</summary>
    public static ApsEmulatorFault CountPartPuts(this ApsEmulatorFaults faults)
        => faults.Count(HttpMethod.Put, ApsEmulatorFaults.S3UploadPartPath);

    /// <summary>Counts the ranged GETs of one bucket's objects from the emulated S3.</summary>
    public static ApsEmulatorFault CountObjectGets(this ApsEmulatorFaults faults, string bucketKey)
        => faults.Count(HttpMethod.Get, "/__s3/objects/" + bucketKey + "/*");

    /// <summary>Counts the <c>signeds3upload</c> URL requests for one bucket.</summary>
    public static ApsEmulatorFault CountUploadUrlRequests(this ApsEmulatorFaults faults, string bucketKey)
        => faults.Count(HttpMethod.Get, "/oss/v2/buckets/" + bucketKey + "/objects/*/signeds3upload");

    /// <summary>Counts the <c>signeds3download</c> requests for one bucket.</summary>
    public static ApsEmulatorFault CountDownloadUrlRequests(this ApsEmulatorFaults faults, string bucketKey)
        => faults.Count(HttpMethod.Get, "/oss/v2/buckets/" + bucketKey + "/objects/*/signeds3download");

    /// <summary>
    /// Checks what every upload must end with: the emulator stores exactly the source (same size, same SHA-256), OSS
    /// reports the source's size and SHA-1, and the result and the last checkpoint list every part once.
    /// </summary>
    public static async Task AssertStoredExactlyAsync(ApsEmulator emulator, string bucketKey, string objectKey, byte[] source, OssUploadResult result, CheckpointJournal? journal = null)
    {
        var stored = await emulator.Oss.ReadObjectAsync(bucketKey, objectKey);
        stored.Should().NotBeNull("the upload must have created the object");
        stored!.LongLength.Should().Be(source.LongLength, "no part may be lost or stored twice");
        Sha256(stored).Should().Be(Sha256(source), "the stored object must be byte-identical to the source");

        var parts = UploadParts(source.Length);
        result.Bytes.Should().Be(source.LongLength);
        result.PartCount.Should().Be(parts);
        result.PartSize.Should().Be(PartSize);
        result.ObjectDetails.Size.Should().Be(source.LongLength);
        result.ObjectDetails.Sha1.Should().Be(Sha1Hex(source));
        result.ObjectDetails.BucketKey.Should().Be(bucketKey);
        result.ObjectDetails.ObjectKey.Should().Be(objectKey);

        if (journal?.Latest is { } last)
        {
            last.UploadKey.Should().Be(result.UploadKey);
            last.TotalSize.Should().Be(source.LongLength);
            last.PartCount.Should().Be(parts);
            last.CompletedParts.Select(p => p.PartNumber).Should().Equal(Enumerable.Range(1, parts), "every part is completed exactly once");
            last.CompletedParts.Sum(p => p.Size).Should().Be(source.LongLength);
        }
    }

    /// <summary>Checks that a downloaded file is exactly <paramref name="source"/>.</summary>
    public static void AssertFileIs(string path, byte[] source)
    {
        File.Exists(path).Should().BeTrue();
        new FileInfo(path).Length.Should().Be(source.LongLength);
        Sha256OfFile(path).Should().Be(Sha256(source));
    }
}

/// <summary>
/// Counts the part PUTs to the emulated S3 per part number. After a cancelled or failed upload, a PUT the client
/// already gave up on can still reach the emulator a moment later; counting per part keeps the assertions exact: a
/// part the checkpoint lists was answered before it was listed, so no such straggler exists for it.
/// </summary>
internal sealed class PartPutCounters : IDisposable
{
    private readonly Dictionary<int, ApsEmulatorFault> _counters;

    public PartPutCounters(ApsEmulatorFaults faults, IEnumerable<int> partNumbers)
    {
        _counters = partNumbers.Distinct().ToDictionary(n => n, n => faults.Count(HttpMethod.Put, "/__s3/upload/*/" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Gets the PUTs seen so far for each part number.</summary>
    public IReadOnlyDictionary<int, int> Hits => _counters.ToDictionary(c => c.Key, c => c.Value.Hits);

    public int Total => _counters.Values.Sum(c => c.Hits);

    public void Dispose()
    {
        foreach (var counter in _counters.Values)
        {
            counter.Dispose();
        }
    }
}

/// <summary>
/// Keeps the checkpoints an upload hands out, as a real application would: each one saved as JSON to a file,
/// replacing the previous one; <see cref="Load"/> reads the last one back.
/// </summary>
internal sealed class CheckpointJournal
{
    private readonly object _gate = new();
    private readonly List<OssUploadCheckpoint> _all = [];
    private readonly Action<OssUploadCheckpoint>? _after;

    public CheckpointJournal(string path, Action<OssUploadCheckpoint>? after = null)
    {
        Path = path;
        _after = after;
    }

    public string Path { get; }

    public OssUploadCheckpoint? Latest
    {
        get
        {
            lock (_gate)
            {
                return _all.Count == 0 ? null : _all[^1];
            }
        }
    }

    public IReadOnlyList<OssUploadCheckpoint> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _all];
            }
        }
    }

    /// <summary>The callback to put in <see cref="OssUploadOptions.CheckpointCallback"/>.</summary>
    public void Save(OssUploadCheckpoint checkpoint)
    {
        lock (_gate)
        {
            _all.Add(checkpoint);
            File.WriteAllText(Path, checkpoint.ToJson());
        }

        _after?.Invoke(checkpoint);
    }

    /// <summary>Reads the last checkpoint back from its JSON file.</summary>
    public OssUploadCheckpoint Load() => OssUploadCheckpoint.FromJson(File.ReadAllText(Path));
}

/// <summary>A temporary folder deleted with its files.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aps-itest-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, byte[] data)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, data);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort.
        }
    }
}

/// <summary>
/// A read-only stream that cannot seek and does not know its length (like a network body or a pipe), handing out at
/// most <c>maxRead</c> bytes per read so the uploader has to fill each part from several reads.
/// </summary>
internal sealed class NonSeekableStream : Stream
{
    private readonly byte[] _data;
    private readonly int _maxRead;
    private int _position;

    public NonSeekableStream(byte[] data, int maxRead = 7_001)
    {
        _data = data;
        _maxRead = maxRead;
    }

    public int BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("The stream does not know its length.");

    public override long Position
    {
        get => throw new NotSupportedException("The stream cannot seek.");
        set => throw new NotSupportedException("The stream cannot seek.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(Math.Min(buffer.Length, _maxRead), _data.Length - _position);
        _data.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The stream cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("The stream is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The stream is read-only.");
}

/// <summary>A progress sink that runs synchronously, in the order reports are made, and can act on them.</summary>
internal sealed class ProgressProbe : IProgress<OssTransferProgress>
{
    private readonly object _gate = new();
    private readonly List<OssTransferProgress> _reports = [];
    private readonly Action<OssTransferProgress>? _onReport;

    public ProgressProbe(Action<OssTransferProgress>? onReport = null)
    {
        _onReport = onReport;
    }

    public IReadOnlyList<OssTransferProgress> Reports
    {
        get
        {
            lock (_gate)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(OssTransferProgress value)
    {
        lock (_gate)
        {
            _reports.Add(value);
        }

        _onReport?.Invoke(value);
    }

    /// <summary>Checks that the reports never go back and end at the total.</summary>
    public void AssertMonotonicEndingAt(long bytes, int parts)
    {
        var reports = Reports;
        reports.Should().NotBeEmpty();
        for (var i = 1; i < reports.Count; i++)
        {
            reports[i].BytesTransferred.Should().BeGreaterThanOrEqualTo(reports[i - 1].BytesTransferred);
            reports[i].PartsCompleted.Should().BeGreaterThanOrEqualTo(reports[i - 1].PartsCompleted);
        }

        reports[^1].BytesTransferred.Should().Be(bytes);
        reports[^1].TotalBytes.Should().Be(bytes);
        reports[^1].PartsCompleted.Should().Be(parts);
        reports[^1].TotalParts.Should().Be(parts);
    }
}

/// <summary>Where an upload reads from.</summary>
public enum SourceKind
{
    /// <summary>A file path: parts read at their offsets by the workers.</summary>
    File,

    /// <summary>A seekable <see cref="MemoryStream"/>.</summary>
    SeekableStream,

    /// <summary>A stream that cannot seek and whose length is not declared: the end is found by reading.</summary>
    NonSeekableStream,

    /// <summary>A stream that cannot seek, with <see cref="OssUploadOptions.StreamLength"/> declared.</summary>
    NonSeekableStreamWithLength,
}

/// <summary>Runs an upload from each kind of source.</summary>
internal static class Uploads
{
    public static async Task<OssUploadResult> RunAsync(ApsClient aps, SourceKind kind, string bucketKey, string objectKey, byte[] data, TempFolder folder, OssUploadOptions options, CancellationToken cancellationToken = default)
    {
        var transfers = aps.Oss.Transfers;
        switch (kind)
        {
            case SourceKind.File:
                var path = folder.Write(Guid.NewGuid().ToString("N") + ".src", data);
                return await transfers.UploadAsync(bucketKey, objectKey, path, options, cancellationToken);
            case SourceKind.SeekableStream:
                using (var stream = new MemoryStream(data, writable: false))
                {
                    return await transfers.UploadAsync(bucketKey, objectKey, stream, options, cancellationToken);
                }

            case SourceKind.NonSeekableStream:
                return await transfers.UploadAsync(bucketKey, objectKey, new NonSeekableStream(data), options, cancellationToken);
            case SourceKind.NonSeekableStreamWithLength:
                options.StreamLength = data.Length;
                return await transfers.UploadAsync(bucketKey, objectKey, new NonSeekableStream(data), options, cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
