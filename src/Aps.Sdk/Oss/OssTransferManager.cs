using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Oss;

/// <summary>
/// Large transfers to and from OSS: signed S3 multipart uploads with parts in parallel and resume, and ranged
/// parallel downloads. Get it from <see cref="OssClient.Transfers"/>.
/// </summary>
/// <remarks>
/// <para>
/// Uploads cut the source into parts (8 MiB by default, larger when the object would need more than 10,000 parts),
/// request signed part URLs from OSS just in time in batches of at most 25, PUT the parts to S3 in parallel (8 by
/// default) from pooled buffers, and complete the upload with the size and every part's eTag. An expired URL is
/// replaced by a fresh one for the same session and part; a transient failure is retried with backoff from the same
/// buffer. A checkpoint handed to <see cref="OssUploadOptions.CheckpointCallback"/> after every part lets
/// <see cref="ResumeUploadAsync(OssUploadCheckpoint, string, OssUploadOptions?, CancellationToken)"/> finish an
/// interrupted upload without sending the stored parts again.
/// </para>
/// <para>
/// Downloads fetch byte ranges of the signed URL in parallel and write them at their offsets (a file) or in order (a
/// stream), then check the size and the SHA-1 OSS reports.
/// </para>
/// <para>
/// Requests to S3 go through the <c>Aps.Transfer</c> HTTP client: they never carry the APS <c>Authorization</c>
/// header, and their signed URLs never appear in logs, exception messages or <c>ToString()</c>.
/// </para>
/// </remarks>
public class OssTransferManager
{
    private const string OverloadsBySourceType = "The overloads differ by the type of the source or destination (a path or a Stream), never by optional parameters; new settings go into the options classes.";

    private readonly OssClient _oss = null!;
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a transfer manager for mocking.</summary>
    protected OssTransferManager()
    {
    }

    internal OssTransferManager(OssClient oss, ApsPipeline pipeline)
    {
        _oss = oss;
        _pipeline = pipeline;
    }

    internal OssClient Oss => _oss;

    internal ApsPipeline Pipeline => _pipeline;

