namespace Aps.Sdk.Oss;

/// <summary>Options of <see cref="OssClient.GetObjectDetailsAsync"/> and <see cref="OssClient.GetObjectDetailsIfChangedAsync"/>.</summary>
public sealed class OssObjectDetailsOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the optional fields to return (each sent as its own <c>with</c> parameter).</summary>
    public OssObjectDetailsFields With { get; set; }
}
