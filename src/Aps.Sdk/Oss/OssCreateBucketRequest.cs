using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>The body of "create bucket".</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-POST/">APS reference</see>.</remarks>
public sealed class OssCreateBucketRequest
{
    /// <summary>
    /// Gets the bucket key: globally unique across applications and regions, immutable, 3 to 128 characters of
    /// lower-case letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.
    /// </summary>
    /// <remarks>
    /// oss.yaml's prose allows only <c>[a-z0-9_]</c>, its <c>bucketKey</c> pattern <c>^[-_.a-z0-9]{3,128}$</c>; the SDK
    /// checks the pattern (the same rule as every other bucket operation).
    /// </remarks>
    [JsonPropertyName("bucketKey")]
    public required string BucketKey { get; init; }

    /// <summary>Gets the retention policy (required).</summary>
    [JsonPropertyName("policyKey")]
    public required OssPolicyKey PolicyKey { get; init; }

    /// <summary>Gets the other applications allowed to access the bucket, or <see langword="null"/> for none.</summary>
    [JsonPropertyName("allow")]
    public IReadOnlyList<OssBucketGrant>? Allow { get; init; }

    /// <summary>Gets fields to send that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
