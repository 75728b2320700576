namespace Aps.Sdk.Oss;

/// <summary>Options of <see cref="OssClient.ListObjectsAsync"/>.</summary>
public sealed class OssListObjectsOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 100 (OSS default 10). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets a prefix: only objects whose key begins with it are listed.</summary>
    public string? BeginsWith { get; set; }

    /// <summary>Gets or sets the object key to start after (the last key of a previous page).</summary>
    public string? StartAt { get; set; }
}
