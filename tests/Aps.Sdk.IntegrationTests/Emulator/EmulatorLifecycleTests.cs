using System.Net;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class EmulatorLifecycleTests
{
    [Fact]
    public async Task Starts_on_a_loopback_port_and_stops_on_dispose()
    {
        var emulator = await ApsEmulator.StartAsync();
        var address = emulator.BaseAddress;
        address.IsLoopback.Should().BeTrue();
        address.Port.Should().BeGreaterThan(0);
        address.Scheme.Should().Be("http");

        using (var client = new HttpClient { BaseAddress = address })
        {
            using var keys = await client.GetAsync("/authentication/v2/keys");
            keys.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await emulator.DisposeAsync();

        using var after = new HttpClient { BaseAddress = address };
        await after.Invoking(c => c.GetAsync("/authentication/v2/keys")).Should().ThrowAsync<HttpRequestException>();
        await emulator.DisposeAsync(); // idempotent
    }

    [Fact]
    public async Task Create_options_point_the_client_at_the_emulator()
    {
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { ClientId = "my-app", ClientSecret = "my-secret" });
        var options = emulator.CreateOptions();

        options.BaseAddress.Should().Be(emulator.BaseAddress);
        options.UserProfileAddress.Should().Be(emulator.BaseAddress);
        options.ClientId.Should().Be("my-app");
        options.ClientSecret.Should().Be("my-secret");
        options.Resilience.RetryBaseDelay.Should().BeLessThan(TimeSpan.FromSeconds(1));

        using var aps = emulator.CreateClient();
        var token = await aps.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create(ApsScopes.BucketRead));
        token.AccessToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Two_emulators_run_at_once_with_separate_state()
    {
        await using var first = await ApsEmulator.StartAsync();
        await using var second = await ApsEmulator.StartAsync();
        first.BaseAddress.Should().NotBe(second.BaseAddress);

        first.Oss.CreateBucket("only-in-first");
        first.Oss.BucketExists("only-in-first").Should().BeTrue();
        second.Oss.BucketExists("only-in-first").Should().BeFalse();

        // A token of one emulator means nothing to the other.
        using var firstClient = EmulatorTestHelpers.Authorized(first);
        using var secondClient = new HttpClient { BaseAddress = second.BaseAddress };
        secondClient.DefaultRequestHeaders.Authorization = firstClient.DefaultRequestHeaders.Authorization;

        using var ok = await firstClient.GetAsync("/oss/v2/buckets/only-in-first/details");
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        using var rejected = await secondClient.GetAsync("/oss/v2/buckets/only-in-first/details");
        rejected.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Many_emulators_start_and_stop_in_parallel()
    {
        var emulators = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ApsEmulator.StartAsync()));
        emulators.Select(e => e.BaseAddress.Port).Distinct().Should().HaveCount(8);
        await Task.WhenAll(emulators.Select(e => e.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task Unknown_routes_answer_404_and_wrong_methods_405()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Raw(emulator);

        using var unknown = await client.GetAsync("/no/such/route");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var wrongMethod = await client.DeleteAsync("/authentication/v2/keys");
        wrongMethod.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }
}
