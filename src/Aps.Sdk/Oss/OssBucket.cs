using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// A bucket: what "create bucket" and "get bucket details" return, and one item of "list buckets" (which carries
/// only <see cref="BucketKey"/>, <see cref="CreatedDate"/> and <see cref="PolicyKey"/>).
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-details-GET/">APS reference</see>.</remarks>
public sealed class OssBucket
{
    /// <summary>Gets the bucket key: the globally unique, immutable id of the bucket.</summary>
    [JsonPropertyName("bucketKey")]
    public string? BucketKey { get; init; }

    /// <summary>Gets the client id of the application that owns the bucket.</summary>
    [JsonPropertyName("bucketOwner")]
    public string? BucketOwner { get; init; }

    /// <summary>Gets when the bucket was created (OSS sends a Unix timestamp in milliseconds).</summary>
    [JsonPropertyName("createdDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedDate { get; init; }

    /// <summary>Gets the applications that may access the bucket, with their access level (never null).</summary>
    [JsonPropertyName("permissions")]
    public IReadOnlyList<OssBucketGrant> Permissions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the retention policy.</summary>
    [JsonPropertyName("policyKey")]
    public OssPolicyKey PolicyKey { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"OssBucket({BucketKey}, {PolicyKey})";
}
