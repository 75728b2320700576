using System.Collections;
using System.Net;
using System.Reflection;
using System.Text.Json;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Acc;

/// <summary>
/// An in-memory APS for the ACC wire tests: records every request as it reached the wire and answers from a queue of
/// responses (the last one repeats), plus helpers to load the seed fixtures and to check that every field of a
/// fixture landed in a typed property.
/// </summary>
internal sealed class ConstructionWire
{
    private readonly List<HttpResponseMessage> _answers = [];

    public ConstructionWire(Action<ApsOptions>? configure = null)
    {
        Handler = new RecordingHandler((_, index) => Clone(_answers.Count == 0 ? Responses.Status(HttpStatusCode.NotFound) : _answers[Math.Min(index, _answers.Count - 1)]));
        Client = TestClients.WithStaticToken(Handler, configure);
    }

    public RecordingHandler Handler { get; }

    public ApsClient Client { get; }

    public RecordedRequest Single => Handler.Single;

    public IReadOnlyList<RecordedRequest> Requests => Handler.Requests.ToList();

    public ConstructionWire Answer(string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        _answers.Add(Responses.Json(json, status));
        return this;
    }

    public ConstructionWire AnswerFixture(string path, HttpStatusCode status = HttpStatusCode.OK) => Answer(Fixture(path), status);

    public ConstructionWire AnswerStatus(HttpStatusCode status)
    {
        _answers.Add(Responses.Status(status));
        return this;
    }

    public static string Fixture(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Construction", path));

    /// <summary>The path and query as sent (still percent-encoded).</summary>
    public static string PathAndQuery(RecordedRequest request) => request.Uri.PathAndQuery;

    /// <summary>The decoded query parameters, in order.</summary>
    public static IReadOnlyList<string> Query(RecordedRequest request)
        => request.Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => Uri.UnescapeDataString(p[0]) + "=" + (p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty))
            .ToList();

    public static JsonElement Body(RecordedRequest request) => JsonDocument.Parse(request.Body!).RootElement;

    /// <summary>Property names of a JSON object, in order.</summary>
    public static IReadOnlyList<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    /// <summary>
    /// Walks a deserialized model and every model it holds: no model may keep a field in <c>AdditionalData</c>, so every
    /// field of the fixture landed in a typed property.
    /// </summary>
    public static void NoExtensionData(object? model, string path = "$")
    {
        switch (model)
        {
            case null or string or JsonElement:
                return;
            case IEnumerable items:
            {
                var i = 0;
                foreach (var item in items)
                {
                    NoExtensionData(item, $"{path}[{i++}]");
                }

                return;
            }
        }

        var type = model.GetType();
        if (type.Namespace?.StartsWith("Aps.Sdk", StringComparison.Ordinal) != true || type.IsValueType)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(model);
            if (property.Name == "AdditionalData")
            {
                (value as IDictionary<string, JsonElement>)?.Keys.Should().BeEmpty($"every documented field of {path} ({type.Name}) must land in a typed property");
                continue;
            }

            NoExtensionData(value, $"{path}.{property.Name}");
        }
    }

    private static HttpResponseMessage Clone(HttpResponseMessage source)
    {
        var body = source.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var copy = new HttpResponseMessage(source.StatusCode) { Content = new StringContent(body, System.Text.Encoding.UTF8, source.Content.Headers.ContentType?.MediaType ?? "application/json") };
        return copy;
    }
}

/// <summary>Small async helpers that work on net8.0 and net10.0 alike.</summary>
internal static class PageableExtensions
{
    public static async Task<ApsPage<T>> FirstPageAsync<T>(this ApsPageable<T> pageable)
    {
        await foreach (var page in pageable.AsPages())
        {
            return page;
        }

        throw new InvalidOperationException("No page.");
    }

    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