    /// <summary>Uploads a file to OSS through signed S3 multipart URLs, several parts at a time.</summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object to create or replace.</param>
    /// <param name="filePath">The file; opened once for shared reading, each part read at its offset.</param>
    /// <param name="options">Part size, parallelism, retries, progress, checkpoints and metadata.</param>
    /// <param name="cancellationToken">Stops every part promptly; the last checkpoint can then be resumed.</param>
    /// <returns>The object and what the upload took.</returns>
    /// <exception cref="ArgumentException">A key, the path or an option is invalid (thrown before any call).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ApsException">OSS or S3 refused, or a part still failed after its attempts.</exception>
    /// <exception cref="OperationCanceledException">The upload was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySourceType)]
    public virtual Task<OssUploadResult> UploadAsync(string bucketKey, string objectKey, string filePath, OssUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        OssClient.ValidateBucketKey(bucketKey);
        OssClient.ValidateObjectKey(objectKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        options ??= new OssUploadOptions();
        options.Validate(nameof(options));
        return UploadFileCoreAsync(bucketKey, objectKey, filePath, options, null, cancellationToken);
    }

    /// <summary>
    /// Uploads a stream to OSS through signed S3 multipart URLs, from its current position to its end. The stream is
    /// read in order, one part at a time, and the parts are sent in parallel; it need not be seekable (see
    /// <see cref="OssUploadOptions.StreamLength"/>). It is not disposed.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object to create or replace.</param>
    /// <param name="source">The data.</param>
    /// <param name="options">Part size, parallelism, retries, progress, checkpoints, metadata and the stream's id and length.</param>
    /// <param name="cancellationToken">Stops every part promptly; the last checkpoint can then be resumed.</param>
    /// <returns>The object and what the upload took.</returns>
    /// <exception cref="ArgumentException">A key, the stream or an option is invalid (thrown before any call).</exception>
    /// <exception cref="ApsException">OSS or S3 refused, a part still failed after its attempts, or the stream's length differs from <see cref="OssUploadOptions.StreamLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The upload was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySourceType)]
    public virtual Task<OssUploadResult> UploadAsync(string bucketKey, string objectKey, Stream source, OssUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        OssClient.ValidateBucketKey(bucketKey);
        OssClient.ValidateObjectKey(objectKey);
        ValidateSourceStream(source);
        options ??= new OssUploadOptions();
        options.Validate(nameof(options));
        if (source.CanSeek && options.StreamLength is { } declared && declared != source.Length - source.Position)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"StreamLength is {declared} but the seekable stream has {source.Length - source.Position} bytes from its position."),
                nameof(options));
        }

        return UploadStreamCoreAsync(bucketKey, objectKey, source, options, null, cancellationToken);
    }

    /// <summary>
    /// Finishes an interrupted upload of a file: checks that the file is the one the checkpoint was made from (length,
    /// last write time, a hash of its first and last MiB), uploads only the parts the checkpoint does not list, then
    /// completes. The checkpoint's part size is kept; <see cref="OssUploadOptions.PartSize"/> is ignored.
    /// </summary>
    /// <param name="checkpoint">The last checkpoint the interrupted upload handed to <see cref="OssUploadOptions.CheckpointCallback"/>.</param>
    /// <param name="filePath">The same file.</param>
    /// <param name="options">Parallelism, retries, progress, checkpoints and metadata.</param>
    /// <param name="cancellationToken">Stops every part promptly; the last checkpoint can then be resumed again.</param>
    /// <returns>The object and what the upload took.</returns>
    /// <exception cref="ArgumentException">The checkpoint or an option is invalid, or the file changed since the checkpoint (thrown before any byte is sent).</exception>
    /// <exception cref="ApsException">OSS or S3 refused (for example the session expired), or a part still failed after its attempts.</exception>
    /// <exception cref="OperationCanceledException">The upload was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySourceType)]
    public virtual Task<OssUploadResult> ResumeUploadAsync(OssUploadCheckpoint checkpoint, string filePath, OssUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        options = ValidateResume(checkpoint, options);
        return UploadFileCoreAsync(checkpoint.BucketKey, checkpoint.ObjectKey, filePath, options, checkpoint, cancellationToken);
    }

    /// <summary>
    /// Finishes an interrupted upload of a stream, positioned where the original upload started: checks it against the
    /// checkpoint (length, <see cref="OssUploadOptions.SourceId"/> and, for a seekable stream, a hash of its first and
    /// last MiB), moves past the parts already stored (by seeking, or by reading a non-seekable stream), uploads the
    /// rest and completes. The checkpoint's part size is kept.
    /// </summary>
    /// <param name="checkpoint">The last checkpoint the interrupted upload handed to <see cref="OssUploadOptions.CheckpointCallback"/>.</param>
    /// <param name="source">The same data, from the same start.</param>
    /// <param name="options">Parallelism, retries, progress, checkpoints, metadata and the same <see cref="OssUploadOptions.SourceId"/>.</param>
    /// <param name="cancellationToken">Stops every part promptly; the last checkpoint can then be resumed again.</param>
    /// <returns>The object and what the upload took.</returns>
    /// <exception cref="ArgumentException">The checkpoint or an option is invalid, or the stream is not the one of the checkpoint (thrown before any byte is sent).</exception>
    /// <exception cref="ApsException">OSS or S3 refused (for example the session expired), a part still failed after its attempts, or the stream turned out different.</exception>
    /// <exception cref="OperationCanceledException">The upload was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySourceType)]
    public virtual Task<OssUploadResult> ResumeUploadAsync(OssUploadCheckpoint checkpoint, Stream source, OssUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateSourceStream(source);
        options = ValidateResume(checkpoint, options);
        return UploadStreamCoreAsync(checkpoint.BucketKey, checkpoint.ObjectKey, source, options, checkpoint, cancellationToken);
    }

    /// <summary>
    /// Downloads an object into a file with ranged requests in parallel, each written at its offset. The file is
    /// created, or truncated if it exists, once OSS has signed the URL; it is deleted if the download fails, is
    /// cancelled or does not match the size or SHA-1 OSS reports.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object.</param>
    /// <param name="filePath">The file to write.</param>
    /// <param name="options">Part size, parallelism, retries, verification, progress, conditions.</param>
    /// <param name="cancellationToken">Stops every range promptly.</param>
    /// <returns>What was written and whether it was verified.</returns>
    /// <exception cref="ArgumentException">A key, the path or an option is invalid (thrown before any call).</exception>
    /// <exception cref="ApsException">OSS or S3 refused, a range still failed after its attempts, or the data does not match the size or SHA-1.</exception>
    /// <exception cref="OperationCanceledException">The download was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySourceType)]
    public virtual Task<OssDownloadResult> DownloadAsync(string bucketKey, string objectKey, string filePath, OssDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        OssClient.ValidateBucketKey(bucketKey);
        OssClient.ValidateObjectKey(objectKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        options ??= new OssDownloadOptions();
        options.Validate(nameof(options));
        var session = new DownloadSession(_oss, _pipeline.TransferClient, _pipeline.Time, bucketKey, objectKey, options);
        return session.RunAsync(filePath, null, cancellationToken);
    }

    /// <summary>
    /// Downloads an object into a stream with ranged requests in parallel, written in order (ranges that arrive early
    /// wait in at most <see cref="OssDownloadOptions.MaxConcurrency"/> buffers) and hashed as they are written. The
    /// stream is not disposed; if the SHA-1 does not match, the bytes are already written and an exception says so.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object.</param>
    /// <param name="destination">A writable stream.</param>
    /// <param name="options">Part size, parallelism, retries, verification, progress, conditions.</param>
    /// <param name="cancellationToken">Stops every range promptly.</param>
    /// <returns>What was written and whether it was verified.</returns>
    /// <exception cref="ArgumentException">A key, the stream or an option is invalid (thrown before any call).</exception>
    /// <exception cref="ApsException">OSS or S3 refused, a range still failed after its attempts, or the data does not match the SHA-1.</exception>
    /// <exception cref="OperationCanceledException">The download was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsBySourceType)]
    public virtual Task<OssDownloadResult> DownloadAsync(string bucketKey, string objectKey, Stream destination, OssDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        OssClient.ValidateBucketKey(bucketKey);
        OssClient.ValidateObjectKey(objectKey);
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream must be writable.", nameof(destination));
        }

        options ??= new OssDownloadOptions();
        options.Validate(nameof(options));
        var session = new DownloadSession(_oss, _pipeline.TransferClient, _pipeline.Time, bucketKey, objectKey, options);
        return session.RunAsync(null, destination, cancellationToken);
    }

    /// <summary>Checks the settings uploads and downloads share.</summary>
    internal static void ValidateCommon(int maxConcurrency, int maxPartAttempts, TimeSpan retryDelay, TimeSpan? partTimeout, string parameterName)
    {
        if (maxConcurrency is < 1 or > OssTransferLimits.MaxConcurrency)
        {
            throw new ArgumentOutOfRangeException(parameterName, maxConcurrency, $"MaxConcurrency must be between 1 and {OssTransferLimits.MaxConcurrency}.");
        }

        if (maxPartAttempts is < 1 or > OssTransferLimits.MaxPartAttemptsLimit)
        {
            throw new ArgumentOutOfRangeException(parameterName, maxPartAttempts, $"MaxPartAttempts must be between 1 and {OssTransferLimits.MaxPartAttemptsLimit}.");
        }

        if (retryDelay < TimeSpan.Zero || retryDelay > OssTransferLimits.MaxRetryDelay)
        {
            throw new ArgumentOutOfRangeException(parameterName, retryDelay, "RetryDelay must be between zero and 30 seconds.");
        }

        if (partTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(parameterName, timeout, "PartTimeout must be positive (or null for no limit).");
        }
    }

    /// <summary>Copies the per-call settings of a transfer's options to the options of one OSS call.</summary>
    internal static void CopyRequestSettings(ApsRequestOptions from, ApsRequestOptions to, bool conditions)
    {
        to.Region = from.Region;
        to.UserId = from.UserId;
        to.TokenProvider = from.TokenProvider;
        to.Timeout = from.Timeout;
        if (conditions)
        {
            to.IfNoneMatch = from.IfNoneMatch;
            to.IfModifiedSince = from.IfModifiedSince;
        }

        foreach (var (name, value) in from.Headers)
        {
            to.Headers[name] = value;
        }
    }

    /// <summary>The part size of a fresh upload: the requested one, raised so the object fits in 10,000 parts.</summary>
    internal static int PartSizeFor(long? length, int requested, string parameterName)
    {
        var effective = OssTransferLimits.EffectivePartSize(length, requested);
        if (effective > Array.MaxLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The source has {length} bytes: 10,000 parts would need {effective} bytes each, more than one buffer can hold."),
                parameterName);
        }

        return (int)effective;
    }

    /// <summary>Refuses to resume with a source that is not the one the checkpoint was made from.</summary>
    internal static void EnsureSameSource(OssUploadCheckpoint checkpoint, OssUploadSourceFingerprint current, string parameterName)
    {
        var saved = checkpoint.Source;
        string? problem = null;
        var expectedLength = saved.Length ?? checkpoint.TotalSize;
        if (expectedLength is { } length && current.Length is { } now && length != now)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"it has {now} bytes where the checkpoint's source had {length}");
        }
        else if (saved.LastWriteTimeUtc is { } written && current.LastWriteTimeUtc != written)
        {
            problem = current.LastWriteTimeUtc is { } changed
                ? string.Create(CultureInfo.InvariantCulture, $"it was last written at {changed:O}, the checkpoint's file at {written:O}")
                : "the checkpoint was made from a file; resume with that file's path";
        }
        else if (saved.SampleSha256 is { } sample && !string.Equals(sample, current.SampleSha256, StringComparison.OrdinalIgnoreCase))
        {
            problem = current.SampleSha256 is null
                ? "the checkpoint's source was seekable and this stream is not, so its content cannot be checked"
                : "its first or last MiB differs from the checkpoint's source";
        }
        else if (saved.SourceId is { } id && !string.Equals(id, current.SourceId, StringComparison.Ordinal))
        {
            problem = $"its SourceId '{current.SourceId}' differs from the checkpoint's '{id}'";
        }

        if (problem is not null)
        {
            throw new ArgumentException($"The source is not the one the upload started with: {problem}. Nothing was sent; start a new upload.", parameterName);
        }

        if (current.Length is { } size && OssTransferLimits.PartCount(size, checkpoint.PartSize) > OssTransferLimits.MaxParts)
        {
            throw new ArgumentException("The checkpoint's part size is too small for the source.", parameterName);
        }
    }

    private static void ValidateSourceStream(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.CanRead)
        {
            throw new ArgumentException("The source stream must be readable.", nameof(source));
        }
    }

    private static OssUploadOptions ValidateResume(OssUploadCheckpoint checkpoint, OssUploadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        checkpoint.Validate(nameof(checkpoint));
        options ??= new OssUploadOptions();
        options.Validate(nameof(options));
        if (checkpoint.PartSize < options.MinimumPartSize && checkpoint.PartCount != 1)
        {
            throw new ArgumentException($"The checkpoint's part size {checkpoint.PartSize} is below the S3 minimum of {options.MinimumPartSize} bytes.", nameof(checkpoint));
        }

        return options;
    }

    private async Task<OssUploadResult> UploadFileCoreAsync(string bucketKey, string objectKey, string filePath, OssUploadOptions options, OssUploadCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        using var source = new FileUploadSource(filePath);
        var partSize = checkpoint?.PartSize ?? PartSizeFor(source.Length, options.PartSize, nameof(options));
        var fingerprint = await source.FingerprintAsync(null, cancellationToken).ConfigureAwait(false);
        if (checkpoint is not null)
        {
            EnsureSameSource(checkpoint, fingerprint, nameof(filePath));
        }

        var session = new UploadSession(_oss, _pipeline.TransferClient, _pipeline.Time, bucketKey, objectKey, source, options, partSize, fingerprint, checkpoint);
        return await session.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<OssUploadResult> UploadStreamCoreAsync(string bucketKey, string objectKey, Stream stream, OssUploadOptions options, OssUploadCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        var declared = options.StreamLength ?? (stream.CanSeek ? null : checkpoint?.TotalSize);
        using var source = new StreamUploadSource(stream, declared);
        var partSize = checkpoint?.PartSize ?? PartSizeFor(source.Length, options.PartSize, nameof(options));
        var fingerprint = await source.FingerprintAsync(options.SourceId, cancellationToken).ConfigureAwait(false);
        if (checkpoint is not null)
        {
            EnsureSameSource(checkpoint, fingerprint, "source");
        }

        var session = new UploadSession(_oss, _pipeline.TransferClient, _pipeline.Time, bucketKey, objectKey, source, options, partSize, fingerprint, checkpoint);
        return await session.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
