using System.Net;
using System.Net.Http.Headers;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Pipeline;

public class RawSendTests
{
    private sealed class RotatingTokenProvider : IApsTokenProvider
    {
        private int _issued;

        public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
            => new(new ApsAccessToken($"token-{Interlocked.Increment(ref _issued)}", DateTimeOffset.UtcNow.AddHours(1), scopes));

        public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Each_retry_of_a_raw_call_asks_the_token_provider_again()
    {
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.ServiceUnavailable) : Responses.Json("{}"));
        using var aps = TestClients.Create(handler, o => o.TokenProvider = new RotatingTokenProvider());

        using var response = await aps.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        handler.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer token-1", "Bearer token-2");
    }

    [Fact]
    public async Task A_raw_call_with_its_own_Authorization_header_keeps_it_and_uses_the_default_scopes_otherwise()
    {
        var handler = new RecordingHandler((_, _) => Responses.Json("{}"));
        var provider = new RotatingTokenProvider();
        using var aps = TestClients.Create(handler, o =>
        {
            o.TokenProvider = provider;
            o.DefaultScopes = "data:read data:write";
        });
        using var own = new HttpRequestMessage(HttpMethod.Get, "https://developer.api.autodesk.com/project/v1/hubs");
        own.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "caller-token");

        using var first = await aps.SendAsync(own);
        using var second = await aps.SendAsync(new HttpRequestMessage(HttpMethod.Get, "project/v1/hubs"));

        var requests = handler.Requests.ToArray();
        requests[0].Header("Authorization").Should().Be("Bearer caller-token");
        requests[1].Header("Authorization").Should().Be("Bearer token-1");
        requests[1].Uri.AbsoluteUri.Should().Be("https://developer.api.autodesk.com/project/v1/hubs");
    }

    [Fact]
    public async Task A_raw_POST_is_not_replayed()
    {
        var handler = new RecordingHandler((_, _) => Responses.Status(HttpStatusCode.BadGateway));
        using var aps = TestClients.WithStaticToken(handler);

        using var response = await aps.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/oss/v2/buckets") { Content = new StringContent("{}") });

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        handler.Count.Should().Be(1);
    }
}

public class RawSendHostTests
{
    [Theory]
    [InlineData("https://bucket.s3.amazonaws.com/object?X-Amz-Signature=abc")]
    [InlineData("http://developer.api.autodesk.com/oss/v2/buckets")]
    [InlineData("https://developer.api.autodesk.com:8443/oss/v2/buckets")]
    [InlineData("https://evil.example.com/oss/v2/buckets")]
    public async Task A_raw_call_to_another_origin_is_sent_without_the_APS_token(string url)
    {
        var handler = new RecordingHandler((_, _) => Responses.Json("{}"));
        using var aps = TestClients.WithStaticToken(handler);

        using var response = await aps.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        handler.Single.Header("Authorization").Should().BeNull();
    }

    [Theory]
    [InlineData("https://developer.api.autodesk.com/oss/v2/buckets")]
    [InlineData("https://api.userprofile.autodesk.com/userinfo")]
    public async Task A_raw_call_to_an_APS_host_carries_the_token(string url)
    {
        var handler = new RecordingHandler((_, _) => Responses.Json("{}"));
        using var aps = TestClients.WithStaticToken(handler);

        using var response = await aps.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        handler.Single.Header("Authorization").Should().Be("Bearer static-access-token-value");
    }
}
