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
}
