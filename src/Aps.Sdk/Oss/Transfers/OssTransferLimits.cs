namespace Aps.Sdk.Oss;

/// <summary>The S3 and OSS limits the transfer manager plans with, and the part-size arithmetic.</summary>
internal static class OssTransferLimits
{
    /// <summary>1 MiB.</summary>
    public const int MiB = 1024 * 1024;

    /// <summary>The default part size of uploads and downloads: 8 MiB.</summary>
    public const int DefaultPartSize = 8 * MiB;

    /// <summary>The smallest S3 multipart part (all but the last): 5 MiB.</summary>
    public const int MinimumUploadPartSize = 5 * MiB;

    /// <summary>The smallest download part the options accept: 64 KiB.</summary>
    public const int MinimumDownloadPartSize = 64 * 1024;

    /// <summary>The most parts of one S3 multipart upload.</summary>
    public const int MaxParts = 10_000;

    /// <summary>The most part URLs one <c>signeds3upload</c> call returns.</summary>
    public const int MaxUrlsPerRequest = 25;

    /// <summary>The default number of parts in flight.</summary>
    public const int DefaultConcurrency = 8;

    /// <summary>The most parts in flight the options accept.</summary>
    public const int MaxConcurrency = 64;

    /// <summary>The default attempts per part (the first one included).</summary>
    public const int DefaultMaxPartAttempts = 5;

    /// <summary>The most attempts per part the options accept.</summary>
    public const int MaxPartAttemptsLimit = 20;

    /// <summary>How many times one part may get a fresh URL after an expired (403) one before the upload fails.</summary>
    public const int MaxUrlRefreshesPerPart = 3;

    /// <summary>The longest backoff between two attempts of a part.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>A URL this close to its expiry is refreshed before use rather than sent and refused.</summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(10);

    /// <summary>How long OSS signed URLs last when <c>minutesExpiration</c> is not sent.</summary>
    public static readonly TimeSpan DefaultUrlLifetime = TimeSpan.FromMinutes(2);

    /// <summary>The bytes hashed at each end of a source for its fingerprint.</summary>
    public const int FingerprintSampleSize = MiB;

    /// <summary>
    /// The part size actually used: <c>max(partSize, ceil(size / 10,000))</c>, so that any size fits in 10,000 parts.
    /// </summary>
    /// <param name="size">The object size, or <see langword="null"/> when unknown (a non-seekable stream).</param>
    /// <param name="partSize">The requested part size.</param>
    /// <returns>The effective part size, in bytes.</returns>
    public static long EffectivePartSize(long? size, long partSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partSize);
        if (size is not { } total || total <= 0)
        {
            return partSize;
        }

        var needed = (total / MaxParts) + (total % MaxParts == 0 ? 0 : 1);
        return Math.Max(partSize, needed);
    }

    /// <summary>The number of parts of an object: one for an empty object, else <c>ceil(size / partSize)</c>.</summary>
    /// <param name="size">The object size.</param>
    /// <param name="partSize">The part size.</param>
    /// <returns>The part count.</returns>
    public static int PartCount(long size, long partSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partSize);
        if (size == 0)
        {
            return 1;
        }

        var count = (size / partSize) + (size % partSize == 0 ? 0 : 1);
        return count > int.MaxValue ? int.MaxValue : (int)count;
    }

    /// <summary>The length of part <paramref name="partNumber"/> (1-based).</summary>
    public static int PartLength(long size, int partSize, int partNumber)
    {
        var offset = (long)(partNumber - 1) * partSize;
        return (int)Math.Min(partSize, Math.Max(0, size - offset));
    }

    /// <summary>The backoff before attempt <paramref name="failures"/> + 1: doubling from <paramref name="baseDelay"/>, capped, with equal jitter.</summary>
    public static TimeSpan Backoff(TimeSpan baseDelay, int failures)
    {
        if (baseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failures - 1, 16);
        var ticks = Math.Min(baseDelay.Ticks * (1L << exponent), MaxRetryDelay.Ticks);
        var half = ticks / 2;
#pragma warning disable CA5394 // Jitter spreads the retries of parallel parts; it needs no cryptographic randomness.
        return TimeSpan.FromTicks(half + (long)(Random.Shared.NextDouble() * half));
#pragma warning restore CA5394
    }
}
