using System.Collections.Concurrent;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>
/// The <see cref="IApsTokenStore"/> contract every shared store keeps (compare-and-swap on the version), run against
/// each implementation: in tests/Aps.Sdk.Tests over an in-memory cache, in tests/Aps.Sdk.IntegrationTests over a real
/// Redis (this file is linked there).
/// </summary>
public abstract class TokenStoreContract
{
    private static readonly DateTimeOffset Expiry = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);

    /// <summary>Creates a store over the same backend each call (two stores = two app instances), isolated per test.</summary>
    protected abstract IApsTokenStore CreateStore();

    protected string Key { get; } = "user-" + Guid.NewGuid().ToString("N");

    protected static ApsStoredToken Pair(string suffix, long version = 0) => new()
    {
        AccessToken = "access-" + suffix,
        RefreshToken = "refresh-" + suffix,
        ExpiresOn = Expiry,
        Scope = "data:read user-profile:read",
        IdToken = "id-" + suffix,
        Version = version,
    };

    [StoreFact]
    public async Task A_missing_entry_reads_as_null()
    {
        (await CreateStore().GetAsync(Key, CancellationToken.None)).Should().BeNull();
    }

    [StoreFact]
    public async Task Minus_one_creates_the_entry_at_version_0_with_every_field()
    {
        var store = CreateStore();
        var leaseUntil = new DateTimeOffset(2031, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

        var created = await store.TryReplaceAsync(Key, -1, Pair("a", version: 41) with { RefreshLeaseOwner = "owner-1", RefreshLeaseUntil = leaseUntil }, CancellationToken.None);

        created.Should().BeTrue();
        var entry = await CreateStore().GetAsync(Key, CancellationToken.None);
        entry.Should().Be(Pair("a", version: 0) with { RefreshLeaseOwner = "owner-1", RefreshLeaseUntil = leaseUntil });
    }

    [StoreFact]
    public async Task Minus_one_loses_when_an_entry_exists()
    {
        var store = CreateStore();
        (await store.TryReplaceAsync(Key, -1, Pair("a"), CancellationToken.None)).Should().BeTrue();

        (await CreateStore().TryReplaceAsync(Key, -1, Pair("b"), CancellationToken.None)).Should().BeFalse();

        (await store.GetAsync(Key, CancellationToken.None))!.AccessToken.Should().Be("access-a");
    }

    [StoreFact]
    public async Task Each_swap_increments_the_version_whatever_the_value_says()
    {
        var store = CreateStore();
        (await store.TryReplaceAsync(Key, -1, Pair("a"), CancellationToken.None)).Should().BeTrue();

        (await store.TryReplaceAsync(Key, 0, Pair("b", version: 17), CancellationToken.None)).Should().BeTrue();
        (await store.TryReplaceAsync(Key, 1, Pair("c", version: 0), CancellationToken.None)).Should().BeTrue();

        var entry = await store.GetAsync(Key, CancellationToken.None);
        entry.Should().Be(Pair("c", version: 2), "the lease fields are cleared when the new value has none");
    }

    [StoreFact]
    public async Task A_stale_version_loses_and_changes_nothing()
    {
        var store = CreateStore();
        await store.TryReplaceAsync(Key, -1, Pair("a"), CancellationToken.None);
        await store.TryReplaceAsync(Key, 0, Pair("b"), CancellationToken.None);

        (await CreateStore().TryReplaceAsync(Key, 0, Pair("stale"), CancellationToken.None)).Should().BeFalse();
        (await CreateStore().TryReplaceAsync(Key, 2, Pair("future"), CancellationToken.None)).Should().BeFalse();

        (await store.GetAsync(Key, CancellationToken.None)).Should().Be(Pair("b", version: 1));
    }

    [StoreFact]
    public async Task A_version_swap_on_a_missing_entry_loses()
    {
        (await CreateStore().TryReplaceAsync(Key, 0, Pair("a"), CancellationToken.None)).Should().BeFalse();
        (await CreateStore().GetAsync(Key, CancellationToken.None)).Should().BeNull();
    }

    [StoreFact]
    public async Task Remove_deletes_the_entry_and_a_new_sign_in_starts_at_version_0()
    {
        var store = CreateStore();
        await store.TryReplaceAsync(Key, -1, Pair("a"), CancellationToken.None);
        await store.TryReplaceAsync(Key, 0, Pair("b"), CancellationToken.None);

        await CreateStore().RemoveAsync(Key, CancellationToken.None);

        (await store.GetAsync(Key, CancellationToken.None)).Should().BeNull();
        (await store.TryReplaceAsync(Key, 1, Pair("c"), CancellationToken.None)).Should().BeFalse();
        (await store.TryReplaceAsync(Key, -1, Pair("d"), CancellationToken.None)).Should().BeTrue();
        (await store.GetAsync(Key, CancellationToken.None)).Should().Be(Pair("d", version: 0));
        await store.RemoveAsync("never-stored-" + Key, CancellationToken.None); // removing nothing is fine
    }

    [StoreFact]
    public async Task Fifty_concurrent_swaps_of_one_version_have_exactly_one_winner()
    {
        var seed = CreateStore();
        await seed.TryReplaceAsync(Key, -1, Pair("seed"), CancellationToken.None);
        var stores = Enumerable.Range(0, 50).Select(_ => CreateStore()).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = stores.Select((store, i) => Task.Run(async () =>
        {
            await start.Task;
            return await store.TryReplaceAsync(Key, 0, Pair("contender-" + i), CancellationToken.None);
        })).ToArray();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r).Should().Be(1);
        var winner = Array.IndexOf(results, true);
        (await seed.GetAsync(Key, CancellationToken.None)).Should().Be(Pair("contender-" + winner, version: 1));
    }

    [StoreFact]
    public async Task Fifty_contenders_swapping_until_each_wins_once_never_share_a_version()
    {
        var seed = CreateStore();
        await seed.TryReplaceAsync(Key, -1, Pair("seed"), CancellationToken.None);
        var wonFrom = new ConcurrentBag<long>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            var store = CreateStore();
            while (true)
            {
                var current = await store.GetAsync(Key, CancellationToken.None);
                if (await store.TryReplaceAsync(Key, current!.Version, Pair("contender-" + i), CancellationToken.None))
                {
                    wonFrom.Add(current.Version);
                    return;
                }
            }
        })));

        wonFrom.Should().BeEquivalentTo(Enumerable.Range(0, 50).Select(v => (long)v), "every version was won by exactly one contender");
        (await seed.GetAsync(Key, CancellationToken.None))!.Version.Should().Be(50);
    }
}

/// <summary>
/// A reversible "encryption" tagged with its key, for the shared stores' tests: unprotecting with another key throws,
/// as Data Protection does, and <see cref="Protected"/> counts the calls.
/// </summary>
internal sealed class TaggedTestProtector(string key) : IApsTokenProtector
{
    private int _protected;

    public int Protected => Volatile.Read(ref _protected);

    public byte[] Protect(byte[] plaintext)
    {
        Interlocked.Increment(ref _protected);
        return [.. System.Text.Encoding.UTF8.GetBytes(key + "|"), .. plaintext.Select(b => (byte)(b ^ 0x5a))];
    }

    public byte[] Unprotect(byte[] protectedData)
    {
        var tag = System.Text.Encoding.UTF8.GetBytes(key + "|");
        if (!protectedData.AsSpan().StartsWith(tag))
        {
            throw new InvalidOperationException("The key was not found in the key ring.");
        }

        return protectedData.Skip(tag.Length).Select(b => (byte)(b ^ 0x5a)).ToArray();
    }
}
