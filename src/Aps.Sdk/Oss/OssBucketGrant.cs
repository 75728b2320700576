using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// An application allowed to access a bucket: an entry of <see cref="OssCreateBucketRequest.Allow"/> and of
/// <see cref="OssBucket.Permissions"/>.
/// </summary>
public sealed class OssBucketGrant
{
    /// <summary>Gets the client id of the application.</summary>
    [JsonPropertyName("authId")]
    public string? AuthId { get; init; }

    /// <summary>Gets the access level (required when creating a bucket).</summary>
    [JsonPropertyName("access")]
    public OssBucketAccess Access { get; init; }

    /// <summary>Gets fields APS sent (or to send) that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"OssBucketGrant({AuthId}, {Access})";
}
