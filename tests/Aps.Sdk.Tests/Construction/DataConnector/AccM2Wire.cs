using System.Net;
using System.Text.Json;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Acc;

/// <summary>
/// Wire kit of the Data Connector, Files, Docs, Packages, RCM and AutoSpecs tests: an <see cref="ApsClient"/> over a
/// <see cref="RecordingHandler"/> (static token) that answers with the seed 001 fixtures, and fixture loading.
/// </summary>
internal static class AccM2Wire
{
    public const string Host = "https://developer.api.autodesk.com";

    public static string Fixture(string module, string name)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Construction", module, name));

    /// <summary>A client whose every call is answered by <paramref name="respond"/> (request, index).</summary>
    public static (ApsClient Client, RecordingHandler Handler) Client(Func<HttpRequestMessage, int, HttpResponseMessage> respond, Action<ApsOptions>? configure = null)
    {
        var handler = new RecordingHandler(respond);
        return (TestClients.WithStaticToken(handler, configure), handler);
    }

    /// <summary>A client that answers every call with the JSON and status given.</summary>
    public static (ApsClient Client, RecordingHandler Handler) Json(string json, HttpStatusCode status = HttpStatusCode.OK)
        => Client((_, _) => Responses.Json(json, status));

    /// <summary>A client that answers the calls in order with the JSON bodies given (200).</summary>
    public static (ApsClient Client, RecordingHandler Handler) Sequence(params string[] bodies)
        => Client((_, i) => Responses.Json(bodies[Math.Min(i, bodies.Length - 1)]));

    /// <summary>The path and query exactly as sent (percent-encoding kept).</summary>
    public static string PathAndQuery(this RecordedRequest request) => request.Uri.PathAndQuery;

    /// <summary>Asserts that the body is the JSON given (compared structurally).</summary>
    public static void ShouldHaveJsonBody(this RecordedRequest request, string expected)
    {
        request.ContentType.Should().Be("application/json");
        using var actual = JsonDocument.Parse(request.Body!);
        using var wanted = JsonDocument.Parse(expected);
        JsonElement.DeepEquals(actual.RootElement, wanted.RootElement).Should().BeTrue($"the body {request.Body} should be {expected}");
    }

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    public static async Task<T> FirstAsync<T>(this IAsyncEnumerable<T> source)
    {
        await foreach (var item in source)
        {
            return item;
        }

        throw new InvalidOperationException("The sequence is empty.");
    }
}
