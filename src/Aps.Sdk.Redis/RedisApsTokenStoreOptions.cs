using Aps.Sdk.Authentication;

namespace Aps.Sdk.Redis;

/// <summary>Settings of <see cref="RedisApsTokenStore"/>.</summary>
public sealed class RedisApsTokenStoreOptions
{
    /// <summary>Gets or sets the prefix of every Redis key; <c>aps:session:</c> by default. Give each app its own when several share one server.</summary>
    public string KeyPrefix { get; set; } = "aps:session:";

    /// <summary>
    /// Gets or sets what encrypts entries at rest; <see langword="null"/> (default) stores them as plain JSON. When the
    /// store is registered with <c>UseRedisTokenStore</c> and this is <see langword="null"/>, a registered
    /// <see cref="IApsTokenProtector"/> is used (Aps.Sdk.AspNetCore's <c>ProtectTokensWithDataProtection</c> registers one).
    /// </summary>
    public IApsTokenProtector? Protector { get; set; }

    /// <summary>
    /// Gets or sets how long an entry lives after its last write (every refresh writes it, so an active session
    /// never expires); 30 days by default.
    /// </summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Gets or sets the Redis database number; −1 (default) is the connection's default database.</summary>
    public int Database { get; set; } = -1;
}
