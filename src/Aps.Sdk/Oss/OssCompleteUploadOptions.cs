namespace Aps.Sdk.Oss;

/// <summary>Options of <see cref="OssClient.CompleteSignedS3UploadAsync"/>: the metadata OSS records with the object.</summary>
public sealed class OssCompleteUploadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the Content-Type to record (<c>x-ads-meta-Content-Type</c>).</summary>
    public string? ContentType { get; set; }

    /// <summary>Gets or sets the Content-Disposition to record (<c>x-ads-meta-Content-Disposition</c>).</summary>
    public string? ContentDisposition { get; set; }

    /// <summary>Gets or sets the Content-Encoding to record (<c>x-ads-meta-Content-Encoding</c>).</summary>
    public string? ContentEncoding { get; set; }

    /// <summary>Gets or sets the Cache-Control to record (<c>x-ads-meta-Cache-Control</c>).</summary>
    public string? CacheControl { get; set; }

    /// <summary>Gets or sets custom metadata: a JSON object of less than 100 bytes (<c>x-ads-user-defined-metadata</c>).</summary>
    public string? UserDefinedMetadata { get; set; }
}
