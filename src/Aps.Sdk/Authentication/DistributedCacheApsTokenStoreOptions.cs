namespace Aps.Sdk.Authentication;

/// <summary>Settings of <see cref="DistributedCacheApsTokenStore"/>.</summary>
public sealed class DistributedCacheApsTokenStoreOptions
{
    /// <summary>Gets or sets the prefix of every cache key; <c>aps:session:</c> by default. Give each app its own when several share one cache.</summary>
    public string KeyPrefix { get; set; } = "aps:session:";

    /// <summary>
    /// Gets or sets what encrypts entries at rest; <see langword="null"/> (default) stores them as plain JSON. When the
    /// store is registered with <c>UseDistributedCacheTokenStore</c> and this is <see langword="null"/>, a registered
    /// <see cref="IApsTokenProtector"/> is used (Aps.Sdk.AspNetCore's <c>ProtectTokensWithDataProtection</c> registers one).
    /// </summary>
    public IApsTokenProtector? Protector { get; set; }

    /// <summary>
    /// Gets or sets how long an entry lives after its last write (every refresh writes it, so an active session
    /// never expires); 30 days by default.
    /// </summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Gets or sets how long the lock around one swap holds at most (if its holder dies); 10 seconds by default. A swap
    /// writes only if less than half of it has passed since the lock was asked for (see <see cref="DistributedCacheApsTokenStore"/>).
    /// </summary>
    public TimeSpan LockLease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets or sets how long a swap waits for the lock while another instance holds it before it returns
    /// <see langword="false"/>; 5 seconds by default. <see cref="TimeSpan.Zero"/> tries once.
    /// </summary>
    public TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(5);
}
