using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

public partial class OssClient
{
    private static readonly OperationSpec SignedS3UploadSpec = Spec("GetSignedS3UploadUrls", HttpMethod.Get, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3upload", DataCreateWrite);

    private static readonly OperationSpec CompleteSignedS3UploadSpec = Spec("CompleteSignedS3Upload", HttpMethod.Post, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3upload", DataCreateWrite);

    private static readonly OperationSpec SignedS3DownloadSpec = Spec("GetSignedS3DownloadUrl", HttpMethod.Get, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3download", DataRead);

    /// <summary>
    /// Gets signed S3 URLs to upload an object, or some of its parts, directly to S3. To refresh expired URLs of an
    /// upload in progress, call again with the same <see cref="OssSignedS3UploadOptions.UploadKey"/> and
    /// <see cref="OssSignedS3UploadOptions.FirstPart"/>. Most callers use <see cref="Transfers"/> instead.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object.</param>
    /// <param name="options">Parts, first part, session, expiry, acceleration.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The upload session and its URLs.</returns>
    /// <exception cref="ArgumentException">A key or an option is invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-signeds3upload-GET/">APS reference</see>.</remarks>
    public virtual Task<OssSignedS3Upload> GetSignedS3UploadUrlsAsync(string bucketKey, string objectKey, OssSignedS3UploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        ValidateObjectKey(objectKey);
        if (options?.Parts is < 1 or > 25)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Parts, "OSS returns 1 to 25 part URLs per call.");
        }

        if (options?.FirstPart is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FirstPart, "The first part must be between 1 and 10,000.");
        }

        CheckMinutes(options?.MinutesExpiration);
        var query = new QueryBuilder()
            .Add("parts", options?.Parts)
            .Add("firstPart", options?.FirstPart)
            .Add("uploadKey", options?.UploadKey)
            .Add("minutesExpiration", options?.MinutesExpiration)
            .Add("useAcceleration", options?.UseAcceleration);
        var request = _pipeline.CreateRequest(SignedS3UploadSpec, options, [bucketKey, objectKey], query);
        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssSignedS3Upload, options, cancellationToken);
    }

    /// <summary>
    /// Tells OSS that every part was uploaded, so it assembles the object. Required even for a single part. With
    /// <see cref="OssCompleteUploadRequest.Size"/> and <see cref="OssCompleteUploadRequest.ETags"/>, OSS checks them.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object.</param>
    /// <param name="request">The session, size and part eTags.</param>
    /// <param name="options">Metadata to record with the object.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The object.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-signeds3upload-POST/">APS reference</see>.</remarks>
    public virtual Task<OssObjectDetails> CompleteSignedS3UploadAsync(string bucketKey, string objectKey, OssCompleteUploadRequest request, OssCompleteUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        ValidateObjectKey(objectKey);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.UploadKey, nameof(request));
        if (options?.UserDefinedMetadata is { } metadata && System.Text.Encoding.UTF8.GetByteCount(metadata) >= 100)
        {
            throw new ArgumentException("User-defined metadata must be a JSON object of less than 100 bytes.", nameof(options));
        }

        var message = _pipeline.CreateRequest(CompleteSignedS3UploadSpec, options, [bucketKey, objectKey]);
        AddMetaHeader(message, "x-ads-meta-Content-Type", options?.ContentType);
        AddMetaHeader(message, "x-ads-meta-Content-Disposition", options?.ContentDisposition);
        AddMetaHeader(message, "x-ads-meta-Content-Encoding", options?.ContentEncoding);
        AddMetaHeader(message, "x-ads-meta-Cache-Control", options?.CacheControl);
        AddMetaHeader(message, "x-ads-user-defined-metadata", options?.UserDefinedMetadata);
        ApsPipeline.SetJsonBody(message, request, ApsJsonContext.Default.OssCompleteUploadRequest);
        return _pipeline.SendAsync(message, ApsJsonContext.Default.OssObjectDetails, options, cancellationToken);
    }

    /// <summary>
    /// Gets a signed URL to download an object directly from S3 (ranges allowed, so parts can be fetched in
    /// parallel). While chunks are still being assembled, one URL per chunk is returned instead. Most callers use
    /// <see cref="Transfers"/> instead. With <see cref="ApsRequestOptions.IfNoneMatch"/> or
    /// <see cref="ApsRequestOptions.IfModifiedSince"/>, an unchanged object answers "not modified".
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object.</param>
    /// <param name="options">Response headers, fallback, expiry, CDN, conditions.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URL(s), size and SHA-1; or "not modified".</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-signeds3download-GET/">APS reference</see>.</remarks>
    public virtual Task<ApsResponse<OssSignedS3Download>> GetSignedS3DownloadUrlAsync(string bucketKey, string objectKey, OssSignedS3DownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        ValidateObjectKey(objectKey);
        CheckMinutes(options?.MinutesExpiration);
        var query = new QueryBuilder()
            .Add("response-content-type", options?.ResponseContentType)
            .Add("response-content-disposition", options?.ResponseContentDisposition)
            .Add("response-cache-control", options?.ResponseCacheControl)
            .Add("public-resource-fallback", options?.PublicResourceFallback)
            .Add("minutesExpiration", options?.MinutesExpiration)
            .Add("useCdn", options?.UseCdn);
        var request = _pipeline.CreateRequest(SignedS3DownloadSpec, options, [bucketKey, objectKey], query);
        return _pipeline.SendConditionalAsync(request, ApsJsonContext.Default.OssSignedS3Download, options, cancellationToken);
    }

    internal static void CheckMinutes(int? minutes)
    {
        if (minutes is < 1 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "Signed URLs last 1 to 60 minutes.");
        }
    }

    private static void AddMetaHeader(HttpRequestMessage message, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Any(c => c is '\r' or '\n' or '\0'))
        {
            throw new ArgumentException($"The value of {name} must not contain line breaks.", nameof(value));
        }

        message.Headers.TryAddWithoutValidation(name, value);
    }
}
