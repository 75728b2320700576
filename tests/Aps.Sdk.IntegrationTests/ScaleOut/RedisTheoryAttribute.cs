namespace Aps.Sdk.IntegrationTests.ScaleOut;

/// <summary>A theory that is skipped, with the reason shown, when no Redis server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute()
    {
        if (TestRedis.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
