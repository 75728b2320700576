namespace Aps.Sdk.Oss;

/// <summary>
/// Options of <see cref="OssTransferManager.DownloadAsync(string, string, string, OssDownloadOptions?, CancellationToken)"/>.
/// The settings inherited from <see cref="ApsRequestOptions"/> apply to the OSS call that signs the URL, never to the
/// ranged S3 requests, which carry no APS credentials. With <see cref="ApsRequestOptions.IfNoneMatch"/> or
/// <see cref="ApsRequestOptions.IfModifiedSince"/>, an unchanged object is not downloaded and the destination is not touched.
/// </summary>
public sealed class OssDownloadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the size of each ranged request, in bytes (default 8 MiB, at least 64 KiB). Memory use peaks near <see cref="MaxConcurrency"/> × the part size.</summary>
    public int PartSize { get; set; } = OssTransferLimits.DefaultPartSize;

    /// <summary>Gets or sets how many ranges are downloaded at the same time (1 to 64; default 8).</summary>
    public int MaxConcurrency { get; set; } = OssTransferLimits.DefaultConcurrency;

    /// <summary>
    /// Gets or sets how many times a range is requested before the download fails on a transient error (S3 5xx, 408 or
    /// 429, a dropped or truncated connection, <see cref="PartTimeout"/>); the first attempt included (1 to 20; default 5).
    /// An expired URL is refreshed, not counted here.
    /// </summary>
    public int MaxPartAttempts { get; set; } = OssTransferLimits.DefaultMaxPartAttempts;

    /// <summary>Gets or sets the first backoff after a transient failure; it doubles per failure, with jitter, up to 30 seconds. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long one range may take before it is abandoned and retried (default 5 minutes; <see langword="null"/> for no limit).</summary>
    public TimeSpan? PartTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long the signed URL stays valid, in minutes (1 to 60; OSS default 2). It is refreshed when it expires.</summary>
    public int? MinutesExpiration { get; set; }

    /// <summary>Gets or sets whether to download through CloudFront.</summary>
    public bool? UseCdn { get; set; }

    /// <summary>Gets or sets whether, while chunks are still being assembled, OSS returns one OSS signed URL instead of one S3 URL per chunk.</summary>
    public bool? PublicResourceFallback { get; set; }

    /// <summary>Gets or sets whether the SHA-1 OSS reports is checked against the downloaded bytes (default <see langword="true"/>).</summary>
    public bool VerifySha1 { get; set; } = true;

    /// <summary>Gets or sets where progress goes: reported in order, with a range's bytes counted once it is stored.</summary>
    /// <remarks><see cref="Progress{T}"/> posts reports to the thread pool, where they may run out of order; use a synchronous <see cref="IProgress{T}"/> when order matters.</remarks>
    public IProgress<OssTransferProgress>? Progress { get; set; }

    /// <summary>Gets or sets the smallest part size accepted (64 KiB; tests lower it).</summary>
    internal int MinimumPartSize { get; set; } = OssTransferLimits.MinimumDownloadPartSize;

    /// <summary>Checks the options before any call.</summary>
    internal void Validate(string parameterName)
    {
        if (PartSize < MinimumPartSize || PartSize > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(parameterName, PartSize, $"PartSize must be between {MinimumPartSize} and {Array.MaxLength} bytes.");
        }

        OssTransferManager.ValidateCommon(MaxConcurrency, MaxPartAttempts, RetryDelay, PartTimeout, parameterName);
        OssClient.CheckMinutes(MinutesExpiration);
    }
}
