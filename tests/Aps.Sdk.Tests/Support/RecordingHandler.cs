using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Aps.Sdk.Tests.Support;

/// <summary>A request as it reached the wire: captured before the handler answers, body included.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

/// <summary>
/// An in-memory primary handler: records every request (method, absolute URI, headers, body) and answers with the
/// responder. Thread-safe.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, int, Task<HttpResponseMessage>> _respond;
    private int _count;

    public RecordingHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond)
        : this((r, i) => Task.FromResult(respond(r, i)))
    {
    }

    public RecordingHandler(Func<HttpRequestMessage, int, Task<HttpResponseMessage>> respond) => _respond = respond;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int Count => Volatile.Read(ref _count);

    public RecordedRequest Single => Requests.Should().ContainSingle().Subject;

    public static RecordingHandler Json(string json, HttpStatusCode status = HttpStatusCode.OK)
        => new((_, _) => Responses.Json(json, status));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in request.Headers)
        {
            headers[h.Key] = string.Join(", ", h.Value);
        }

        string? body = null;
        string? contentType = null;
        if (request.Content is not null)
        {
            foreach (var h in request.Content.Headers)
            {
                headers[h.Key] = string.Join(", ", h.Value);
            }

            contentType = request.Content.Headers.ContentType?.MediaType;
            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }

        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, headers, body, contentType));
        var index = Interlocked.Increment(ref _count) - 1;
        var response = await _respond(request, index);
        response.RequestMessage ??= request;
        return response;
    }
}

public static class Responses
{
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json")
        => new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Text(string text, HttpStatusCode status, string mediaType = "text/plain")
        => new(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new ByteArrayContent([]) };

    public static HttpResponseMessage Token(string accessToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl", int expiresIn = 3599)
        => Json($$"""{"access_token":"{{accessToken}}","token_type":"Bearer","expires_in":{{expiresIn}}}""");
}
