using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// A signed URL to download an object directly from S3 (or one URL per chunk while chunks are being assembled).
/// The URLs are secrets until they expire: <see cref="ToString"/> never prints them.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-signeds3download-GET/">APS reference</see>.</remarks>
public sealed class OssSignedS3Download
{
    /// <summary>Gets whether the object is complete, chunked or served through a fallback OSS URL.</summary>
    [JsonPropertyName("status")]
    public OssDownloadStatus Status { get; init; }

    /// <summary>Gets the URL of the whole object (status <c>complete</c> or <c>fallback</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Gets one URL per chunk, keyed by the byte range it covers (for example <c>0-8388607</c>; status <c>chunked</c>).</summary>
    [JsonPropertyName("urls")]
    public IReadOnlyDictionary<string, string> Urls { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>Gets the response header values requested for the download (Content-Type, Content-Disposition, Cache-Control), raw.</summary>
    [JsonPropertyName("params")]
    public JsonElement? Params { get; init; }

    /// <summary>Gets the object size in bytes.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets the SHA-1 of the object (40 hexadecimal characters), when OSS has it.</summary>
    [JsonPropertyName("sha1")]
    public string? Sha1 { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Describes the download without its URLs.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"OssSignedS3Download({Status}, {Size} bytes, {(Url is null ? Urls.Count + " chunk URL(s)" : "1 URL")})";
}
