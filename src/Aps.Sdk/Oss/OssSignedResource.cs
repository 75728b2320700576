using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// An OSS signed URL (<c>…/oss/v2/signedresources/{hash}</c>): anyone holding it can use it, other applications
/// included, until it expires. It is a secret: <see cref="ToString"/> prints neither the URL nor its hash.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-signed-POST/">APS reference</see>.</remarks>
public sealed class OssSignedResource
{
    private const string Segment = "/signedresources/";

    /// <summary>Gets the signed URL.</summary>
    [JsonPropertyName("signedUrl")]
    public string? SignedUrl { get; init; }

    /// <summary>
    /// Gets the expiration as OSS sends it. oss.yaml documents it as "value for expiration in minutes" (int64); the
    /// SDK keeps the number as sent rather than guess a unit.
    /// </summary>
    [JsonPropertyName("expiration")]
    public long? Expiration { get; init; }

    /// <summary>Gets the IP addresses allowed to use the URL (never null; empty when OSS does not restrict them).</summary>
    [JsonPropertyName("allowedIpAddresses")]
    public IReadOnlyList<string> AllowedIpAddresses { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>
    /// Gets the <c>{hash}</c> of <see cref="SignedUrl"/>, the value <see cref="OssClient.DownloadSignedResourceAsync"/>,
    /// <see cref="OssClient.UploadSignedResourceAsync"/>, <see cref="OssClient.UploadSignedResourceChunkAsync"/> and
    /// <see cref="OssClient.DeleteSignedResourceAsync"/> take; <see langword="null"/> when the URL has no such segment.
    /// </summary>
    [JsonIgnore]
    public string? Hash => ExtractHash(SignedUrl);

    /// <summary>Gets the <c>region</c> query parameter of <see cref="SignedUrl"/>, when it has one.</summary>
    [JsonIgnore]
    public ApsRegion? Region
    {
        get
        {
            var url = SignedUrl;
            var question = url?.IndexOf('?', StringComparison.Ordinal) ?? -1;
            if (url is null || question < 0)
            {
                return null;
            }

            foreach (var pair in url[(question + 1)..].Split('&'))
            {
                var parts = pair.Split('=', 2);
                if (parts.Length == 2 && string.Equals(parts[0], "region", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(parts[1]))
                {
                    return new ApsRegion(Uri.UnescapeDataString(parts[1]));
                }
            }

            return null;
        }
    }

    /// <summary>Describes the signed URL without revealing it.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"OssSignedResource(expiration {Expiration}, {(SignedUrl is null ? "no URL" : "URL hidden")})";

    internal static string? ExtractHash(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var start = url.IndexOf(Segment, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        start += Segment.Length;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        var hash = end < 0 ? url[start..] : url[start..end];
        return hash.Length == 0 ? null : Uri.UnescapeDataString(hash);
    }
}
