namespace Aps.Sdk.Oss;

/// <summary>Options of <see cref="OssClient.GetSignedS3DownloadUrlAsync"/>.</summary>
public sealed class OssSignedS3DownloadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the Content-Type S3 answers the download with.</summary>
    public string? ResponseContentType { get; set; }

    /// <summary>Gets or sets the Content-Disposition S3 answers the download with.</summary>
    public string? ResponseContentDisposition { get; set; }

    /// <summary>Gets or sets the Cache-Control S3 answers the download with.</summary>
    public string? ResponseCacheControl { get; set; }

    /// <summary>
    /// Gets or sets whether, while chunks are still being assembled, OSS returns one OSS signed URL (<see langword="true"/>)
    /// instead of one S3 URL per chunk (default).
    /// </summary>
    public bool? PublicResourceFallback { get; set; }

    /// <summary>Gets or sets how long the URL stays valid, in minutes (1 to 60; OSS default 2).</summary>
    public int? MinutesExpiration { get; set; }

    /// <summary>Gets or sets whether to return a CloudFront URL.</summary>
    public bool? UseCdn { get; set; }
}
