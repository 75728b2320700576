namespace Aps.Sdk.Oss;

/// <summary>
/// Options of <see cref="OssTransferManager.UploadAsync(string, string, string, OssUploadOptions?, CancellationToken)"/>
/// and <see cref="OssTransferManager.ResumeUploadAsync(OssUploadCheckpoint, string, OssUploadOptions?, CancellationToken)"/>.
/// The settings inherited from <see cref="ApsRequestOptions"/> (token provider, user, timeout, headers) apply to the
/// OSS calls (URLs and completion), never to the S3 part uploads, which carry no APS credentials.
/// </summary>
public sealed class OssUploadOptions : ApsRequestOptions
{
    /// <summary>
    /// Gets or sets the part size in bytes (default 8 MiB, at least 5 MiB, the S3 minimum for every part but the last).
    /// A larger one is used when the object would need more than 10,000 parts: <c>max(PartSize, ceil(size / 10,000))</c>.
    /// Memory use peaks near <see cref="MaxConcurrency"/> × the part size. A resumed upload keeps its checkpoint's part size.
    /// </summary>
    public int PartSize { get; set; } = OssTransferLimits.DefaultPartSize;

    /// <summary>Gets or sets how many parts are uploaded at the same time (1 to 64; default 8).</summary>
    public int MaxConcurrency { get; set; } = OssTransferLimits.DefaultConcurrency;

    /// <summary>
    /// Gets or sets how many times a part is sent before the upload fails on a transient error (S3 5xx, 408 or 429, a
    /// dropped connection, <see cref="PartTimeout"/>); the first attempt included (1 to 20; default 5). An expired URL
    /// is refreshed, not counted here.
    /// </summary>
    public int MaxPartAttempts { get; set; } = OssTransferLimits.DefaultMaxPartAttempts;

    /// <summary>Gets or sets the first backoff after a transient part failure; it doubles per failure, with jitter, up to 30 seconds. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long one part upload may take before it is abandoned and retried (default 5 minutes; <see langword="null"/> for no limit).</summary>
    public TimeSpan? PartTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long each signed part URL stays valid, in minutes (1 to 60; OSS default 2). URLs are requested just in time and refreshed when they expire.</summary>
    public int? MinutesExpiration { get; set; }

    /// <summary>Gets or sets whether to use S3 Transfer Acceleration URLs (OSS default <see langword="true"/>).</summary>
    public bool? UseAcceleration { get; set; }

    /// <summary>Gets or sets the Content-Type OSS records with the object.</summary>
    public string? ContentType { get; set; }

    /// <summary>Gets or sets the Content-Disposition OSS records with the object.</summary>
    public string? ContentDisposition { get; set; }

    /// <summary>Gets or sets the Content-Encoding OSS records with the object.</summary>
    public string? ContentEncoding { get; set; }

    /// <summary>Gets or sets the Cache-Control OSS records with the object.</summary>
    public string? CacheControl { get; set; }

    /// <summary>Gets or sets custom metadata recorded with the object: a JSON object of less than 100 bytes.</summary>
    public string? UserDefinedMetadata { get; set; }

    /// <summary>
    /// Gets or sets an identity of a <see cref="Stream"/> source (for example its content hash or a version id), stored
    /// in the checkpoint and compared on resume, so a different stream is refused. Not used for files, which are
    /// recognized by length, last write time and a hash of their first and last MiB.
    /// </summary>
    public string? SourceId { get; set; }

    /// <summary>
    /// Gets or sets the length of a non-seekable <see cref="Stream"/> source, when known: it sizes the parts of huge
    /// streams, gives progress a total and is checked against what the stream yields. Without it, a non-seekable stream
    /// is cut into <see cref="PartSize"/> parts and may hold at most 10,000 of them. A seekable stream's length must
    /// match when set.
    /// </summary>
    public long? StreamLength { get; set; }

    /// <summary>Gets or sets where progress goes: reported in order, with a part's bytes counted once it is stored.</summary>
    /// <remarks><see cref="Progress{T}"/> posts reports to the thread pool, where they may run out of order; use a synchronous <see cref="IProgress{T}"/> when order matters.</remarks>
    public IProgress<OssTransferProgress>? Progress { get; set; }

    /// <summary>
    /// Gets or sets a callback that receives a new <see cref="OssUploadCheckpoint"/> when the upload session starts and
    /// after every stored part. Calls are serial and each checkpoint is newer than the last; keep the latest (for
    /// example <see cref="OssUploadCheckpoint.ToJson"/> to a file) to resume with
    /// <see cref="OssTransferManager.ResumeUploadAsync(OssUploadCheckpoint, string, OssUploadOptions?, CancellationToken)"/>
    /// after a failure or a cancellation. An exception thrown by the callback fails the upload.
    /// </summary>
    public Action<OssUploadCheckpoint>? CheckpointCallback { get; set; }

    /// <summary>Gets or sets the smallest part size accepted (5 MiB; tests lower it, real S3 refuses smaller parts).</summary>
    internal int MinimumPartSize { get; set; } = OssTransferLimits.MinimumUploadPartSize;

    /// <summary>Checks the options before any call.</summary>
    internal void Validate(string parameterName)
    {
        if (PartSize < MinimumPartSize || PartSize > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(parameterName, PartSize, $"PartSize must be between {MinimumPartSize} bytes (5 MiB, the S3 minimum) and {Array.MaxLength} bytes.");
        }

        OssTransferManager.ValidateCommon(MaxConcurrency, MaxPartAttempts, RetryDelay, PartTimeout, parameterName);
        OssClient.CheckMinutes(MinutesExpiration);
        if (StreamLength is < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, StreamLength, "StreamLength must not be negative.");
        }

        if (IfNoneMatch is not null || IfModifiedSince is not null)
        {
            throw new ArgumentException("IfNoneMatch and IfModifiedSince do not apply to uploads.", parameterName);
        }

        if (UserDefinedMetadata is { } metadata && System.Text.Encoding.UTF8.GetByteCount(metadata) >= 100)
        {
            throw new ArgumentException("UserDefinedMetadata must be a JSON object of less than 100 bytes.", parameterName);
        }
    }
}
