namespace Aps.Sdk.Authentication;

/// <summary>
/// Supplies access tokens to the pipeline. Implementations must be thread-safe; the SDK calls
/// <see cref="GetTokenAsync"/> once per request attempt and expects cached lookups to be cheap.
/// </summary>
public interface IApsTokenProvider
{
    /// <summary>Gets a token that carries <paramref name="scopes"/>.</summary>
    /// <param name="scopes">The scopes the operation needs.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A valid token.</returns>
    ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the provider that APS rejected <paramref name="token"/> with 401, so the next
    /// <see cref="GetTokenAsync"/> must not return it again.
    /// </summary>
    /// <param name="token">The rejected token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the token is forgotten.</returns>
    ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken);
}
