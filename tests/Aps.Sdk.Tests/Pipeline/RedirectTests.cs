using System.Net;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Handlers;
using Aps.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class RedirectTests
{
    private const string Elsewhere = "https://attacker.example.net/collect?from=aps";

    private static HttpResponseMessage Redirect(HttpStatusCode status, string location)
    {
        var response = Responses.Status(status);
        response.Headers.Location = new Uri(location);
        return response;
    }

    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.SeeOther)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    public async Task Typed_call_raises_a_redirect_without_following_it(HttpStatusCode status)
    {
        var handler = new RecordingHandler((_, _) => Redirect(status, Elsewhere));
        using var client = TestClients.WithStaticToken(handler);

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be((int)status);
        handler.Count.Should().Be(1);
        handler.Requests.Should().OnlyContain(r => r.Uri.Host == "developer.api.autodesk.com");
    }

    [Fact]
    public async Task Raw_call_returns_the_redirect_as_is()
    {
        var handler = new RecordingHandler((_, _) => Redirect(HttpStatusCode.SeeOther, Elsewhere));
        using var client = TestClients.WithStaticToken(handler);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets/b/objects/k/signeds3download"));

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location.Should().Be(new Uri(Elsewhere));
        handler.Count.Should().Be(1);
    }

    [Fact]
    public void Primary_handler_neither_follows_redirects_nor_keeps_cookies()
    {
        using var primary = ApsHttpChain.CreatePrimaryHandler(TestClients.Options());

        primary.AllowAutoRedirect.Should().BeFalse();
        primary.UseCookies.Should().BeFalse();
    }

    [Fact]
    public async Task Loopback_server_redirect_is_not_followed()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/oss/v2/buckets/b/objects/k").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", server.Url + "/stolen/token"));
        server.Given(Request.Create().WithPath("/stolen/token").UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(ItemJson).WithHeader("Content-Type", "application/json"));
        var options = TestClients.Options(o =>
        {
            o.BaseAddress = new Uri(server.Url!);
            o.TokenProvider = new StaticTokenProvider(new ApsAccessToken("loopback-token-value", DateTimeOffset.UtcNow.AddHours(1)));
        });
        using var client = new ApsClient(options);

        var typed = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);
        (await typed.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(302);

        using (var raw = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets/b/objects/k")))
        {
            raw.StatusCode.Should().Be(HttpStatusCode.Found);
        }

        var paths = server.LogEntries.Select(e => e.RequestMessage.Path).ToList();
        paths.Should().Equal("/oss/v2/buckets/b/objects/k", "/oss/v2/buckets/b/objects/k");
        paths.Should().NotContain("/stolen/token");
        server.LogEntries.Should().OnlyContain(e => e.RequestMessage.Headers!["Authorization"].Single() == "Bearer loopback-token-value");
    }
}
