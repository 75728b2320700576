namespace Aps.Sdk.Authentication;

/// <summary>
/// A cache of app-only tokens (2-legged client credentials, Secure Service Account tokens) shared by every instance
/// of an app, so an instance that starts after another reuses its token instead of fetching one. The providers keep
/// their in-memory cache in front of it: they ask it only on an in-memory miss, write every token they fetch to it,
/// and remove an entry when a token it holds was rejected with 401. <see cref="ApsDistributedTokenCache"/> implements
/// it over <c>IDistributedCache</c> (Redis, SQL Server, ...).
/// </summary>
/// <remarks>
/// <para>
/// Keys never contain a secret: the providers pass <c>cc:{clientId}:{sha256hex(scopes)}</c> (client credentials) and
/// <c>ssa:{clientId}:{serviceAccountId}:{sha256hex(scopes)}</c> (service accounts), where <c>scopes</c> is
/// <see cref="ApsScopes.Key"/>; an implementation may prefix them.
/// </para>
/// <para>
/// The cache is an optimisation, never a point of failure: an implementation should answer a miss (not throw) when
/// its backend fails or an entry cannot be read. The providers also treat an exception from it as a miss and fetch.
/// 2-legged tokens are not single use, so get/set semantics are enough: instances that race both fetch, and both
/// tokens are valid. 3-legged refresh tokens are not cached here; they need an <see cref="IApsTokenStore"/>.
/// </para>
/// </remarks>
public interface IApsTokenCache
{
    /// <summary>Reads the token cached under <paramref name="key"/>.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token, or <see langword="null"/> when there is none (or it cannot be read).</returns>
    ValueTask<ApsAccessToken?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Caches <paramref name="token"/> under <paramref name="key"/> until shortly before it expires.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when written.</returns>
    ValueTask SetAsync(string key, ApsAccessToken token, CancellationToken cancellationToken);

    /// <summary>Removes the entry of <paramref name="key"/>.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when removed.</returns>
    ValueTask RemoveAsync(string key, CancellationToken cancellationToken);
}
