using Aps.Sdk.Authentication;

namespace Aps.Sdk.AspNetCore;

/// <summary>
/// The signed-in user of the current request (a scoped service): an <see cref="ApsClient"/> whose calls act as the
/// user with their 3-legged token, refreshed automatically and single flight, without the caller handling tokens.
/// Resolve it in an endpoint, controller or Razor page: <c>(IApsUserClient user) =&gt; user.Client.DataManagement...</c>.
/// </summary>
public interface IApsUserClient
{
    /// <summary>Gets a value indicating whether the request carries a session cookie (the tokens may still have been removed).</summary>
    bool HasSession { get; }

    /// <summary>
    /// Gets the client acting as the signed-in user: every area client under it (<c>Client.Oss</c>,
    /// <c>Client.DataManagement</c>, …) sends the user's token. Without a signed-in user its calls raise
    /// <see cref="ApsAuthenticationException"/> with <see cref="ApsAuthenticationException.RequiresSignIn"/>.
    /// </summary>
    ApsClient Client { get; }

    /// <summary>Gets the user's token provider, for per-call <see cref="ApsRequestOptions.TokenProvider"/> on another client.</summary>
    IApsTokenProvider TokenProvider { get; }

    /// <summary>Tells whether the store still holds tokens for this request's session.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the user is signed in.</returns>
    ValueTask<bool> IsSignedInAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the signed-in user's profile (<c>GET /userinfo</c>), read once per request.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ApsAuthenticationException">No user is signed in, or the refresh token has expired (<see cref="ApsAuthenticationException.RequiresSignIn"/>).</exception>
    Task<ApsUserInfo> GetUserInfoAsync(CancellationToken cancellationToken = default);
}
