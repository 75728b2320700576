using System.Net;
using System.Net.Http.Headers;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class OssAuthorizationTests
{
    [Fact]
    public async Task Oss_route_without_a_token_answers_401()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Raw(emulator);

        using var response = await client.GetAsync("/oss/v2/buckets");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
        (await response.JsonAsync()).GetProperty("developerMessage").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Unknown_or_basic_credentials_answer_401()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Raw(emulator);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "made-up-token");
        using var madeUp = await client.GetAsync("/oss/v2/buckets");
        madeUp.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "YXBzLWVtdWxhdG9yLWNsaWVudDphcHMtZW11bGF0b3Itc2VjcmV0");
        using var basic = await client.GetAsync("/oss/v2/buckets");
        basic.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_without_the_scope_answers_403()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Authorized(emulator, ApsScopes.DataRead);

        using var response = await client.GetAsync("/oss/v2/buckets");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).GetProperty("developerMessage").GetString().Should().Contain(ApsScopes.BucketRead);
    }

    [Fact]
    public async Task Token_from_the_token_endpoint_is_accepted_until_it_expires()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { TimeProvider = clock });
        using var aps = emulator.CreateClient();
        var token = await aps.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create(ApsScopes.BucketRead));
        using var client = EmulatorTestHelpers.Raw(emulator);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        using var ok = await client.GetAsync("/oss/v2/buckets");
        ok.StatusCode.Should().Be(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromSeconds(3600));
        using var expired = await client.GetAsync("/oss/v2/buckets");
        expired.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sdk_calls_get_a_token_with_the_scopes_they_need()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        emulator.Oss.CreateBucket("sdk-scopes");
        emulator.Oss.PutObject("sdk-scopes", "a.txt", "hello"u8);
        using var aps = emulator.CreateClient();

        var download = await aps.Oss.GetSignedS3DownloadUrlAsync("sdk-scopes", "a.txt");

        download.Value!.Size.Should().Be(5);
    }
}
