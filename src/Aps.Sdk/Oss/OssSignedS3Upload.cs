using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// Signed S3 URLs to upload an object (or some of its parts) directly to S3. The URLs are secrets until they expire:
/// <see cref="ToString"/> never prints them.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-signeds3upload-GET/">APS reference</see>.</remarks>
public sealed class OssSignedS3Upload
{
    /// <summary>Gets the id of the upload session; send it again to get more URLs and to complete the upload.</summary>
    [JsonPropertyName("uploadKey")]
    public required string UploadKey { get; init; }

    /// <summary>Gets the URLs, one per part, in part order starting at the requested first part.</summary>
    [JsonPropertyName("urls")]
    public IReadOnlyList<string> Urls { get; init => field = value ?? []; } = [];

    /// <summary>Gets when the URLs expire.</summary>
    [JsonPropertyName("urlExpiration")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UrlExpiration { get; init; }

    /// <summary>Gets the deadline to complete the upload; uploaded parts are discarded after it.</summary>
    [JsonPropertyName("uploadExpiration")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UploadExpiration { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Describes the session without its URLs.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"OssSignedS3Upload({Urls.Count} URL(s), expire {UrlExpiration:O})";
}
