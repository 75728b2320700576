using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>Options of <see cref="OssClient.CreateSignedResourceAsync"/>.</summary>
public sealed class OssCreateSignedResourceOptions : ApsRequestOptions
{
    /// <summary>Gets or sets what the URL allows: read (OSS default), write or read-write.</summary>
    public OssSignedResourceAccess? Access { get; set; }

    /// <summary>Gets or sets how long the URL stays valid, in minutes (1 to 60 per oss.yaml; OSS default 2).</summary>
    public int? MinutesExpiration { get; set; }

    /// <summary>Gets or sets whether the URL expires after its first use.</summary>
    public bool? SingleUse { get; set; }

    /// <summary>Gets or sets whether to return a CloudFront URL instead of an APS one.</summary>
    public bool? UseCdn { get; set; }
}

/// <summary>The body of "generate OSS signed URL" (<c>create_signed_resource</c>).</summary>
internal sealed class OssCreateSignedResourceBody
{
    [JsonPropertyName("minutesExpiration")]
    public int? MinutesExpiration { get; init; }

    [JsonPropertyName("singleUse")]
    public bool? SingleUse { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
