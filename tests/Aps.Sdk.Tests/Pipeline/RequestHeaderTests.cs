using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class RequestHeaderTests
{
    private static OperationSpec WithUser(UserIdStyle style) => new("DataManagement", "GetFolder", HttpMethod.Get, "/data/v1/projects/{projectId}/folders/{folderId}")
    {
        Scopes = Read,
        UserIdHeader = style,
    };

    [Fact]
    public async Task XUserId_style_sends_x_user_id()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await GetItemAsync(client, WithUser(UserIdStyle.XUserId), new ApsRequestOptions { UserId = "ABCD1234" }, path: ["b.p", "f"]);

        handler.Single.Headers.Keys.Should().Contain("x-user-id").And.NotContain("User-Id");
        handler.Single.Header("x-user-id").Should().Be("ABCD1234");
    }

    [Fact]
    public async Task UserId_style_sends_User_Id()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await GetItemAsync(client, WithUser(UserIdStyle.UserId), new ApsRequestOptions { UserId = "ABCD1234" }, path: ["b.p", "f"]);

        handler.Single.Headers.Keys.Should().Contain("User-Id").And.NotContain("x-user-id");
        handler.Single.Header("User-Id").Should().Be("ABCD1234");
    }

    [Fact]
    public void UserId_on_an_operation_that_cannot_act_for_a_user_is_refused()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        var act = () => client.Pipeline.CreateRequest(WithUser(UserIdStyle.None), new ApsRequestOptions { UserId = "ABCD1234" }, ["b.p", "f"]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("options");
        handler.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("abc\r\nX-Injected: 1")]
    [InlineData("abc\n")]
    [InlineData(" ")]
    public void UserId_with_line_breaks_or_blank_is_refused(string userId)
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        var act = () => client.Pipeline.CreateRequest(WithUser(UserIdStyle.XUserId), new ApsRequestOptions { UserId = userId }, ["b.p", "f"]);

        act.Should().Throw<ArgumentException>();
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Extra_headers_are_sent()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var options = new ApsRequestOptions();
        options.Headers["x-ads-test-tag"] = "alpha";
        options.Headers["Accept-Language"] = "fr-FR";

        await GetItemAsync(client, GetObject(), options, path: ["b", "k"]);

        handler.Single.Header("x-ads-test-tag").Should().Be("alpha");
        handler.Single.Header("Accept-Language").Should().Be("fr-FR");
        handler.Single.Header("Authorization").Should().Be("Bearer static-access-token-value");
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("authorization")]
    [InlineData("Host")]
    public void Managed_headers_are_refused(string name)
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var options = new ApsRequestOptions();
        options.Headers[name] = "Bearer stolen";

        var act = () => client.Pipeline.CreateRequest(GetObject(), options, ["b", "k"]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain(name);
        handler.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("a\r\nX-Injected: yes")]
    [InlineData("a\rb")]
    [InlineData("a\nb")]
    [InlineData("a\0b")]
    public void Header_values_with_line_breaks_are_refused(string value)
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var options = new ApsRequestOptions();
        options.Headers["x-custom"] = value;

        var act = () => client.Pipeline.CreateRequest(GetObject(), options, ["b", "k"]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("options");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public void Invalid_header_name_is_refused_as_an_argument_error()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var options = new ApsRequestOptions();
        options.Headers["bad name:"] = "v";

        var act = () => client.Pipeline.CreateRequest(GetObject(), options, ["b", "k"]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("options");
    }

    // RecordingHandler joins parsed header values with ", "; the wire joins User-Agent products with " ", so the tests
    // read the header the way SocketsHttpHandler writes it.
    private static (RecordingHandler Handler, Func<string?> Agent) CaptureUserAgent()
    {
        string? agent = null;
        var handler = new RecordingHandler((request, _) =>
        {
            agent = request.Headers.UserAgent.ToString();
            return Item();
        });
        return (handler, () => agent);
    }

    [Fact]
    public async Task User_agent_names_the_sdk_and_its_version()
    {
        var (handler, agent) = CaptureUserAgent();
        using var client = TestClients.WithStaticToken(handler);

        await GetItemAsync(client, GetObject(), path: ["b", "k"]);

        agent().Should().MatchRegex(@"^Aps\.Sdk/\d+\.\d+\.\d+(-[0-9A-Za-z.\-]+)? \(\.NET [^()]+; [^()]+\)$");
        agent().Should().StartWith("Aps.Sdk/" + ExpectedVersion() + " (");
    }

    [Fact]
    public async Task User_agent_is_prefixed_by_the_application_id()
    {
        var (handler, agent) = CaptureUserAgent();
        using var client = TestClients.WithStaticToken(handler, o => o.ApplicationId = "ContosoBim/2.1");

        await GetItemAsync(client, GetObject(), path: ["b", "k"]);

        agent().Should().StartWith("ContosoBim/2.1 Aps.Sdk/" + ExpectedVersion() + " (.NET ");
    }

    [Fact]
    public async Task User_agent_replaces_one_set_on_a_raw_request()
    {
        var (handler, agent) = CaptureUserAgent();
        using var client = TestClients.WithStaticToken(handler, o => o.ApplicationId = "RawApp");
        var request = new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets");
        request.Headers.UserAgent.ParseAdd("curl/8.0");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        handler.Single.Uri.AbsoluteUri.Should().Be(Base + "/oss/v2/buckets");
        agent().Should().StartWith("RawApp Aps.Sdk/").And.NotContain("curl");
    }

    [Fact]
    public async Task User_agent_on_the_wire()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/oss/v2/buckets/b/objects/k").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(ItemJson).WithHeader("Content-Type", "application/json"));
        using var client = new ApsClient(TestClients.Options(o =>
        {
            o.BaseAddress = new Uri(server.Url!);
            o.ApplicationId = "WireApp";
            o.TokenProvider = new StaticTokenProvider(new ApsAccessToken("wire-token", DateTimeOffset.UtcNow.AddHours(1)));
        }));

        await GetItemAsync(client, GetObject(), path: ["b", "k"]);

        var headers = server.LogEntries.Should().ContainSingle().Subject.RequestMessage.Headers!;
        var agent = headers.First(h => h.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase)).Value;
        string.Join(" ", agent).Should().StartWith("WireApp Aps.Sdk/" + ExpectedVersion() + " (.NET ");
    }

    private static string ExpectedVersion()
    {
        var informational = typeof(ApsClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var version = Regex.Replace(informational, @"\+.*$", string.Empty);
        version.Should().NotBeNullOrEmpty();
        return version;
    }
}
