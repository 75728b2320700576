using Aps.Sdk.Authentication;
using Aps.Sdk.Testing.Emulator;
using Aps.Sdk.Testing.Emulator.Auth;

namespace Aps.Sdk.Testing;

/// <summary>
/// Test helpers for the emulator's Authentication API: what a user's browser sign-in would produce, without a
/// browser. Exchange the code with the SDK (<see cref="AuthenticationClient.GetThreeLeggedTokenAsync"/>) as an
/// application would.
/// </summary>
public sealed class ApsEmulatorAuthentication
{
    private readonly EmulatorContext _context;

    internal ApsEmulatorAuthentication(EmulatorContext context)
    {
        _context = context;
    }

    /// <summary>
    /// Mints an authorization code, as if <paramref name="user"/> had signed in and consented on the authorize page.
    /// The code lasts 5 minutes (emulator clock) and can be exchanged once, with the same redirect URI and, when
    /// <paramref name="codeChallenge"/> is given, the matching PKCE verifier (S256).
    /// </summary>
    /// <param name="redirectUri">The redirect URI the exchange must repeat.</param>
    /// <param name="scopes">The scopes granted.</param>
    /// <param name="codeChallenge">The PKCE S256 challenge (for example <see cref="ApsPkce.Challenge"/>), or <see langword="null"/>.</param>
    /// <param name="user">Who signed in; <see cref="ApsEmulatorOptions.User"/> by default.</param>
    /// <param name="nonce">The nonce to put in the ID token (with the <c>openid</c> scope), or <see langword="null"/>.</param>
    /// <returns>The code.</returns>
    public string IssueAuthorizationCode(Uri redirectUri, ApsScopes scopes, string? codeChallenge = null, ApsEmulatorUser? user = null, string? nonce = null)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentNullException.ThrowIfNull(scopes);
        if (!redirectUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The redirect URI must be absolute.", nameof(redirectUri));
        }

        return _context.Tokens.IssueCode(redirectUri.AbsoluteUri, scopes, codeChallenge, user ?? _context.User, nonce);
    }

    /// <summary>
    /// Mints an access token directly: 2-legged, or 3-legged when <paramref name="user"/> is given. Handy for raw
    /// HTTP calls and for a <see cref="StaticTokenProvider"/>.
    /// </summary>
    /// <param name="scopes">The scopes of the token.</param>
    /// <param name="user">The user of a 3-legged token, or <see langword="null"/> for a 2-legged one.</param>
    /// <param name="lifetime">How long the token lasts (emulator clock); 3599 seconds by default, as APS.</param>
    /// <returns>The token and its expiry.</returns>
    public ApsAccessToken IssueAccessToken(ApsScopes scopes, ApsEmulatorUser? user = null, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (lifetime is { } span && span <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "The lifetime must be positive.");
        }

        var token = _context.Tokens.IssueAccessToken(scopes, user, lifetime);
        return new ApsAccessToken(token.Value, token.ExpiresOn, scopes);
    }

    /// <summary>
    /// Counts the token requests this emulator answered with tokens, by grant type (<c>client_credentials</c>,
    /// <c>authorization_code</c>, <c>refresh_token</c>, <c>urn:ietf:params:oauth:grant-type:jwt-bearer</c>): how many
    /// tokens an app fetched, for example to check that a shared token cache spared a second instance its fetch.
    /// Tokens minted with <see cref="IssueAccessToken"/> are not counted.
    /// </summary>
    /// <param name="grantType">The grant type.</param>
    /// <returns>The number of successful token requests of that grant type.</returns>
    public int CountTokenRequests(string grantType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grantType);
        return _context.Tokens.GrantCount(grantType);
    }

    /// <summary>
    /// Gets how many times a refresh token that had already been spent on a refresh was presented again (and refused
    /// with <c>invalid_grant</c>, as APS does: refresh tokens are single use). Anything above zero means two
    /// processes spent the same refresh token.
    /// </summary>
    public int RefreshTokenReuseCount => _context.Tokens.RefreshReuses;

    /// <summary>
    /// Counts the refresh tokens that can still be spent (issued, not spent, not revoked, not expired), of one user or
    /// of all users. After a run of refreshes exactly one should be left per signed-in session: none means a refresh
    /// token was lost (the session can no longer refresh), more than one means a pair was dropped unspent.
    /// </summary>
    /// <param name="userId">The user id, or <see langword="null"/> for every user.</param>
    /// <returns>The number of live refresh tokens.</returns>
    public int CountActiveRefreshTokens(string? userId = null) => _context.Tokens.CountActiveRefreshTokens(userId);

    /// <summary>Tells whether <paramref name="refreshToken"/> can still be spent (issued by this emulator, not spent, revoked or expired).</summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <returns><see langword="true"/> when it is live.</returns>
    public bool IsRefreshTokenActive(string refreshToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        var token = _context.Tokens.Find(refreshToken);
        return token is { Kind: TokenKind.Refresh } && _context.Tokens.IsActive(token);
    }
}
