// The scale-out probe: one "instance" of an app that shares its tokens through Redis. The scale-out tests in
// tests/Aps.Sdk.IntegrationTests/ScaleOut start it as separate processes against one emulator and one Redis server.
//
// Settings come from environment variables (never the command line, which other processes can read):
//   APS_BASE_ADDRESS, APS_CLIENT_ID, APS_CLIENT_SECRET   the emulator and its app
//   APS_TEST_REDIS                                        host:port of the Redis server
//   PROBE_PREFIX                                          key prefix, unique per test
//   PROBE_START_AT                                        optional: Unix milliseconds to wait for (a start barrier)
// Modes (first argument):
//   app-token                   one OSS call with the 2-legged token cached in Redis (AddDistributedTokenCache)
//   refresh <store> <session> <iterations>
//                               <store> = redis (RedisApsTokenStore) or cache (DistributedCacheApsTokenStore over
//                               RedisCache + RedisApsDistributedLock); each iteration calls /userinfo as the user, then
//                               declares the access token rejected so the next iteration needs a fresh one.
// Exit code 0 on success; on failure the exception type and message (never a token) go to stderr, exit code 1.
using Aps.Sdk;
using Aps.Sdk.Authentication;
using Aps.Sdk.Redis;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

try
{
    await WaitForStartAsync();
    return args.FirstOrDefault() switch
    {
        "app-token" => await AppTokenAsync(),
        "refresh" when args.Length == 4 => await RefreshAsync(args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)),
        _ => Usage(),
    };
}
catch (Exception ex)
{
    await Console.Error.WriteLineAsync($"probe failed: {ex.GetType().Name}: {ex.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Aps.Sdk.ScaleOutProbe app-token | refresh <redis|cache> <session> <iterations>");
    return 2;
}

static string Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
    ? value
    : throw new InvalidOperationException($"The environment variable {name} is not set.");

static ApsOptions CreateOptions()
{
    var baseAddress = new Uri(Env("APS_BASE_ADDRESS"));
    return new ApsOptions
    {
        ClientId = Env("APS_CLIENT_ID"),
        ClientSecret = Env("APS_CLIENT_SECRET"),
        BaseAddress = baseAddress,
        UserProfileAddress = baseAddress,
    };
}

static async Task WaitForStartAsync()
{
    if (Environment.GetEnvironmentVariable("PROBE_START_AT") is { Length: > 0 } text)
    {
        var startAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        var wait = startAt - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}

static async Task<int> AppTokenAsync()
{
    var prefix = Env("PROBE_PREFIX");
    var services = new ServiceCollection();
    services.AddStackExchangeRedisCache(o =>
    {
        o.Configuration = Env("APS_TEST_REDIS");
        o.InstanceName = prefix;
    });
    var template = CreateOptions();
    services.AddApsClients(o =>
        {
            o.ClientId = template.ClientId;
            o.ClientSecret = template.ClientSecret;
            o.BaseAddress = template.BaseAddress;
            o.UserProfileAddress = template.UserProfileAddress;
        })
        .AddDistributedTokenCache();
    await using var provider = services.BuildServiceProvider();
    var aps = provider.GetRequiredService<ApsClient>();
    var buckets = 0;
    await foreach (var _ in aps.Oss.ListBucketsAsync())
    {
        buckets++;
    }

    Console.WriteLine($"app-token: listed {buckets} bucket(s)");
    return 0;
}

static async Task<int> RefreshAsync(string storeKind, string session, int iterations)
{
    var prefix = Env("PROBE_PREFIX");
    var redisConfiguration = Env("APS_TEST_REDIS");
    using var redis = await ConnectionMultiplexer.ConnectAsync(redisConfiguration);
    using var cache = storeKind == "cache" ? new RedisCache(new RedisCacheOptions { Configuration = redisConfiguration, InstanceName = prefix }) : null;
    IApsTokenStore store = storeKind switch
    {
        "redis" => new RedisApsTokenStore(redis, new RedisApsTokenStoreOptions { KeyPrefix = prefix }),
        "cache" => new DistributedCacheApsTokenStore(cache!, new RedisApsDistributedLock(redis, prefix + "lock:"), new DistributedCacheApsTokenStoreOptions { KeyPrefix = prefix }),
        _ => throw new ArgumentException($"Unknown store '{storeKind}': use redis or cache.", nameof(storeKind)),
    };

    using var aps = new ApsClient(CreateOptions());
    using var tokens = new AuthorizationCodeTokenProvider(aps.Authentication, store, session);
    var asUser = new ApsRequestOptions { TokenProvider = tokens };
    var scopes = ApsScopes.Create(ApsScopes.UserProfileRead);
    for (var i = 0; i < iterations; i++)
    {
        var token = await tokens.GetTokenAsync(scopes, CancellationToken.None);
        var me = await aps.Authentication.GetUserInfoAsync(asUser);
        if (string.IsNullOrEmpty(me.Sub))
        {
            throw new InvalidOperationException("The user info had no subject.");
        }

        // As if APS had answered 401: the next iteration needs a fresh access token (a refresh, or the pair the
        // other process has just stored).
        await tokens.InvalidateAsync(token, CancellationToken.None);
    }

    var final = await aps.Authentication.GetUserInfoAsync(asUser);
    Console.WriteLine($"refresh: {iterations} iteration(s) as {final.Sub}, store {storeKind}");
    return 0;
}
