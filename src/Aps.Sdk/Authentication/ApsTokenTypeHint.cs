namespace Aps.Sdk.Authentication;

/// <summary>Which kind of token is revoked.</summary>
public enum ApsTokenTypeHint
{
    /// <summary>An access token.</summary>
    AccessToken,

    /// <summary>A refresh token.</summary>
    RefreshToken,
}
