using Aps.Sdk.Redis;
using StackExchange.Redis;

namespace Aps.Sdk.IntegrationTests.ScaleOut;

/// <summary><see cref="RedisApsDistributedLock"/> on a real Redis: exclusive, leased, released only by its owner.</summary>
public sealed class RedisApsDistributedLockTests : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _a = new(() => ConnectionMultiplexer.Connect(TestRedis.RequireEndpoint()));
    private readonly Lazy<ConnectionMultiplexer> _b = new(() => ConnectionMultiplexer.Connect(TestRedis.RequireEndpoint()));
    private readonly string _prefix = "aps-test:" + Guid.NewGuid().ToString("N") + ":lock:";

    private ConnectionMultiplexer A => _a.Value;

    private ConnectionMultiplexer B => _b.Value;

    public void Dispose()
    {
        if (_a.IsValueCreated)
        {
            foreach (var key in A.GetServers()[0].Keys(pattern: _prefix + "*"))
            {
                A.GetDatabase().KeyDelete(key);
            }

            A.Dispose();
        }

        if (_b.IsValueCreated)
        {
            B.Dispose();
        }
    }

    [RedisFact]
    public async Task The_lock_is_exclusive_across_connections_until_released()
    {
        var lockA = new RedisApsDistributedLock(A, _prefix);
        var lockB = new RedisApsDistributedLock(B, _prefix);

        var held = await lockA.TryAcquireAsync("session-1", TimeSpan.FromMinutes(1), CancellationToken.None);

        held.Should().NotBeNull();
        (await lockB.TryAcquireAsync("session-1", TimeSpan.FromMinutes(1), CancellationToken.None)).Should().BeNull();
        (await lockA.TryAcquireAsync("session-1", TimeSpan.FromMinutes(1), CancellationToken.None)).Should().BeNull("the lock is not reentrant");
        await using (var other = await lockB.TryAcquireAsync("session-2", TimeSpan.FromMinutes(1), CancellationToken.None))
        {
            other.Should().NotBeNull("another resource is another lock");
        }

        await held!.DisposeAsync();
        await using var next = await lockB.TryAcquireAsync("session-1", TimeSpan.FromMinutes(1), CancellationToken.None);
        next.Should().NotBeNull();
    }

    [RedisFact]
    public async Task Taking_the_lock_sets_a_random_owner_token_with_the_lease_as_expiry()
    {
        var locks = new RedisApsDistributedLock(A, _prefix);

        await using (var first = await locks.TryAcquireAsync("r", TimeSpan.FromSeconds(30), CancellationToken.None))
        {
            var owner = (string?)await A.GetDatabase().StringGetAsync(_prefix + "r");
            owner.Should().MatchRegex("^[0-9A-F]{32}$");
            var ttl = await A.GetDatabase().KeyTimeToLiveAsync(_prefix + "r");
            ttl.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
            first!.ToString().Should().NotContain(owner!);
            await first.DisposeAsync();

            await using var second = await locks.TryAcquireAsync("r", TimeSpan.FromSeconds(30), CancellationToken.None);
            ((string?)await A.GetDatabase().StringGetAsync(_prefix + "r")).Should().NotBe(owner);
        }

        (await A.GetDatabase().KeyExistsAsync(_prefix + "r")).Should().BeFalse();
    }

    [RedisFact]
    public async Task A_lease_that_ran_out_never_releases_the_next_holders_lock()
    {
        var lockA = new RedisApsDistributedLock(A, _prefix);
        var lockB = new RedisApsDistributedLock(B, _prefix);
        var stale = await lockA.TryAcquireAsync("r", TimeSpan.FromMinutes(1), CancellationToken.None);
        await A.GetDatabase().KeyDeleteAsync(_prefix + "r"); // the lease ran out (as PX would end it)
        var current = await lockB.TryAcquireAsync("r", TimeSpan.FromMinutes(1), CancellationToken.None);
        current.Should().NotBeNull();

        await stale!.DisposeAsync();
        await stale.DisposeAsync();

        (await lockA.TryAcquireAsync("r", TimeSpan.FromMinutes(1), CancellationToken.None)).Should().BeNull("B still holds the lock");
        await current!.DisposeAsync();
        (await A.GetDatabase().KeyExistsAsync(_prefix + "r")).Should().BeFalse();
    }

    [RedisFact]
    public async Task A_lease_that_is_never_released_expires_with_its_lease_time()
    {
        var lockA = new RedisApsDistributedLock(A, _prefix);
        (await lockA.TryAcquireAsync("r", TimeSpan.FromMilliseconds(50), CancellationToken.None)).Should().NotBeNull();

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await A.GetDatabase().KeyExistsAsync(_prefix + "r"))
        {
            await Task.Delay(10, deadline.Token);
        }

        (await new RedisApsDistributedLock(B, _prefix).TryAcquireAsync("r", TimeSpan.FromMinutes(1), CancellationToken.None)).Should().NotBeNull();
    }

    [RedisFact]
    public async Task Fifty_concurrent_attempts_from_two_connections_get_one_lease()
    {
        var locks = new[] { new RedisApsDistributedLock(A, _prefix), new RedisApsDistributedLock(B, _prefix) };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await locks[i % 2].TryAcquireAsync("r", TimeSpan.FromMinutes(1), CancellationToken.None);
        })).ToArray();
        start.SetResult();
        var leases = await Task.WhenAll(attempts);

        leases.Count(l => l is not null).Should().Be(1);
    }

    [RedisFact]
    public async Task Arguments_are_checked_before_any_call()
    {
        var locks = new RedisApsDistributedLock(A, _prefix);

        var act = () => locks.TryAcquireAsync("r", TimeSpan.Zero, CancellationToken.None).AsTask();

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        var ctor = () => new RedisApsDistributedLock(null!);
        ctor.Should().Throw<ArgumentNullException>();
    }
}
