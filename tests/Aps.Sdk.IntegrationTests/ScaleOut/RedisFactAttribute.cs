namespace Aps.Sdk.IntegrationTests.ScaleOut;

/// <summary>
/// The Redis server the scale-out tests use: <c>APS_TEST_REDIS</c> (for example <c>127.0.0.1:6390</c>), which
/// <c>.ci/run</c> sets after installing Debian's redis-server and starting it on loopback.
/// </summary>
public static class TestRedis
{
    /// <summary>Gets the configured endpoint, or <see langword="null"/> when none is set.</summary>
    public static string? Endpoint => Environment.GetEnvironmentVariable("APS_TEST_REDIS") is { Length: > 0 } value ? value : null;

    /// <summary>Gets why the Redis tests are skipped, or <see langword="null"/> when a server is configured.</summary>
    public static string? MissingReason => Endpoint is null
        ? "no Redis (APS_TEST_REDIS unset): .ci/run installs redis-server and starts it on loopback"
        : null;

    /// <summary>Gets the endpoint, failing the test when none is set (only called from Redis facts).</summary>
    public static string RequireEndpoint() => Endpoint ?? throw new InvalidOperationException(MissingReason);
}

/// <summary>A fact that is skipped, with the reason shown, when no Redis server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (TestRedis.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
