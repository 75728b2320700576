using System.Net;
using System.Text;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Paging;

/// <summary>Helpers shared by the paging tests: fixtures, scripted page servers, specs and query parsing.</summary>
internal static class PagingTestKit
{
    public const string Host = "https://developer.api.autodesk.com";

    /// <summary>Reads a fixture copied from the reference examples (Fixtures/Paging).</summary>
    public static string Fixture(string name)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Paging", name));

    /// <summary>
    /// A handler that answers the n-th request with the n-th responder; any request beyond the script is answered
    /// with 418 so that an extra request fails the test loudly instead of looping.
    /// </summary>
    public static RecordingHandler Pages(params Func<HttpResponseMessage>[] pages)
        => new((_, i) => i < pages.Length
            ? pages[i]()
            : Responses.Text("unexpected request beyond the scripted pages", (HttpStatusCode)418));

    /// <summary>A JSON page responder.</summary>
    public static Func<HttpResponseMessage> Json(string json) => () => Responses.Json(json);

    /// <summary>A status-only responder (204 for an empty Webhooks list).</summary>
    public static Func<HttpResponseMessage> Status(HttpStatusCode status) => () => Responses.Status(status);

    public static ApsClient Client(RecordingHandler handler) => TestClients.WithStaticToken(handler);

    public static OperationSpec Spec(string name, HttpMethod method, string path, PagingStyle paging, string serviceBasePath = "")
        => new("Paging", name, method, path)
        {
            Scopes = ApsScopes.Create(ApsScopes.DataRead),
            Paging = paging,
            ServiceBasePath = serviceBasePath,
        };

    /// <summary>Parses a query string into name → value (names and values unescaped; the last value wins).</summary>
    public static IReadOnlyDictionary<string, string> Query(Uri uri)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return result;
        }

        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            result[name] = value;
        }

        return result;
    }

    public static HttpRequestMessage WithJsonBody(HttpRequestMessage request, string json)
    {
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}
