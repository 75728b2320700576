using System.Text;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

public partial class OssClient
{
    /// <summary>The most objects one batch upload call takes (000:L2949, stated for batchcompleteupload; applied to both upload steps).</summary>
    public const int MaxBatchObjects = 25;

    /// <summary>
    /// Gets signed S3 upload URLs for up to 25 objects of a bucket in one call. An object that fails does not fail the
    /// call: its result has <see cref="OssBatchSignedS3UploadItemResult.IsError"/> set. To refresh expired URLs, send
    /// the same objects again with their <see cref="OssBatchSignedS3UploadItem.UploadKey"/>. Finish with
    /// <see cref="BatchCompleteUploadAsync"/>.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="requests">The objects, 1 to 25, each key once.</param>
    /// <param name="options">Expiry and acceleration.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URLs per object key.</returns>
    /// <exception cref="ArgumentException">The list is empty, holds more than 25 objects or a key twice, or an item is invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-batchsigneds3upload-POST/">APS reference</see>.</remarks>
    public virtual Task<OssBatchSignedS3UploadResult> BatchGetSignedS3UploadUrlsAsync(string bucketKey, IReadOnlyList<OssBatchSignedS3UploadItem> requests, OssBatchSignedS3UploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        CheckBatch(requests, MaxBatchObjects, r => r.ObjectKey);
        foreach (var item in requests)
        {
            // The same bounds as GetSignedS3UploadUrlsAsync (oss.yaml gives none for the batch items).
            if (item.Parts is < 1 or > 25)
            {
                throw new ArgumentOutOfRangeException(nameof(requests), item.Parts, "OSS returns 1 to 25 part URLs per object and call.");
            }

            if (item.FirstPart is < 1 or > 10_000)
            {
                throw new ArgumentOutOfRangeException(nameof(requests), item.FirstPart, "The first part must be between 1 and 10,000.");
            }

            if (item.UploadKey is not null && string.IsNullOrWhiteSpace(item.UploadKey))
            {
                throw new ArgumentException("An upload key must not be empty.", nameof(requests));
            }
        }

        CheckMinutes(options?.MinutesExpiration);
        var query = new QueryBuilder()
            .Add("useAcceleration", options?.UseAcceleration)
            .Add("minutesExpiration", options?.MinutesExpiration);
        var request = _pipeline.CreateRequest(BatchSpecs.SignedUpload, options, [bucketKey], query);
        ApsPipeline.SetJsonBody(request, new OssBatchRequest<OssBatchSignedS3UploadItem> { Requests = requests }, ApsJsonContext.Default.OssBatchRequestOssBatchSignedS3UploadItem);
        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssBatchSignedS3UploadResult, options, cancellationToken);
    }

    /// <summary>
    /// Tells OSS that up to 25 objects were uploaded to their signed S3 URLs, so it assembles them. Per-object failures
    /// (a size or eTag mismatch, an unknown upload) come back inside the 200 answer: check
    /// <see cref="OssBatchCompleteUploadResult.HasErrors"/> and each <see cref="OssBatchCompletedObject.IsError"/> and
    /// <see cref="OssBatchCompletedObject.Reason"/>.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="requests">The uploads to complete, 1 to 25, each key once.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome per object key.</returns>
    /// <exception cref="ArgumentException">The list is empty, holds more than 25 objects or a key twice, or an item is invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-batchcompleteupload-POST/">APS reference</see>.</remarks>
    public virtual Task<OssBatchCompleteUploadResult> BatchCompleteUploadAsync(string bucketKey, IReadOnlyList<OssBatchCompleteUploadItem> requests, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        CheckBatch(requests, MaxBatchObjects, r => r.ObjectKey);
        foreach (var item in requests)
        {
            if (string.IsNullOrWhiteSpace(item.UploadKey))
            {
                throw new ArgumentException("Each object needs the upload key returned with its upload URLs.", nameof(requests));
            }

            if (item.UserDefinedMetadata is { } metadata && Encoding.UTF8.GetByteCount(metadata) >= 100)
            {
                throw new ArgumentException("User-defined metadata must be a JSON object of less than 100 bytes.", nameof(requests));
            }

            if (item.Size is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(requests), item.Size, "A size cannot be negative.");
            }
        }

        var request = _pipeline.CreateRequest(BatchSpecs.CompleteUpload, options, [bucketKey]);
        ApsPipeline.SetJsonBody(request, new OssBatchRequest<OssBatchCompleteUploadItem> { Requests = requests }, ApsJsonContext.Default.OssBatchRequestOssBatchCompleteUploadItem);
        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssBatchCompleteUploadResult, options, cancellationToken);
    }

    /// <summary>
    /// Gets signed S3 download URLs for several objects of a bucket in one call. An object that fails does not fail
    /// the call: its result has <see cref="OssBatchSignedS3DownloadItemResult.IsError"/> set. The call only reads, so
    /// it is retried like a GET.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="requests">The objects, at least one, each key once.</param>
    /// <param name="options">Expiry and fallback.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URLs per object key.</returns>
    /// <exception cref="ArgumentException">The list is empty, holds a key twice, or an item is invalid.</exception>
    /// <remarks>
    /// The references give no object limit for this call (only for batch completion), so the SDK sets none.
    /// <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-batchsigneds3download-POST/">APS reference</see>.
    /// </remarks>
    public virtual Task<OssBatchSignedS3DownloadResult> BatchGetSignedS3DownloadUrlsAsync(string bucketKey, IReadOnlyList<OssBatchSignedS3DownloadItem> requests, OssBatchSignedS3DownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        CheckBatch(requests, int.MaxValue, r => r.ObjectKey);
        CheckMinutes(options?.MinutesExpiration);
        var query = new QueryBuilder()
            .Add("public-resource-fallback", options?.PublicResourceFallback)
            .Add("minutesExpiration", options?.MinutesExpiration);
        var request = _pipeline.CreateRequest(BatchSpecs.SignedDownload, options, [bucketKey], query);
        ApsPipeline.SetJsonBody(request, new OssBatchRequest<OssBatchSignedS3DownloadItem> { Requests = requests }, ApsJsonContext.Default.OssBatchRequestOssBatchSignedS3DownloadItem);
        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssBatchSignedS3DownloadResult, options, cancellationToken);
    }

    private static void CheckBatch<T>(IReadOnlyList<T> requests, int max, Func<T, string?> objectKey)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one object.", nameof(requests));
        }

        if (requests.Count > max)
        {
            throw new ArgumentException($"A batch takes at most {max} objects; {requests.Count} were given. Split it into several calls.", nameof(requests));
        }

        // OSS answers with a map keyed by object key: a key sent twice would have one answer for two requests.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in requests)
        {
            if (item is null)
            {
                throw new ArgumentException("A batch must not contain null items.", nameof(requests));
            }

            var key = objectKey(item);
            ValidateObjectKey(key, nameof(requests));
            if (!keys.Add(key!))
            {
                throw new ArgumentException($"The object key '{key}' appears twice in the batch.", nameof(requests));
            }
        }
    }

    /// <summary>The batch operations (nested: see <see cref="BucketSpecs"/>).</summary>
    private static class BatchSpecs
    {
        internal static readonly OperationSpec SignedUpload = Spec("BatchGetSignedS3UploadUrls", HttpMethod.Post, "/oss/v2/buckets/{bucketKey}/objects/batchsigneds3upload", DataCreateWrite);

        internal static readonly OperationSpec CompleteUpload = Spec("BatchCompleteUpload", HttpMethod.Post, "/oss/v2/buckets/{bucketKey}/objects/batchcompleteupload", DataCreateWrite);

        // A read-style POST: it only signs download URLs, so replaying it after a transient failure is safe.
        internal static readonly OperationSpec SignedDownload = new(Area, "BatchGetSignedS3DownloadUrls", HttpMethod.Post, "/oss/v2/buckets/{bucketKey}/objects/batchsigneds3download")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            Idempotent = true,
        };
    }
}
