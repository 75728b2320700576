using System.Collections;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Acc;

/// <summary>
/// Wire-test kit of the ACC Assets, Photos, Reviews, RFIs, Forms and Locations modules: an in-memory handler that
/// records every request and answers with the given bodies in order, a client with a static token over it, the seed
/// 001 fixtures, and a check that every documented field landed in a typed property (no model kept anything in
/// <c>AdditionalData</c>).
/// </summary>
internal sealed class AccmKit : IDisposable
{
    public const string Host = "https://developer.api.autodesk.com";
    public const string ProjectGuid = "04605b7a-0c53-421e-8e11-c743e75ac10a";
    public const string DmProjectId = "b." + ProjectGuid;

    public AccmKit(params string[] bodies)
        : this(bodies.Select(b => (HttpStatusCode.OK, b)).ToArray())
    {
    }

    public AccmKit(params (HttpStatusCode Status, string Body)[] answers)
    {
        Handler = new RecordingHandler((_, i) =>
        {
            var (status, body) = answers[Math.Min(i, answers.Length - 1)];
            return Responses.Json(body, status);
        });
        Client = TestClients.WithStaticToken(Handler);
    }

    public RecordingHandler Handler { get; }

    public ApsClient Client { get; }

    public List<RecordedRequest> Requests => Handler.Requests.ToList();

    public RecordedRequest Single => Handler.Single;

    public static string Fixture(string module, string name)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Construction", module, name));

    /// <summary>The fixture with <c>pagination</c> edited (for the last page of a paging test).</summary>
    public static string WithPagination(string json, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        edit(node["pagination"]!.AsObject());
        return node.ToJsonString();
    }

    /// <summary>The query parameters as <c>name=value</c>, decoded, in order (a name may repeat).</summary>
    public static List<string> Query(RecordedRequest request)
    {
        var pairs = new List<string>();
        foreach (var part in request.Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(Uri.UnescapeDataString(eq < 0 ? part : part[..eq]) + "=" + (eq < 0 ? string.Empty : Uri.UnescapeDataString(part[(eq + 1)..])));
        }

        return pairs;
    }

    /// <summary>JSON re-written compactly, so two documents compare by content.</summary>
    public static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }

    /// <summary>Asserts two JSON documents are equal by content (member order ignored).</summary>
    public static void SameJson(string? actual, string expected)
    {
        actual.Should().NotBeNull();
        JsonNode.DeepEquals(JsonNode.Parse(actual!), JsonNode.Parse(expected)).Should().BeTrue($"the body {actual} should be {Canonical(expected)}");
    }

    /// <summary>Asserts that no model in the graph kept a field in <c>AdditionalData</c>: every field is typed.</summary>
    public static void AllFieldsTyped(object? value, string path = "$")
    {
        if (value is null || value is string || value is JsonElement || value.GetType().IsValueType)
        {
            return;
        }

        if (value is IDictionary<string, JsonElement>)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AllFieldsTyped(item, $"{path}[{i++}]");
            }

            return;
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("Aps.Sdk", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var child = property.GetValue(value);
            if (property.Name == "AdditionalData")
            {
                (child as IDictionary<string, JsonElement> ?? new Dictionary<string, JsonElement>()).Keys
                    .Should().BeEmpty($"{path} ({type.Name}) must type every documented field");
                continue;
            }

            AllFieldsTyped(child, $"{path}.{property.Name}");
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Handler.Dispose();
    }
}
