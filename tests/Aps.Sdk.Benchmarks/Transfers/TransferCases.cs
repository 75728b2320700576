using System.Security.Cryptography;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>The transfers being compared, each one call that moves a whole object.</summary>
internal static class TransferCases
{
    public const string SdkUpload = "sdk-upload";
    public const string RawUpload = "raw-upload";
    public const string SdkDownload = "sdk-download";
    public const string SdkDownloadSha1 = "sdk-download-sha1";
    public const string RawDownload = "raw-download";
    public const string SequentialUpload = "sequential-upload";

    public static readonly string[] ProbeCases = [SdkUpload, RawUpload, SdkDownload, SdkDownloadSha1, RawDownload];

    public static string Describe(string name, TransferSettings settings) => name switch
    {
        SdkUpload => $"SDK `Transfers.UploadAsync` (file, {settings.Concurrency} × {settings.PartSize / TransferSettings.MiB} MiB parts)",
        RawUpload => $"Raw `HttpClient`, {settings.Concurrency} parallel {settings.PartSize / TransferSettings.MiB} MiB PUTs",
        SdkDownload => $"SDK `Transfers.DownloadAsync` (file, {settings.Concurrency} × {settings.PartSize / TransferSettings.MiB} MiB ranges, `VerifySha1 = false`)",
        SdkDownloadSha1 => $"SDK `Transfers.DownloadAsync` (same, `VerifySha1 = true`)",
        RawDownload => $"Raw `HttpClient`, {settings.Concurrency} parallel {settings.PartSize / TransferSettings.MiB} MiB ranged GETs",
        SequentialUpload => $"Sequential uploader, one {settings.SequentialPartSize / TransferSettings.MiB} MiB PUT at a time",
        _ => name,
    };

    /// <summary>Runs one case; returns the SDK download result when there is one.</summary>
    public static async Task<OssDownloadResult?> RunAsync(string name, ApsClient aps, HttpClient raw, TransferSettings settings, string bucketKey, string objectKey, string path, CancellationToken cancellationToken)
    {
        switch (name)
        {
            case SdkUpload:
                await aps.Oss.Transfers.UploadAsync(bucketKey, objectKey, path, new OssUploadOptions { PartSize = settings.PartSize, MaxConcurrency = settings.Concurrency }, cancellationToken).ConfigureAwait(false);
                return null;
            case RawUpload:
                await RawS3Transfers.UploadParallelAsync(aps, raw, bucketKey, objectKey, path, settings.PartSize, settings.Concurrency, cancellationToken).ConfigureAwait(false);
                return null;
            case SequentialUpload:
                await RawS3Transfers.UploadSequentialAsync(aps, raw, bucketKey, objectKey, path, settings.SequentialPartSize, cancellationToken).ConfigureAwait(false);
                return null;
            case SdkDownload:
            case SdkDownloadSha1:
                return await aps.Oss.Transfers.DownloadAsync(bucketKey, objectKey, path, new OssDownloadOptions { PartSize = settings.PartSize, MaxConcurrency = settings.Concurrency, VerifySha1 = name == SdkDownloadSha1 }, cancellationToken).ConfigureAwait(false);
            case RawDownload:
                await RawS3Transfers.DownloadParallelAsync(aps, raw, bucketKey, objectKey, path, settings.PartSize, settings.Concurrency, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                throw new ArgumentException("Unknown case " + name, nameof(name));
        }
    }

    public static bool IsUpload(string name) => name is SdkUpload or RawUpload or SequentialUpload;

    /// <summary>Writes <paramref name="bytes"/> of seeded pseudo-random data to a new file; returns its SHA-1 (lower-case hex).</summary>
    public static async Task<string> CreateRandomFileAsync(string path, long bytes, int seed)
    {
        var random = new Random(seed);
        var buffer = new byte[4 * 1024 * 1024];
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous, BufferSize = 0, PreallocationSize = bytes });
        await using (file.ConfigureAwait(false))
        {
            for (long written = 0; written < bytes;)
            {
                var count = (int)Math.Min(buffer.Length, bytes - written);
                random.NextBytes(buffer.AsSpan(0, count));
                sha1.AppendData(buffer, 0, count);
                await file.WriteAsync(buffer.AsMemory(0, count)).ConfigureAwait(false);
                written += count;
            }

            // On disk before any measurement, so the kernel's write-back of these pages does not run during one.
            file.Flush(flushToDisk: true);
        }

        return Convert.ToHexStringLower(sha1.GetHashAndReset());
    }

    /// <summary>SHA-1 of a file (lower-case hex), for the correctness checks outside the timed sections.</summary>
    public static async Task<string> Sha1OfFileAsync(string path)
    {
        var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Options = FileOptions.Asynchronous | FileOptions.SequentialScan, BufferSize = 0 });
        await using (file.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA1.HashDataAsync(file).ConfigureAwait(false));
        }
    }

    /// <summary>A full blocking collection, so each run starts from the same heap.</summary>
    public static void SettleHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string ReadLoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', text.Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
