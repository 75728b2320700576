using System.Net.Http.Headers;

namespace Aps.Sdk.Authentication;

/// <summary>
/// An access token with its expiry. <see cref="ToString"/> never prints the token itself.
/// </summary>
public sealed class ApsAccessToken
{
    private AuthenticationHeaderValue? _authorizationHeader;

    /// <summary>Creates an access token.</summary>
    /// <param name="value">The bearer token.</param>
    /// <param name="expiresOn">When the token expires.</param>
    /// <param name="scopes">The scopes the token was issued for, when known.</param>
    /// <exception cref="ArgumentException">The token is empty.</exception>
    public ApsAccessToken(string value, DateTimeOffset expiresOn, ApsScopes? scopes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
        ExpiresOn = expiresOn;
        Scopes = scopes ?? ApsScopes.None;
        AuthorizationHeaderValue = "Bearer " + value;
    }

    /// <summary>Gets the bearer token. Treat it as a secret.</summary>
    public string Value { get; }

    /// <summary>Gets when the token expires.</summary>
    public DateTimeOffset ExpiresOn { get; }

    /// <summary>Gets the scopes the token was issued for (empty when unknown).</summary>
    public ApsScopes Scopes { get; }

    internal string AuthorizationHeaderValue { get; }

    /// <summary>
    /// Gets the parsed <c>Authorization</c> header, parsed once per token instead of once per request
    /// (<see cref="AuthenticationHeaderValue"/> is immutable, so requests can share it).
    /// </summary>
    internal AuthenticationHeaderValue AuthorizationHeader
        => _authorizationHeader ??= AuthenticationHeaderValue.Parse(AuthorizationHeaderValue);

    /// <summary>Gets a value indicating whether the token is expired or expires within <paramref name="margin"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="margin">How long before expiry the token already counts as expiring.</param>
    /// <returns><see langword="true"/> when the token should not be used any more.</returns>
    public bool IsExpiring(DateTimeOffset now, TimeSpan margin = default) => now + margin >= ExpiresOn;

    /// <summary>Describes the token without printing it.</summary>
    /// <returns>A description with the expiry and scopes.</returns>
    public override string ToString() => $"ApsAccessToken(expires {ExpiresOn:O}, scopes '{Scopes}')";
}
