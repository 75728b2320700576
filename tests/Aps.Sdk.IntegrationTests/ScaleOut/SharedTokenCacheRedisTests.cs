using Aps.Sdk.Authentication;
using Aps.Sdk.IntegrationTests.Emulator;
using Aps.Sdk.Testing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;

namespace Aps.Sdk.IntegrationTests.ScaleOut;

/// <summary>2-legged tokens shared through a real Redis (<see cref="RedisCache"/>) between two separately built clients.</summary>
public sealed class SharedTokenCacheRedisTests
{
    [RedisFact]
    public async Task A_second_client_over_its_own_RedisCache_calls_the_emulator_without_a_token_request()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using (var raw = EmulatorTestHelpers.Authorized(emulator))
        using (var created = await EmulatorTestHelpers.CreateBucketAsync(raw, "shared-token-bucket"))
        {
            created.EnsureSuccessStatusCode();
        }

        var instanceName = "aps-test-" + Guid.NewGuid().ToString("N") + ":";
        using var redisA = new RedisCache(new RedisCacheOptions { Configuration = TestRedis.RequireEndpoint(), InstanceName = instanceName });
        using var redisB = new RedisCache(new RedisCacheOptions { Configuration = TestRedis.RequireEndpoint(), InstanceName = instanceName });
        var wireA = new TokenRequestCounter();
        var wireB = new TokenRequestCounter();
        using var a = new ApsClient(Options(emulator, redisA), wireA);
        using var b = new ApsClient(Options(emulator, redisB), wireB);

        var fromA = await a.Oss.GetBucketDetailsAsync("shared-token-bucket");
        var fromB = await b.Oss.GetBucketDetailsAsync("shared-token-bucket");

        fromA.BucketKey.Should().Be("shared-token-bucket");
        fromB.BucketKey.Should().Be("shared-token-bucket");
        wireA.TokenRequests.Should().Be(1);
        wireB.TokenRequests.Should().Be(0, "b read a's token from Redis");
        wireB.Requests.Should().Be(1, "b's only request was the bucket call");

        // The entry is in Redis under the instance name, the key holds no secret, and the value is the versioned JSON.
        var key = "aps:token:" + ((ClientCredentialsTokenProvider)a.TokenProvider!).SharedKeyOf(ApsScopes.Create(ApsScopes.BucketRead, ApsScopes.ViewablesRead));
        var stored = await redisB.GetStringAsync(key);
        stored.Should().StartWith("{\"v\":1,\"token\":");
        key.Should().NotContain(emulator.CreateOptions().ClientSecret!);
        await redisA.RemoveAsync(key);
    }

    [RedisFact]
    public async Task Two_containers_with_AddStackExchangeRedisCache_and_AddDistributedTokenCache_share_one_token()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        var instanceName = "aps-test-" + Guid.NewGuid().ToString("N") + ":";
        var counter = new TokenRequestTally();

        ServiceProvider Container()
        {
            var services = new ServiceCollection();
            services.AddSingleton(counter);
            services.AddStackExchangeRedisCache(o =>
            {
                o.Configuration = TestRedis.RequireEndpoint();
                o.InstanceName = instanceName;
            });
            services.AddApsClients(o =>
            {
                var e = emulator.CreateOptions();
                o.ClientId = e.ClientId;
                o.ClientSecret = e.ClientSecret;
                o.BaseAddress = e.BaseAddress;
                o.UserProfileAddress = e.UserProfileAddress;
            })
                .AddDistributedTokenCache()
                .AddHttpMessageHandler<TallyHandler>();
            return services.BuildServiceProvider();
        }

        await using var first = Container();
        await using var second = Container();
        var bucket = "shared-di-" + Guid.NewGuid().ToString("N")[..8];
        using (var raw = EmulatorTestHelpers.Authorized(emulator))
        using (var created = await EmulatorTestHelpers.CreateBucketAsync(raw, bucket))
        {
            created.EnsureSuccessStatusCode();
        }

        await first.GetRequiredService<ApsClient>().Oss.GetBucketDetailsAsync(bucket);
        await second.GetRequiredService<ApsClient>().Oss.GetBucketDetailsAsync(bucket);

        counter.TokenRequests.Should().Be(1, "the second container read the first one's token from Redis");
        counter.Requests.Should().Be(3);
        var key = "aps:token:" + ((ClientCredentialsTokenProvider)first.GetRequiredService<ApsClient>().TokenProvider!).SharedKeyOf(ApsScopes.Create(ApsScopes.BucketRead, ApsScopes.ViewablesRead));
        await second.GetRequiredService<IDistributedCache>().RemoveAsync(key);
    }

    private static ApsOptions Options(ApsEmulator emulator, RedisCache redis)
    {
        var options = emulator.CreateOptions();
        options.TokenCache = new ApsDistributedTokenCache(redis);
        return options;
    }

    /// <summary>Requests counted across containers.</summary>
    private sealed class TokenRequestTally
    {
        private int _requests;
        private int _tokenRequests;

        public int Requests => Volatile.Read(ref _requests);

        public int TokenRequests => Volatile.Read(ref _tokenRequests);

        public void Count(HttpRequestMessage request)
        {
            Interlocked.Increment(ref _requests);
            if (request.RequestUri!.AbsolutePath == "/authentication/v2/token")
            {
                Interlocked.Increment(ref _tokenRequests);
            }
        }
    }

    /// <summary>Added to the Aps chain; counts into the shared tally.</summary>
    private sealed class TallyHandler(TokenRequestTally tally) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            tally.Count(request);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>The real network handler, counting requests and token requests.</summary>
    private sealed class TokenRequestCounter : DelegatingHandler
    {
        private int _requests;
        private int _tokenRequests;

        public TokenRequestCounter()
            : base(new SocketsHttpHandler())
        {
        }

        public int Requests => Volatile.Read(ref _requests);

        public int TokenRequests => Volatile.Read(ref _tokenRequests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            if (request.RequestUri!.AbsolutePath == "/authentication/v2/token")
            {
                Interlocked.Increment(ref _tokenRequests);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
