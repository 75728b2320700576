using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>The body of "complete upload to S3 signed URLs": the session and, to have OSS check them, the size and part eTags.</summary>
public sealed class OssCompleteUploadRequest
{
    /// <summary>Gets the upload session id from <see cref="OssSignedS3Upload.UploadKey"/>.</summary>
    [JsonPropertyName("uploadKey")]
    public required string UploadKey { get; init; }

    /// <summary>Gets the expected object size; OSS refuses the completion when it differs.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }

    /// <summary>Gets the eTag S3 returned for each part, in part order; OSS refuses the completion when one differs.</summary>
    [JsonPropertyName("eTags")]
    public IReadOnlyList<string>? ETags { get; init; }

    /// <summary>Gets fields to send that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
