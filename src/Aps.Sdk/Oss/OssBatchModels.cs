using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>The body of the three batch operations: <c>{"requests": [...]}</c>.</summary>
/// <typeparam name="TItem">The item type.</typeparam>
internal sealed class OssBatchRequest<TItem>
{
    [JsonPropertyName("requests")]
    public IReadOnlyList<TItem> Requests { get; init => field = value ?? []; } = [];

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One object of <see cref="OssClient.BatchGetSignedS3UploadUrlsAsync"/>.</summary>
public sealed class OssBatchSignedS3UploadItem
{
    /// <summary>Gets the key of the object to upload.</summary>
    [JsonPropertyName("objectKey")]
    public required string ObjectKey { get; init; }

    /// <summary>Gets the 1-based index of the first part the URLs are for.</summary>
    [JsonPropertyName("firstPart")]
    public int? FirstPart { get; init; }

    /// <summary>Gets how many part URLs to return; one URL for the whole object when not set.</summary>
    [JsonPropertyName("parts")]
    public int? Parts { get; init; }

    /// <summary>Gets the session of an upload already started, to get more or fresh URLs for it.</summary>
    [JsonPropertyName("uploadKey")]
    public string? UploadKey { get; init; }

    /// <summary>Gets fields to send that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// The answer of <see cref="OssClient.BatchGetSignedS3UploadUrlsAsync"/>: one result per object key. A failed object
/// does not fail the call: its result has <see cref="OssBatchSignedS3UploadItemResult.IsError"/> set.
/// </summary>
public sealed class OssBatchSignedS3UploadResult
{
    /// <summary>Gets the results by object key (never null).</summary>
    [JsonPropertyName("results")]
    public IReadOnlyDictionary<string, OssBatchSignedS3UploadItemResult> Results
    {
        get;
        init => field = value ?? new Dictionary<string, OssBatchSignedS3UploadItemResult>();
    } = new Dictionary<string, OssBatchSignedS3UploadItemResult>();

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets a value indicating whether at least one object failed.</summary>
    [JsonIgnore]
    public bool HasErrors => Results.Values.Any(r => r is not null && r.IsError);
}

/// <summary>
/// The signed S3 upload URLs of one object of a batch, or why they could not be made. The URLs are secrets:
/// <see cref="ToString"/> never prints them.
/// </summary>
public sealed class OssBatchSignedS3UploadItemResult
{
    /// <summary>Gets <see cref="OssBatchItemStatus.Error"/> when this object failed; empty on success.</summary>
    [JsonPropertyName("status")]
    public OssBatchItemStatus Status { get; init; }

    /// <summary>Gets why this object failed.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>Gets the upload session id, to get more URLs and to complete the upload.</summary>
    [JsonPropertyName("uploadKey")]
    public string? UploadKey { get; init; }

    /// <summary>Gets the URLs, one per part, in part order (never null).</summary>
    [JsonPropertyName("urls")]
    public IReadOnlyList<string> Urls { get; init => field = value ?? []; } = [];

