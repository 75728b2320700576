using System.Net;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Pipeline;

/// <summary>
/// <c>ApsPipeline.WithTokenProvider</c> (used by Aps.Sdk.AspNetCore for per-user clients): the clone sends through the
/// same handler chain with its own default token, and the original keeps its provider.
/// </summary>
public sealed class PipelineWithTokenProviderTests
{
    [Fact]
    public async Task A_clone_authenticates_with_its_own_provider_over_the_same_chain_and_leaves_the_original_alone()
    {
        var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"keys":[]}""") });
        using var app = TestClients.WithStaticToken(handler);
        var user = new StaticTokenProvider(new ApsAccessToken("user-three-legged-token", DateTimeOffset.UtcNow.AddHours(1)));

        var userClient = new ApsClient(app.Pipeline.WithTokenProvider(user));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets");
        using var userResponse = await userClient.SendAsync(request);
        using var appRequest = new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets");
        using var appResponse = await app.SendAsync(appRequest);

        userClient.TokenProvider.Should().BeSameAs(user);
        userClient.Options.Should().BeSameAs(app.Options);
        handler.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer user-three-legged-token", "Bearer static-access-token-value");
    }
}
