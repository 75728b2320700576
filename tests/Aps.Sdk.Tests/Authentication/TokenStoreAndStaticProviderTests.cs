using Aps.Sdk.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>The compare-and-swap contract of <see cref="InMemoryApsTokenStore"/> and the bring-your-own-token provider.</summary>
public sealed class TokenStoreAndStaticProviderTests
{
    private const string Key = "user-1";
    private static readonly DateTimeOffset Expiry = new(2025, 3, 1, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Store_adds_with_minus_one_only_when_the_key_is_absent()
    {
        var store = new InMemoryApsTokenStore();

        (await store.TryReplaceAsync(Key, -1, Entry("a", version: 42), CancellationToken.None)).Should().BeTrue();
        (await store.TryReplaceAsync(Key, -1, Entry("b"), CancellationToken.None)).Should().BeFalse("-1 means 'only if there is no entry'");

        var stored = await store.GetAsync(Key, CancellationToken.None);
        stored!.AccessToken.Should().Be("a");
        stored.Version.Should().Be(0, "a new entry starts at version 0 whatever the value says");
    }

    [Fact]
    public async Task Store_replaces_only_at_the_expected_version_and_increments_it()
    {
        var store = new InMemoryApsTokenStore();
        await store.TryReplaceAsync(Key, -1, Entry("v0"), CancellationToken.None);

        (await store.TryReplaceAsync(Key, 0, Entry("v1", version: 99), CancellationToken.None)).Should().BeTrue();
        (await store.TryReplaceAsync(Key, 0, Entry("stale"), CancellationToken.None)).Should().BeFalse("version 0 was already replaced");
        (await store.TryReplaceAsync(Key, 5, Entry("future"), CancellationToken.None)).Should().BeFalse();
        (await store.TryReplaceAsync(Key, 1, Entry("v2"), CancellationToken.None)).Should().BeTrue();

        var stored = await store.GetAsync(Key, CancellationToken.None);
        stored!.AccessToken.Should().Be("v2");
        stored.Version.Should().Be(2);
    }

    [Fact]
    public async Task Store_does_not_replace_a_missing_entry_at_a_version()
    {
        var store = new InMemoryApsTokenStore();

        (await store.TryReplaceAsync(Key, 0, Entry("a"), CancellationToken.None)).Should().BeFalse();
        (await store.GetAsync(Key, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Store_remove_makes_the_key_absent_again()
    {
        var store = new InMemoryApsTokenStore();
        await store.TryReplaceAsync(Key, -1, Entry("a"), CancellationToken.None);

        await store.RemoveAsync(Key, CancellationToken.None);

        (await store.GetAsync(Key, CancellationToken.None)).Should().BeNull();
        (await store.TryReplaceAsync(Key, 0, Entry("b"), CancellationToken.None)).Should().BeFalse();
        (await store.TryReplaceAsync(Key, -1, Entry("c"), CancellationToken.None)).Should().BeTrue();
        (await store.GetAsync(Key, CancellationToken.None))!.Version.Should().Be(0);
    }

    [Fact]
    public async Task Store_keys_are_independent()
    {
        var store = new InMemoryApsTokenStore();
        await store.TryReplaceAsync("alice", -1, Entry("alice-token"), CancellationToken.None);

        (await store.GetAsync("bob", CancellationToken.None)).Should().BeNull();
        (await store.TryReplaceAsync("bob", -1, Entry("bob-token"), CancellationToken.None)).Should().BeTrue();
        (await store.GetAsync("alice", CancellationToken.None))!.AccessToken.Should().Be("alice-token");
    }

    [Fact]
    public async Task Store_lets_exactly_one_of_many_concurrent_swaps_win()
    {
        var store = new InMemoryApsTokenStore();
        await store.TryReplaceAsync(Key, -1, Entry("v0"), CancellationToken.None);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            Task.Run(async () => await store.TryReplaceAsync(Key, 0, Entry("writer-" + i), CancellationToken.None))));

        attempts.Count(won => won).Should().Be(1);
        (await store.GetAsync(Key, CancellationToken.None))!.Version.Should().Be(1);
    }

    [Fact]
    public async Task Static_provider_serves_its_token_until_it_expires()
    {
        var time = new FakeTimeProvider(Expiry.AddMinutes(-10));
        var token = new ApsAccessToken("byo-token", Expiry);
        var provider = new StaticTokenProvider(token, time);

        (await provider.GetTokenAsync(ApsScopes.Create("data:read"), CancellationToken.None)).Should().BeSameAs(token);
        time.Advance(TimeSpan.FromMinutes(10));

        var act = () => provider.GetTokenAsync(ApsScopes.Create("data:read"), CancellationToken.None).AsTask();
        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        error.Message.Should().Contain("expired").And.NotContain("byo-token");
    }

    [Fact]
    public async Task Static_provider_fails_once_APS_rejected_its_token()
    {
        var time = new FakeTimeProvider(Expiry.AddMinutes(-10));
        var token = new ApsAccessToken("byo-token", Expiry);
        var provider = new StaticTokenProvider(token, time);

        await provider.InvalidateAsync(new ApsAccessToken("someone-elses-token", Expiry), CancellationToken.None);
        (await provider.GetTokenAsync(ApsScopes.None, CancellationToken.None)).Should().BeSameAs(token, "only its own token can be rejected");

        await provider.InvalidateAsync(token, CancellationToken.None);
        var act = () => provider.GetTokenAsync(ApsScopes.None, CancellationToken.None).AsTask();
        await act.Should().ThrowAsync<ApsAuthenticationException>();
    }

    [Fact]
    public async Task Static_provider_from_a_string_serves_it_until_the_given_expiry()
    {
        var expiresOn = DateTimeOffset.UtcNow.AddHours(2);
        var provider = new StaticTokenProvider("byo-string-token", expiresOn);

        var token = await provider.GetTokenAsync(ApsScopes.None, CancellationToken.None);

        token.Value.Should().Be("byo-string-token");
        token.ExpiresOn.Should().Be(expiresOn);
    }

    [Fact]
    public async Task Static_provider_from_a_string_that_already_expired_fails()
    {
        var provider = new StaticTokenProvider("byo-string-token", DateTimeOffset.UtcNow.AddMinutes(-1));

        var act = () => provider.GetTokenAsync(ApsScopes.None, CancellationToken.None).AsTask();

        await act.Should().ThrowAsync<ApsAuthenticationException>();
    }

    private static ApsStoredToken Entry(string access, long version = 0) => new()
    {
        AccessToken = access,
        RefreshToken = "refresh-of-" + access,
        ExpiresOn = Expiry,
        Version = version,
    };
}
