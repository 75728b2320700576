using Aps.Sdk.Authentication;
using Microsoft.AspNetCore.Http;

namespace Aps.Sdk.AspNetCore;

/// <summary>
/// Settings of the APS 3-legged sign-in added with <c>AddApsSignIn</c> and mapped with <c>MapApsSignIn</c>.
/// The browser holds only an opaque session cookie; tokens stay server side in the registered
/// <see cref="IApsTokenStore"/>.
/// </summary>
public sealed class ApsSignInOptions
{
    /// <summary>
    /// Gets or sets the scopes asked for at sign-in (space-delimited); <c>data:read user-profile:read</c> by default.
    /// Keep <c>user-profile:read</c> to show the user's profile.
    /// </summary>
    public string Scopes { get; set; } = ApsScopes.DataRead + " " + ApsScopes.UserProfileRead;

    /// <summary>
    /// Gets or sets the callback URL registered for the APS application. <see langword="null"/> (default) derives it
    /// from the request: scheme, host, path base and the mapped callback path (<c>{prefix}/callback</c>). Set it behind
    /// a proxy that rewrites the host.
    /// </summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>
    /// Gets or sets where APS sends the browser after its logout page (must be registered with APS as well).
    /// <see langword="null"/> (default) uses this application's <see cref="SignedOutPath"/>.
    /// </summary>
    public Uri? PostLogoutRedirectUri { get; set; }

    /// <summary>Gets or sets the local path shown after sign-out; <c>/</c> by default.</summary>
    public string SignedOutPath { get; set; } = "/";

    /// <summary>Gets or sets where the browser goes after sign-in when the login had no (local) <c>returnUrl</c>; <c>/</c> by default.</summary>
    public string DefaultReturnPath { get; set; } = "/";

    /// <summary>Gets or sets the name of the session cookie; <c>aps.session</c> by default.</summary>
    public string CookieName { get; set; } = "aps.session";

    /// <summary>
    /// Gets or sets the SameSite mode of the session cookie; <see cref="SameSiteMode.Lax"/> by default (the cookie must
    /// survive the top-level redirect back from APS; cross-site POSTs, such as a forged logout, never carry it).
    /// The cookie is always <c>Secure</c> and <c>HttpOnly</c>.
    /// </summary>
    public SameSiteMode CookieSameSite { get; set; } = SameSiteMode.Lax;

    /// <summary>
    /// Gets or sets how long the session cookie lasts; <see langword="null"/> (default) makes it a browser-session
    /// cookie. The tokens behind it last as long as APS lets the refresh token live.
    /// </summary>
    public TimeSpan? SessionLifetime { get; set; }

    /// <summary>Gets or sets how long a started sign-in (state, nonce, PKCE verifier) waits for its callback; 10 minutes by default.</summary>
    public TimeSpan SignInTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the <c>prompt</c> sent to APS (<c>login</c> forces the sign-in page), or <see langword="null"/>.</summary>
    public string? Prompt { get; set; }

    /// <summary>
    /// Gets or sets how many signed-in sessions keep their token provider (and its in-process single-flight refresh)
    /// in memory; 10,000 by default. Past it, sessions idle for longer than <see cref="SessionCacheIdleTime"/> are
    /// dropped from memory (their tokens stay in the store).
    /// </summary>
    public int SessionCacheSize { get; set; } = 10_000;

    /// <summary>Gets or sets how long a session's in-memory provider is kept without use once the cache is full; 20 minutes by default.</summary>
    public TimeSpan SessionCacheIdleTime { get; set; } = TimeSpan.FromMinutes(20);

    internal string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Scopes))
        {
            return "ApsSignInOptions.Scopes must name at least one scope.";
        }

        if (RedirectUri is { IsAbsoluteUri: false } || PostLogoutRedirectUri is { IsAbsoluteUri: false })
        {
            return "ApsSignInOptions.RedirectUri and PostLogoutRedirectUri must be absolute URLs.";
        }

        if (!IsLocalPath(SignedOutPath) || !IsLocalPath(DefaultReturnPath))
        {
            return "ApsSignInOptions.SignedOutPath and DefaultReturnPath must be local paths starting with '/'.";
        }

        if (string.IsNullOrWhiteSpace(CookieName) || CookieName.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' or '='))
        {
            return "ApsSignInOptions.CookieName must be a valid cookie name.";
        }

        if (SignInTimeout <= TimeSpan.Zero || SessionCacheIdleTime <= TimeSpan.Zero || SessionCacheSize < 1 || SessionLifetime <= TimeSpan.Zero)
        {
            return "ApsSignInOptions: SignInTimeout, SessionCacheIdleTime, SessionLifetime and SessionCacheSize must be positive.";
        }

        return null;
    }

    /// <summary>Whether <paramref name="path"/> is a local path (no scheme, host or protocol-relative form).</summary>
    internal static bool IsLocalPath(string? path)
        => !string.IsNullOrEmpty(path)
           && path[0] == '/'
           && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
           && !path.Any(char.IsControl);
}
