using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>An object in a bucket, as OSS describes it (the dates and metadata only when asked for with <c>with</c>).</summary>
public sealed class OssObjectDetails
{
    /// <summary>Gets the bucket key.</summary>
    [JsonPropertyName("bucketKey")]
    public string? BucketKey { get; init; }

    /// <summary>Gets the object id, <c>urn:adsk.objects:os.object:{bucketKey}/{objectKey}</c>.</summary>
    [JsonPropertyName("objectId")]
    public string? ObjectId { get; init; }

    /// <summary>Gets the object key.</summary>
    [JsonPropertyName("objectKey")]
    public string? ObjectKey { get; init; }

    /// <summary>Gets the SHA-1 of the object's data.</summary>
    [JsonPropertyName("sha1")]
    public string? Sha1 { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets the MIME type.</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; init; }

    /// <summary>Gets the OSS address of the object.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>Gets when the object was created (with <c>with=createdDate</c>).</summary>
    [JsonPropertyName("createdDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedDate { get; init; }

    /// <summary>Gets when the object was last accessed (with <c>with=lastAccessedDate</c>).</summary>
    [JsonPropertyName("lastAccessedDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastAccessedDate { get; init; }

    /// <summary>Gets when the object was last modified (with <c>with=lastModifiedDate</c>).</summary>
    [JsonPropertyName("lastModifiedDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastModifiedDate { get; init; }

    /// <summary>Gets the custom metadata (with <c>with=userDefinedMetadata</c>).</summary>
    [JsonPropertyName("userDefinedMetadata")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? UserDefinedMetadata { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
