using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Collections.Concurrent;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Handlers;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Aps.Sdk.Tests.Oss;

/// <summary>
/// A WireMock server on 127.0.0.1 and <see cref="ApsClient"/>s that reach it over a real socket with a static bearer
/// token (so no token call interleaves), plus helpers to read what reached the wire and to load the OSS fixtures.
/// </summary>
internal sealed class OssWire : IDisposable
{
    public const string Token = "oss-static-access-token";
    public const string FixtureHost = "https://developer.api.autodesk.com";

    private readonly List<ApsClient> _clients = [];
    private readonly List<HttpMessageHandler> _handlers = [];

    public OssWire()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreeLoopbackPort()}"] });
    }

    public WireMockServer Server { get; }

    /// <summary>The server's address without a trailing slash, for example <c>http://127.0.0.1:5123</c>.</summary>
    public string BaseUrl => Server.Url!.TrimEnd('/');

    /// <summary>The address of every request exactly as the SDK sent it (path and query, still percent-encoded).</summary>
    public WireTap Tap { get; } = new();

    /// <summary>The requests the server received, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Requests => Server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime).ToList();

    public IRequestMessage Single => Requests.Should().ContainSingle().Subject;

    /// <summary>A client whose base address is this server, with a static token.</summary>
    public ApsClient Client(Action<ApsOptions>? configure = null, ILoggerFactory? logs = null)
    {
        var options = TestClients.Options(o =>
        {
            o.BaseAddress = new Uri(BaseUrl);
            o.UserProfileAddress = new Uri(BaseUrl);
            o.TokenProvider = new StaticTokenProvider(new ApsAccessToken(Token, DateTimeOffset.UtcNow.AddHours(1)));
            configure?.Invoke(o);
        });
        return Track(new ApsClient(options, Primary(options), null, logs));
    }

    /// <summary>A client with client credentials (no static token): its token calls go to this server too.</summary>
    public ApsClient ConfidentialClient(Action<ApsOptions>? configure = null)
    {
        var options = TestClients.Options(o =>
        {
            o.BaseAddress = new Uri(BaseUrl);
            o.UserProfileAddress = new Uri(BaseUrl);
            configure?.Invoke(o);
        });
        return Track(new ApsClient(options, Primary(options)));
    }

    private ApsClient Track(ApsClient client)
    {
        _clients.Add(client);
        return client;
    }

    /// <summary>The SDK's own socket handler behind <see cref="Tap"/>.</summary>
    private TapHandler Primary(ApsOptions options)
    {
        var handler = new TapHandler(Tap) { InnerHandler = ApsHttpChain.CreatePrimaryHandler(options) };
        _handlers.Add(handler);
        return handler;
    }

    /// <summary>Answers <paramref name="method"/> on exactly <paramref name="path"/>.</summary>
    public void Reply(string method, string path, int status, string? json = null, params (string Name, string Value)[] headers)
        => Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(Response(status, json, headers));

    /// <summary>Answers every request.</summary>
    public void ReplyToAll(int status, string? json = null, params (string Name, string Value)[] headers)
        => Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response(status, json, headers));

    public static IResponseBuilder Response(int status, string? json, params (string Name, string Value)[] headers)
    {
        var response = WireMock.ResponseBuilders.Response.Create().WithStatusCode(status);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        if (json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        return response;
    }

    /// <summary>Reads a fixture; links to the APS host are pointed at this server so they can be followed.</summary>
    public string Fixture(string name) => Fixtures.Read(name).Replace(FixtureHost, BaseUrl, StringComparison.Ordinal);

    public static string? Header(IRequestMessage request, string name)
    {
        if (request.Headers is null)
        {
            return null;
        }

        foreach (var (key, values) in request.Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Join(", ", values);
            }
        }

        return null;
    }

    /// <summary>The query parameters, decoded, in order (a name may repeat).</summary>
    public static List<KeyValuePair<string, string>> QueryPairs(IRequestMessage request)
    {
        var raw = request.RawQuery ?? string.Empty;
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(new(Uri.UnescapeDataString(eq < 0 ? part : part[..eq]), eq < 0 ? string.Empty : Uri.UnescapeDataString(part[(eq + 1)..])));
        }

        return pairs;
    }

    public static Dictionary<string, string> Query(IRequestMessage request) => QueryPairs(request).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>JSON re-written compactly, so two documents compare by content and not by layout.</summary>
    public static string Canonical(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return System.Text.Json.JsonSerializer.Serialize(document.RootElement);
    }

    public static string? Body(IRequestMessage request) => request.Body ?? request.BodyData?.BodyAsString;

    public static byte[] BodyBytes(IRequestMessage request)
        => request.BodyAsBytes ?? request.BodyData?.BodyAsBytes ?? (Body(request) is { } text ? Encoding.UTF8.GetBytes(text) : []);

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var handler in _handlers)
        {
            handler.Dispose();
        }

        Server.Stop();
        Server.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>Addresses as sent: what the SDK wrote on the request line, before any server decoding.</summary>
internal sealed class WireTap
{
    public ConcurrentQueue<string> PathAndQueries { get; } = new();

    /// <summary>The single request's path (percent-encoded, without query).</summary>
    public string SinglePath => PathAndQueries.Should().ContainSingle().Subject.Split('?')[0];
}

internal sealed class TapHandler(WireTap tap) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        tap.PathAndQueries.Enqueue(request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Loads the OSS fixtures copied to the output folder (see Fixtures/Oss/README.md for where each comes from).</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Oss", name));
}
