using Aps.Sdk.Authentication;
using Aps.Sdk.Redis;
using Aps.Sdk.Testing;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace Aps.Sdk.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of one app, as two real processes (tests/Aps.Sdk.ScaleOutProbe), sharing tokens through a real Redis
/// server: what issue 10's scale-out section asks. The emulator counts token requests and refuses a refresh token
/// spent twice, exactly as APS does.
/// </summary>
[Collection(nameof(ScaleOutCollection))]
public class TwoProcessScaleOutTests
{
    private static readonly Uri Callback = new("https://app.example.com/callback");

    [RedisFact]
    public async Task A_process_that_starts_after_another_has_cached_the_app_token_fetches_none()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        var prefix = $"aps-test:{Guid.NewGuid():N}:";

        var first = await ScaleOutProbe.WaitAsync(ScaleOutProbe.Start(emulator, prefix, null, "app-token"));
        first.ExitCode.Should().Be(0, first.Output);
        emulator.Authentication.CountTokenRequests("client_credentials").Should().Be(1);

        var second = await ScaleOutProbe.WaitAsync(ScaleOutProbe.Start(emulator, prefix, null, "app-token"));
        second.ExitCode.Should().Be(0, second.Output);
        emulator.Authentication.CountTokenRequests("client_credentials").Should().Be(1, "the second process reads the token the first one cached in Redis");

        // Control: a process with another cache prefix (another app's cache) has to fetch its own token.
        var other = await ScaleOutProbe.WaitAsync(ScaleOutProbe.Start(emulator, $"aps-test:{Guid.NewGuid():N}:", null, "app-token"));
        other.ExitCode.Should().Be(0, other.Output);
        emulator.Authentication.CountTokenRequests("client_credentials").Should().Be(2);
    }

    [RedisTheory]
    [InlineData("redis")]
    [InlineData("cache")]
    public async Task Two_processes_refreshing_one_user_concurrently_spend_every_refresh_token_exactly_once(string storeKind)
    {
        const int Iterations = 50;
        await using var emulator = await ApsEmulator.StartAsync();
        var prefix = $"aps-test:{Guid.NewGuid():N}:";
        var session = "user-session-1";
        using var redis = await ConnectionMultiplexer.ConnectAsync(TestRedis.RequireEndpoint());
        using var cache = new RedisCache(new RedisCacheOptions { Configuration = TestRedis.RequireEndpoint(), InstanceName = prefix });
        IApsTokenStore store = storeKind == "redis"
            ? new RedisApsTokenStore(redis, new RedisApsTokenStoreOptions { KeyPrefix = prefix })
            : new DistributedCacheApsTokenStore(cache, new RedisApsDistributedLock(redis, prefix + "lock:"), new DistributedCacheApsTokenStoreOptions { KeyPrefix = prefix });

        // The user signs in once (on some third instance); the pair lands in Redis.
        using (var aps = emulator.CreateClient())
        using (var signIn = new AuthorizationCodeTokenProvider(aps.Authentication, store, session))
        {
            var pkce = ApsPkce.Create();
            var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.UserProfileRead), pkce.Challenge);
            await signIn.SignInAsync(code, Callback, pkce.Verifier);
        }

        // Both processes start at the same moment and force a refresh on every iteration.
        var startAt = DateTimeOffset.UtcNow.AddSeconds(3);
        var a = ScaleOutProbe.Start(emulator, prefix, startAt, "refresh", storeKind, session, Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var b = ScaleOutProbe.Start(emulator, prefix, startAt, "refresh", storeKind, session, Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var results = await Task.WhenAll(ScaleOutProbe.WaitAsync(a), ScaleOutProbe.WaitAsync(b));

        results[0].ExitCode.Should().Be(0, results[0].Output);
        results[1].ExitCode.Should().Be(0, results[1].Output);
        var refreshes = emulator.Authentication.CountTokenRequests("refresh_token");
        refreshes.Should().BeGreaterThanOrEqualTo(Iterations, "each process forced at least its own share of refreshes")
            .And.BeLessThanOrEqualTo(2 * Iterations);
        emulator.Authentication.RefreshTokenReuseCount.Should().Be(0, "no refresh token was spent twice");

        // Nothing lost: exactly one live refresh token is left for the user, and it is the one in Redis.
        emulator.Authentication.CountActiveRefreshTokens(new ApsEmulatorUser().UserId).Should().Be(1);
        var stored = await store.GetAsync(session, CancellationToken.None);
        stored.Should().NotBeNull();
        emulator.Authentication.IsRefreshTokenActive(stored!.RefreshToken).Should().BeTrue("the pair in Redis is the last one issued");
        stored.RefreshLeaseOwner.Should().BeNull("no lease is left behind");
    }
}

/// <summary>The scale-out tests start processes: run them one at a time.</summary>
[CollectionDefinition(nameof(ScaleOutCollection), DisableParallelization = true)]
public sealed class ScaleOutCollection;
