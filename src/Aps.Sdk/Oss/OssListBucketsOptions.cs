namespace Aps.Sdk.Oss;

/// <summary>
/// Options of <see cref="OssClient.ListBucketsAsync"/>. <see cref="ApsRequestOptions.Region"/> selects the region
/// whose buckets are listed (sent as the <c>region</c> query parameter; OSS lists US when none is sent).
/// </summary>
public sealed class OssListBucketsOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 100 (OSS default 10). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the bucket key to start after (the last key of a previous page).</summary>
    public string? StartAt { get; set; }
}
