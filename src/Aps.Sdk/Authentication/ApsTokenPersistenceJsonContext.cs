using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>
/// One entry of <see cref="ApsDistributedTokenCache"/> as stored (before protection):
/// <c>{"v":1,"token":"...","expiresOn":"2025-03-01T13:00:00+00:00","scope":"data:read"}</c>. Never printed: the
/// default <see cref="object.ToString"/> shows only the type name.
/// </summary>
internal sealed class ApsCachedTokenEntry
{
    /// <summary>The format version this SDK writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Gets or sets the format version.</summary>
    [JsonPropertyName("v")]
    public int Version { get; set; }

    /// <summary>Gets or sets the bearer token (a secret).</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>Gets or sets when the token expires.</summary>
    [JsonPropertyName("expiresOn")]
    public DateTimeOffset? ExpiresOn { get; set; }

    /// <summary>Gets or sets the token's scopes (space-delimited).</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; set; }

    /// <summary>Gets or sets fields this version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// The source-generated JSON metadata of what the SDK persists outside the process: the shared token cache's entries
/// (<see cref="ApsCachedTokenEntry"/>) and the token stores' entries (<see cref="StoredTokenDocument"/>).
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ApsCachedTokenEntry))]
[JsonSerializable(typeof(StoredTokenDocument))]
internal sealed partial class ApsTokenPersistenceJsonContext : JsonSerializerContext;
