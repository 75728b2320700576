namespace Aps.Sdk.Authentication;

/// <summary>
/// A user's 3-legged token pair as an <see cref="IApsTokenStore"/> keeps it, with the version the store's
/// compare-and-swap checks and the refresh lease that makes one process at a time spend the refresh token.
/// <see cref="ToString"/> never prints a token.
/// </summary>
public sealed record ApsStoredToken
{
    /// <summary>Gets the access token.</summary>
    public required string AccessToken { get; init; }

    /// <summary>Gets the refresh token (single use: APS rotates it on every refresh).</summary>
    public required string RefreshToken { get; init; }

    /// <summary>Gets when the access token expires.</summary>
    public required DateTimeOffset ExpiresOn { get; init; }

    /// <summary>Gets the granted scopes (space-delimited).</summary>
    public string? Scope { get; init; }

    /// <summary>Gets the ID token, when one was issued.</summary>
    public string? IdToken { get; init; }

    /// <summary>Gets the version; the store increments it on every successful swap.</summary>
    public long Version { get; init; }

    /// <summary>Gets who holds the refresh lease, when one is held.</summary>
    public string? RefreshLeaseOwner { get; init; }

    /// <summary>Gets until when the refresh lease holds.</summary>
    public DateTimeOffset? RefreshLeaseUntil { get; init; }

    /// <summary>Creates a stored token from a token response (version 0, no lease).</summary>
    /// <param name="response">The token response; it must carry a refresh token.</param>
    /// <param name="receivedAt">When the response was received.</param>
    /// <returns>The stored token.</returns>
    /// <exception cref="ArgumentException">The response has no refresh token.</exception>
    public static ApsStoredToken FromResponse(ApsTokenResponse response, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (string.IsNullOrEmpty(response.RefreshToken))
        {
            throw new ArgumentException("A 3-legged token response must carry a refresh token.", nameof(response));
        }

        var access = response.ToAccessToken(receivedAt);
        return new ApsStoredToken
        {
            AccessToken = response.AccessToken,
            RefreshToken = response.RefreshToken,
            ExpiresOn = access.ExpiresOn,
            Scope = response.Scope,
            IdToken = response.IdToken,
        };
    }

    /// <summary>Describes the entry without printing any token.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => $"ApsStoredToken(version {Version}, expires {ExpiresOn:O}, scope '{Scope}', lease {(RefreshLeaseOwner is null ? "none" : "held until " + RefreshLeaseUntil?.ToString("O", System.Globalization.CultureInfo.InvariantCulture))})";
}
