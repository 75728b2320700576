namespace Aps.Sdk.Authentication;

/// <summary>
/// Where 3-legged token pairs live, keyed by the user's session. The contract is compare-and-swap on
/// <see cref="ApsStoredToken.Version"/>: two processes sharing one store can never both win the same swap, which is
/// how the SDK guarantees a refresh token (single use) is spent once.
/// </summary>
public interface IApsTokenStore
{
    /// <summary>Reads the entry of <paramref name="key"/>.</summary>
    /// <param name="key">The session key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or <see langword="null"/> when there is none.</returns>
    ValueTask<ApsStoredToken?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the entry of <paramref name="key"/> only if its current version is <paramref name="expectedVersion"/>
    /// (−1: only if there is no entry). On success the stored version is <paramref name="expectedVersion"/> + 1
    /// (0 for a new entry), whatever <paramref name="value"/> says.
    /// </summary>
    /// <param name="key">The session key.</param>
    /// <param name="expectedVersion">The version the caller read, or −1 for "no entry".</param>
    /// <param name="value">The new entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when swapped; <see langword="false"/> when someone else changed the entry first.</returns>
    ValueTask<bool> TryReplaceAsync(string key, long expectedVersion, ApsStoredToken value, CancellationToken cancellationToken);

    /// <summary>Removes the entry of <paramref name="key"/> (sign-out).</summary>
    /// <param name="key">The session key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when removed.</returns>
    ValueTask RemoveAsync(string key, CancellationToken cancellationToken);
}
