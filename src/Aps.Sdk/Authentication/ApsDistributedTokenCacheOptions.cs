namespace Aps.Sdk.Authentication;

/// <summary>Settings of <see cref="ApsDistributedTokenCache"/>.</summary>
public sealed class ApsDistributedTokenCacheOptions
{
    /// <summary>
    /// Gets or sets the prefix of every key (<c>aps:token:</c>): the keys are
    /// <c>{prefix}cc:{clientId}:{sha256hex(scopes)}</c> and <c>{prefix}ssa:{clientId}:{serviceAccountId}:{sha256hex(scopes)}</c>.
    /// Use one prefix per environment when environments share a cache server.
    /// </summary>
    public string KeyPrefix { get; set; } = "aps:token:";

    /// <summary>
    /// Gets or sets the protector that encrypts entries at rest, or <see langword="null"/> to store them as plain JSON.
    /// A shared cache holds bearer tokens: protect them unless the cache itself is private and encrypted. Every instance
    /// must use the same keys; an entry that cannot be unprotected is a miss (and is removed).
    /// </summary>
    public IApsTokenProtector? Protector { get; set; }

    /// <summary>
    /// Gets or sets how long before the token expires its entry expires (5 minutes by default), so no instance reads
    /// a token it would refresh at once. Keep it equal to <see cref="ApsOptions.TokenRefreshMargin"/>;
    /// <c>AddDistributedTokenCache</c> sets it from the options of the registration.
    /// </summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);
}