    /// <summary>Gets when the URLs expire.</summary>
    [JsonPropertyName("urlExpiration")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UrlExpiration { get; init; }

    /// <summary>Gets the deadline to complete the upload; uploaded parts are discarded after it.</summary>
    [JsonPropertyName("uploadExpiration")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UploadExpiration { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets a value indicating whether this object failed (status <c>error</c> or a reason).</summary>
    [JsonIgnore]
    public bool IsError => Status == OssBatchItemStatus.Error || Reason is not null;

    /// <summary>Describes the result without its URLs.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => IsError ? $"OssBatchSignedS3UploadItemResult(error: {Reason})" : $"OssBatchSignedS3UploadItemResult({Urls.Count} URL(s))";
}

/// <summary>One object of <see cref="OssClient.BatchCompleteUploadAsync"/>.</summary>
public sealed class OssBatchCompleteUploadItem
{
    /// <summary>Gets the key of the uploaded object.</summary>
    [JsonPropertyName("objectKey")]
    public required string ObjectKey { get; init; }

    /// <summary>Gets the upload session id returned with the upload URLs.</summary>
    [JsonPropertyName("uploadKey")]
    public required string UploadKey { get; init; }

    /// <summary>Gets the expected size; OSS reports an error for this object when it differs.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }

    /// <summary>Gets the eTag S3 returned for each part, in part order; OSS reports an error for this object when one differs.</summary>
    [JsonPropertyName("eTags")]
    public IReadOnlyList<string>? ETags { get; init; }

    /// <summary>Gets the Content-Type to record with the object.</summary>
    [JsonPropertyName("x-ads-meta-Content-Type")]
    public string? ContentType { get; init; }

    /// <summary>Gets the Content-Disposition to record with the object.</summary>
    [JsonPropertyName("x-ads-meta-Content-Disposition")]
    public string? ContentDisposition { get; init; }

    /// <summary>Gets the Content-Encoding to record with the object.</summary>
    [JsonPropertyName("x-ads-meta-Content-Encoding")]
    public string? ContentEncoding { get; init; }

    /// <summary>Gets the Cache-Control to record with the object.</summary>
    [JsonPropertyName("x-ads-meta-Cache-Control")]
    public string? CacheControl { get; init; }

    /// <summary>Gets custom metadata to store with the object: a JSON object of less than 100 bytes.</summary>
    [JsonPropertyName("x-ads-user-defined-metadata")]
    public string? UserDefinedMetadata { get; init; }

    /// <summary>Gets fields to send that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// The answer of <see cref="OssClient.BatchCompleteUploadAsync"/>: one result per object key. A failed object does not
/// fail the call (OSS answers 200): its result has <see cref="OssBatchCompletedObject.IsError"/> set and a
/// <see cref="OssBatchCompletedObject.Reason"/>.
/// </summary>
public sealed class OssBatchCompleteUploadResult
{
    /// <summary>Gets the results by object key (never null).</summary>
    [JsonPropertyName("results")]
    public IReadOnlyDictionary<string, OssBatchCompletedObject> Results
    {
        get;
        init => field = value ?? new Dictionary<string, OssBatchCompletedObject>();
    } = new Dictionary<string, OssBatchCompletedObject>();

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets a value indicating whether at least one object failed.</summary>
    [JsonIgnore]
    public bool HasErrors => Results.Values.Any(r => r is not null && r.IsError);
}

/// <summary>The outcome of completing one object of a batch.</summary>
public sealed class OssBatchCompletedObject
{
    /// <summary>Gets <see cref="OssBatchItemStatus.Error"/> when completion failed; empty when it succeeded.</summary>
    [JsonPropertyName("status")]
    public OssBatchItemStatus Status { get; init; }

    /// <summary>Gets why completion failed.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>Gets the bucket key.</summary>
    [JsonPropertyName("bucketKey")]
    public string? BucketKey { get; init; }

    /// <summary>Gets the object key.</summary>
    [JsonPropertyName("objectKey")]
    public string? ObjectKey { get; init; }

    /// <summary>Gets the object id, <c>urn:adsk.objects:os.object:{bucketKey}/{objectKey}</c>.</summary>
    [JsonPropertyName("objectId")]
    public string? ObjectId { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets the recorded Content-Type, when one was given.</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; init; }

    /// <summary>Gets the recorded Content-Disposition, when one was given.</summary>
    [JsonPropertyName("contentDisposition")]
    public string? ContentDisposition { get; init; }

    /// <summary>Gets the recorded Content-Encoding, when one was given.</summary>
    [JsonPropertyName("contentEncoding")]
    public string? ContentEncoding { get; init; }

    /// <summary>Gets the recorded Cache-Control, when one was given.</summary>
    [JsonPropertyName("cacheControl")]
    public string? CacheControl { get; init; }

    /// <summary>Gets the state of each part, which tells eTag and size mismatches apart (never null).</summary>
    [JsonPropertyName("parts")]
    public IReadOnlyList<OssCompletedPart> Parts { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets a value indicating whether completion failed for this object (status <c>error</c> or a reason).</summary>
    [JsonIgnore]
    public bool IsError => Status == OssBatchItemStatus.Error || Reason is not null;

    /// <inheritdoc />
    public override string ToString() => IsError ? $"OssBatchCompletedObject({ObjectKey}, error: {Reason})" : $"OssBatchCompletedObject({ObjectKey}, {Size} bytes)";
}

/// <summary>The state of one part of a completed upload.</summary>
public sealed class OssCompletedPart
{
    /// <summary>Gets the index of the part.</summary>
    [JsonPropertyName("firstPart")]
    public int? FirstPart { get; init; }

    /// <summary>Gets whether the part is valid.</summary>
    [JsonPropertyName("status")]
    public OssPartStatus Status { get; init; }

    /// <summary>Gets the size S3 has for the part.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets the eTag S3 has for the part.</summary>
    [JsonPropertyName("eTag")]
    public string? ETag { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One object of <see cref="OssClient.BatchGetSignedS3DownloadUrlsAsync"/>.</summary>
public sealed class OssBatchSignedS3DownloadItem
{
    /// <summary>Gets the key of the object to download.</summary>
    [JsonPropertyName("objectKey")]
    public required string ObjectKey { get; init; }

    /// <summary>Gets the Content-Type S3 answers the download with.</summary>
    [JsonPropertyName("response-content-type")]
    public string? ResponseContentType { get; init; }

    /// <summary>Gets the Content-Disposition S3 answers the download with.</summary>
    [JsonPropertyName("response-content-disposition")]
    public string? ResponseContentDisposition { get; init; }

    /// <summary>Gets the Cache-Control S3 answers the download with.</summary>
    [JsonPropertyName("response-cache-control")]
    public string? ResponseCacheControl { get; init; }

    /// <summary>Gets the last known ETag: no URL is returned for this object when it still matches.</summary>
    [JsonPropertyName("If-None-Match")]
    public string? IfNoneMatch { get; init; }

    /// <summary>Gets a time: no URL is returned for this object when it has not changed since (sent as an HTTP date).</summary>
    [JsonPropertyName("If-Modified-Since")]
    [JsonConverter(typeof(OssHttpDateConverter))]
    public DateTimeOffset? IfModifiedSince { get; init; }

    /// <summary>Gets fields to send that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// The answer of <see cref="OssClient.BatchGetSignedS3DownloadUrlsAsync"/>: one result per object key. A failed object
/// does not fail the call: its result has <see cref="OssBatchSignedS3DownloadItemResult.IsError"/> set.
/// </summary>
public sealed class OssBatchSignedS3DownloadResult
{
    /// <summary>Gets the results by object key (never null).</summary>
    [JsonPropertyName("results")]
    public IReadOnlyDictionary<string, OssBatchSignedS3DownloadItemResult> Results
    {
        get;
        init => field = value ?? new Dictionary<string, OssBatchSignedS3DownloadItemResult>();
    } = new Dictionary<string, OssBatchSignedS3DownloadItemResult>();

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets a value indicating whether at least one object failed.</summary>
    [JsonIgnore]
    public bool HasErrors => Results.Values.Any(r => r is not null && r.IsError);
}

/// <summary>
/// The signed S3 download URL(s) of one object of a batch, or why they could not be made. The URLs are secrets:
/// <see cref="ToString"/> never prints them.
/// </summary>
public sealed class OssBatchSignedS3DownloadItemResult
{
    /// <summary>Gets <c>complete</c>, <c>chunked</c> or <c>fallback</c>; <c>error</c> when this object failed.</summary>
    [JsonPropertyName("status")]
    public OssDownloadStatus Status { get; init; }

    /// <summary>Gets why this object failed.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>Gets the URL of the whole object (status <c>complete</c> or <c>fallback</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Gets one URL per chunk, keyed by the byte range it covers (status <c>chunked</c>; never null).</summary>
    [JsonPropertyName("urls")]
    public IReadOnlyDictionary<string, string> Urls { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>Gets the response header values requested for the download, raw.</summary>
    [JsonPropertyName("params")]
    public JsonElement? Params { get; init; }

    /// <summary>Gets the object size in bytes.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets the SHA-1 of the object, when OSS has it.</summary>
    [JsonPropertyName("sha1")]
    public string? Sha1 { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets a value indicating whether this object failed (status <c>error</c> or a reason).</summary>
    [JsonIgnore]
    public bool IsError => string.Equals(Status.Value, "error", StringComparison.OrdinalIgnoreCase) || Reason is not null;

    /// <summary>Describes the result without its URLs.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => IsError
            ? $"OssBatchSignedS3DownloadItemResult(error: {Reason})"
            : $"OssBatchSignedS3DownloadItemResult({Status}, {Size} bytes, {(Url is null ? Urls.Count + " chunk URL(s)" : "1 URL")})";
}

/// <summary>Options of <see cref="OssClient.BatchGetSignedS3UploadUrlsAsync"/>.</summary>
public sealed class OssBatchSignedS3UploadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets how long the URLs stay valid, in minutes (1 to 60; OSS default 2).</summary>
    public int? MinutesExpiration { get; set; }

    /// <summary>Gets or sets whether to use S3 Transfer Acceleration URLs (OSS default <see langword="true"/>).</summary>
    public bool? UseAcceleration { get; set; }
}

/// <summary>Options of <see cref="OssClient.BatchGetSignedS3DownloadUrlsAsync"/>.</summary>
public sealed class OssBatchSignedS3DownloadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets how long the URLs stay valid, in minutes (1 to 60; OSS default 2).</summary>
    public int? MinutesExpiration { get; set; }

    /// <summary>
    /// Gets or sets whether, while chunks are still being assembled, OSS returns one OSS signed URL (<see langword="true"/>)
    /// instead of one S3 URL per chunk (default).
    /// </summary>
    public bool? PublicResourceFallback { get; set; }
}

/// <summary>Writes a time as an HTTP date (<c>Mon, 01 Jan 2024 00:00:00 GMT</c>), as OSS wants <c>If-Modified-Since</c>; reads any form.</summary>
internal sealed class OssHttpDateConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String ? LenientDateTimeOffsetConverter.Parse(reader.GetString()) : new LenientDateTimeOffsetConverter().Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
        }
    }
}
