using System.Net;
using System.Text;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.AotSmoke;

/// <summary>
/// An in-memory primary handler: answers each request with the first canned response whose method and path prefix
/// match (a path may match several times; entries marked once are used once, in order). Unknown requests get a 599.
/// </summary>
internal sealed class CannedHandler : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string Path, Func<HttpRequestMessage, HttpResponseMessage> Respond)> _routes = [];

    public int TokenRequests { get; private set; }

    public List<string> Seen { get; } = [];

    public CannedHandler On(HttpMethod method, string pathPrefix, Func<HttpRequestMessage, HttpResponseMessage> respond)
    {
        _routes.Add((method, pathPrefix, respond));
        return this;
    }

    public CannedHandler OnJson(HttpMethod method, string pathPrefix, string json, HttpStatusCode status = HttpStatusCode.OK)
        => On(method, pathPrefix, _ => Json(json, status));

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A client over this handler with a 2-legged token from the canned token endpoint.</summary>
    public ApsClient CreateClient()
    {
        On(HttpMethod.Post, "/authentication/v2/token", _ =>
        {
            TokenRequests++;
            return Json("""{"access_token":"aot-smoke-token","token_type":"Bearer","expires_in":3599}""");
        });
        var options = new ApsOptions
        {
            ClientId = "aot-client",
            ClientSecret = "aot-secret",
            BaseAddress = new Uri("https://developer.api.autodesk.com"),
        };
        options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.Resilience.MaxRetryDelay = TimeSpan.FromMilliseconds(2);
        options.Resilience.UseJitter = false;
        return new ApsClient(options, this);
    }

    /// <summary>A client whose token is fixed (no token endpoint needed).</summary>
    public ApsClient CreateStaticClient()
        => new(new ApsOptions
        {
            ClientId = "aot-client",
            TokenProvider = new StaticTokenProvider(new ApsAccessToken("aot-static-token", DateTimeOffset.UtcNow.AddHours(1))),
        }, this);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Seen.Add(request.Method.Method + " " + request.RequestUri.PathAndQuery);
        foreach (var (method, prefix, respond) in _routes)
        {
            if (method == request.Method && path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var response = respond(request);
                response.RequestMessage = request;
                return Task.FromResult(response);
            }
        }

        return Task.FromResult(new HttpResponseMessage((HttpStatusCode)599) { RequestMessage = request, Content = new StringContent("no canned answer for " + path) });
    }
}

/// <summary>Assertions that survive trimming (no test framework in an AOT binary).</summary>
internal static class Check
{
    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("check failed: " + what);
        }
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InvalidOperationException($"check failed: {what}: expected '{expected}', got '{actual}'");
        }
    }
}
