using System.Net;
using System.Net.Sockets;
using System.Text;
using Aps.Sdk.Tests.Support;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>
/// A WireMock server bound to 127.0.0.1 plus helpers to build <see cref="ApsClient"/>s that talk to it over a real
/// socket (the SDK's own <see cref="SocketsHttpHandler"/>), and to read what reached the wire.
/// </summary>
internal sealed class AuthWire : IDisposable
{
    public const string TokenPath = "/authentication/v2/token";

    private readonly List<ApsClient> _clients = [];

    public AuthWire()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreeLoopbackPort()}"] });
    }

    public WireMockServer Server { get; }

    public Uri Url => new(Server.Url!);

    /// <summary>The requests the server received, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Requests => Server.LogEntries.Select(e => e.RequestMessage).OrderBy(r => r.DateTime).ToList();

    public static string BasicCredentials(string id, string secret) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(id + ":" + secret));

    /// <summary>A confidential client (id + secret from <see cref="TestClients"/>) whose both hosts point at this server.</summary>
    public ApsClient Client(Action<ApsOptions>? configure = null, TimeProvider? time = null)
    {
        var options = TestClients.Options(o =>
        {
            o.BaseAddress = Url;
            o.UserProfileAddress = Url;
            configure?.Invoke(o);
        });
        var client = new ApsClient(options, null, time);
        _clients.Add(client);
        return client;
    }

    public void Reply(string method, string path, int status, string? json, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        if (json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

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

    public static string? Body(IRequestMessage request) => request.Body ?? request.BodyData?.BodyAsString;

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
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

/// <summary>Strict <c>application/x-www-form-urlencoded</c> / query parsing: percent-decoding only ('+' stays '+'), duplicates rejected.</summary>
internal static class FormFields
{
    public static Dictionary<string, string> Parse(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        foreach (var pair in text.TrimStart('?').Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            result.Add(name, value); // throws on a duplicate field
        }

        return result;
    }

    public static Dictionary<string, string> Query(Uri uri) => Parse(uri.Query);
}

/// <summary>Loads JSON fixtures copied to the output folder.</summary>
internal static class AuthFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Authentication", name));
}

/// <summary>Starts calls on the thread pool and hands back their (possibly still pending) tasks once every call was made.</summary>
internal static class Concurrently
{
    public static async Task<Task<T>[]> StartAsync<T>(int count, Func<Task<T>> call)
    {
        var starters = Enumerable.Range(0, count)
            .Select(_ => Task.Factory.StartNew(call, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default))
            .ToArray();
        return await Task.WhenAll(starters);
    }
}
