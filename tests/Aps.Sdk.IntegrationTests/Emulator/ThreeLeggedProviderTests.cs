using Aps.Sdk.Authentication;
using Aps.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class ThreeLeggedProviderTests
{
    private static readonly Uri Callback = new("https://app.example.com/callback");

    [Fact]
    public async Task The_sdk_provider_signs_in_refreshes_near_expiry_and_asks_for_sign_in_when_the_refresh_token_is_gone()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { TimeProvider = clock });
        using var aps = emulator.CreateClient();
        var store = new InMemoryApsTokenStore();
        using var provider = new AuthorizationCodeTokenProvider(aps.Authentication, store, "session-1", clock);
        var pkce = ApsPkce.Create();
        var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.UserProfileRead, ApsScopes.DataRead), pkce.Challenge);

        var signedIn = await provider.SignInAsync(code, Callback, pkce.Verifier);
        var options = new ApsRequestOptions { TokenProvider = provider };
        (await aps.Authentication.GetUserInfoAsync(options)).Sub.Should().Be(new ApsEmulatorUser().UserId);

        // Close to expiry (both clocks move together), the provider spends the refresh token for a new pair.
        clock.Advance(TimeSpan.FromMinutes(56));
        (await aps.Authentication.GetUserInfoAsync(options)).Sub.Should().NotBeNull();
        var refreshed = await store.GetAsync("session-1", CancellationToken.None);
        refreshed!.RefreshToken.Should().NotBe(signedIn.RefreshToken);
        (await aps.Authentication.IntrospectTokenAsync(signedIn.RefreshToken)).Active.Should().BeFalse();

        // Once the refresh token is revoked and the access token expires, the user must sign in again.
        await aps.Authentication.RevokeTokenAsync(refreshed.RefreshToken, ApsTokenTypeHint.RefreshToken);
        clock.Advance(TimeSpan.FromMinutes(61));
        var act = () => aps.Authentication.GetUserInfoAsync(options);
        (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which.RequiresSignIn.Should().BeTrue();
    }
}

public class EmulatorTokenAccountingTests
{
    private static readonly Uri Callback = new("https://app.example.com/callback");

    [Fact]
    public async Task The_emulator_counts_token_requests_by_grant_and_reports_a_refresh_token_spent_twice()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();

        // Two calls through one client: one client-credentials fetch (the SDK caches the token).
        await foreach (var _ in aps.Oss.ListBucketsAsync())
        {
        }

        await foreach (var _ in aps.Oss.ListBucketsAsync())
        {
        }
        emulator.Authentication.CountTokenRequests("client_credentials").Should().Be(1);
        emulator.Authentication.CountTokenRequests("refresh_token").Should().Be(0);

        var code = emulator.Authentication.IssueAuthorizationCode(Callback, ApsScopes.Create(ApsScopes.UserProfileRead));
        var pair = await aps.Authentication.GetThreeLeggedTokenAsync(code, Callback);
        emulator.Authentication.CountTokenRequests("authorization_code").Should().Be(1);
        emulator.Authentication.CountActiveRefreshTokens().Should().Be(1);
        emulator.Authentication.IsRefreshTokenActive(pair.RefreshToken!).Should().BeTrue();

        var next = await aps.Authentication.RefreshTokenAsync(pair.RefreshToken!);
        emulator.Authentication.CountTokenRequests("refresh_token").Should().Be(1);
        emulator.Authentication.IsRefreshTokenActive(pair.RefreshToken!).Should().BeFalse();
        emulator.Authentication.IsRefreshTokenActive(next.RefreshToken!).Should().BeTrue();
        emulator.Authentication.RefreshTokenReuseCount.Should().Be(0);

        // Spending the old refresh token again is refused, as APS does, and counted as a reuse.
        var again = () => aps.Authentication.RefreshTokenAsync(pair.RefreshToken!);
        await again.Should().ThrowAsync<ApsAuthenticationException>();
        emulator.Authentication.RefreshTokenReuseCount.Should().Be(1);
        emulator.Authentication.CountTokenRequests("refresh_token").Should().Be(1);
        emulator.Authentication.CountActiveRefreshTokens(new ApsEmulatorUser().UserId).Should().Be(1);

        // A revoked (not spent) refresh token is not a reuse.
        await aps.Authentication.RevokeTokenAsync(next.RefreshToken!, ApsTokenTypeHint.RefreshToken);
        await FluentActions.Awaiting(() => aps.Authentication.RefreshTokenAsync(next.RefreshToken!)).Should().ThrowAsync<ApsAuthenticationException>();
        emulator.Authentication.RefreshTokenReuseCount.Should().Be(1);
        emulator.Authentication.CountActiveRefreshTokens().Should().Be(0);
    }
}
