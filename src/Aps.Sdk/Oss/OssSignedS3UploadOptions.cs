namespace Aps.Sdk.Oss;

/// <summary>Options of <see cref="OssClient.GetSignedS3UploadUrlsAsync"/>.</summary>
public sealed class OssSignedS3UploadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets how many part URLs to return (1 to 25 per call). Default: one URL for the whole object.</summary>
    public int? Parts { get; set; }

    /// <summary>Gets or sets the 1-based index of the first part the URLs are for.</summary>
    public int? FirstPart { get; set; }

    /// <summary>Gets or sets the session of an upload already started, to get more or fresh URLs for it.</summary>
    public string? UploadKey { get; set; }

    /// <summary>Gets or sets how long the URLs stay valid, in minutes (1 to 60; OSS default 2).</summary>
    public int? MinutesExpiration { get; set; }

    /// <summary>Gets or sets whether to use S3 Transfer Acceleration URLs (OSS default <see langword="true"/>).</summary>
    public bool? UseAcceleration { get; set; }
}
