namespace Aps.Sdk.Oss;

/// <summary>
/// Options of <see cref="OssClient.DownloadSignedResourceAsync"/>. <see cref="ApsRequestOptions.Region"/> is sent as
/// the <c>region</c> query parameter; <see cref="ApsRequestOptions.IfNoneMatch"/> and
/// <see cref="ApsRequestOptions.IfModifiedSince"/> make the download conditional (304).
/// </summary>
public sealed class OssDownloadSignedResourceOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the first byte to download (the <c>Range</c> header, <c>bytes=start-end</c>; OSS answers 206).</summary>
    public long? RangeStart { get; set; }

    /// <summary>Gets or sets the last byte to download (inclusive); <see langword="null"/> downloads to the end. Needs <see cref="RangeStart"/>.</summary>
    public long? RangeEnd { get; set; }

    /// <summary>Gets or sets the Content-Type OSS answers with (<c>response-content-type</c>).</summary>
    public string? ResponseContentType { get; set; }

    /// <summary>Gets or sets the Content-Disposition OSS answers with (<c>response-content-disposition</c>).</summary>
    public string? ResponseContentDisposition { get; set; }
}

/// <summary>
/// Options of <see cref="OssClient.UploadSignedResourceAsync"/>. <see cref="ApsRequestOptions.Region"/> is sent as the
/// <c>x-ads-region</c> header.
/// </summary>
public sealed class OssUploadSignedResourceOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the MIME type of the object (any but <c>multipart/form-data</c>); <c>application/octet-stream</c> when not set.</summary>
    public string? ContentType { get; set; }

    /// <summary>Gets or sets the suggested file name for downloads (the <c>Content-Disposition</c> header).</summary>
    public string? ContentDisposition { get; set; }

    /// <summary>
    /// Gets or sets how many bytes to send from the stream's current position (the required <c>Content-Length</c>).
    /// Needed for a stream that cannot seek; otherwise the rest of the stream is sent.
    /// </summary>
    public long? ContentLength { get; set; }

    /// <summary>Gets or sets the object's current SHA-1 (<c>If-Match</c>): OSS refuses the replacement with 412 when it changed.</summary>
    public string? IfMatch { get; set; }
}

/// <summary>
/// Options of <see cref="OssClient.UploadSignedResourceChunkAsync"/>. <see cref="ApsRequestOptions.Region"/> is sent as
/// the <c>x-ads-region</c> header.
/// </summary>
public sealed class OssUploadSignedResourceChunkOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the MIME type of the object (any but <c>multipart/form-data</c>); <c>application/octet-stream</c> when not set.</summary>
    public string? ContentType { get; set; }

    /// <summary>Gets or sets the suggested file name for downloads (the <c>Content-Disposition</c> header).</summary>
    public string? ContentDisposition { get; set; }

    /// <summary>
    /// Gets or sets the chunk's size: how many bytes to send from the stream's current position. Needed for a stream
    /// that cannot seek; otherwise the rest of the stream is the chunk.
    /// </summary>
    public long? ContentLength { get; set; }
}
