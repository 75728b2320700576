using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>
/// The answer of <c>POST /authentication/v2/token</c> (2-legged, 3-legged, refresh or JWT assertion grant).
/// <see cref="ToString"/> never prints a token.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/gettoken-POST/">APS reference</see>.</remarks>
public sealed class ApsTokenResponse
{
    /// <summary>Gets the access token.</summary>
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }

    /// <summary>Gets the token type (always <c>Bearer</c>).</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>Gets the lifetime of the access token in seconds.</summary>
    [JsonPropertyName("expires_in")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long ExpiresIn { get; init; }

    /// <summary>Gets the expiry as a Unix time in seconds, when APS sends it.</summary>
    [JsonPropertyName("expires_at")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? ExpiresAt { get; init; }

    /// <summary>Gets the refresh token (3-legged grants only). Single use: APS rotates it on every refresh.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>Gets the OpenID Connect ID token, when the <c>openid</c> scope was asked for.</summary>
    [JsonPropertyName("id_token")]
    public string? IdToken { get; init; }

    /// <summary>Gets the granted scopes (space-delimited), when APS sends them.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Turns the response into an <see cref="ApsAccessToken"/> expiring <see cref="ExpiresIn"/> after <paramref name="receivedAt"/>.</summary>
    /// <param name="receivedAt">When the response was received.</param>
    /// <param name="requested">The scopes that were asked for, used when APS does not echo them.</param>
    /// <returns>The access token.</returns>
    public ApsAccessToken ToAccessToken(DateTimeOffset receivedAt, ApsScopes? requested = null)
    {
        var expiresOn = ExpiresIn > 0 ? receivedAt.AddSeconds(ExpiresIn)
            : ExpiresAt is { } at ? DateTimeOffset.FromUnixTimeSeconds(at)
            : receivedAt.AddMinutes(59);
        var scopes = string.IsNullOrWhiteSpace(Scope) ? requested : ApsScopes.Create(Scope);
        return new ApsAccessToken(AccessToken, expiresOn, scopes);
    }

    /// <summary>Describes the response without printing any token.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => $"ApsTokenResponse(type {TokenType}, expires in {ExpiresIn}s, scope '{Scope}', refresh token {(RefreshToken is null ? "absent" : "present")}, id token {(IdToken is null ? "absent" : "present")})";
}
