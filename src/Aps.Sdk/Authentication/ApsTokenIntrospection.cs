using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>Metadata about a token (<c>POST /authentication/v2/introspect</c>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/introspect-token-POST/">APS reference</see>.</remarks>
public sealed class ApsTokenIntrospection
{
    /// <summary>Gets a value indicating whether the token is active (not expired, invalid or revoked).</summary>
    [JsonPropertyName("active")]
    public bool Active { get; init; }

    /// <summary>Gets the token's scopes (space-delimited).</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    /// <summary>Gets the client id the token belongs to.</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>Gets the expiry as a Unix time in seconds.</summary>
    [JsonPropertyName("exp")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? ExpiresAtUnixSeconds { get; init; }

    /// <summary>Gets the id of the user who authorized the token (3-legged).</summary>
    [JsonPropertyName("userid")]
    public string? UserId { get; init; }

    /// <summary>Gets the expiry, when sent.</summary>
    [JsonIgnore]
    public DateTimeOffset? ExpiresOn => ExpiresAtUnixSeconds is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : null;

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
