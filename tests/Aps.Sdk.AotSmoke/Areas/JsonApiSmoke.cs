using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.AotSmoke;

/// <summary>
/// JSON:API: a raw <c>SendAsync</c> call whose body is read as <see cref="JsonApiDocument{T}"/> through the SDK's
/// own source-generated context (its link and relationship converters run trimmed), then typed attributes of an
/// included resource through a user context. The SDK context is internal (this app is a friend assembly): a user
/// context cannot hold <see cref="JsonApiDocument{T}"/> because its converters are internal (SYSLIB1220). The Data
/// Management check (<see cref="DataManagementSmoke"/>) covers the same code through a public list; this one keeps
/// the raw-document path (<c>included</c>, relationships, <c>GetAttributes</c>) covered.
/// </summary>
internal sealed class JsonApiSmoke : ISmokeCheck
{
    private const string Document = """
        {
          "jsonapi": { "version": "1.0" },
          "links": { "self": { "href": "https://developer.api.autodesk.com/data/v1/projects/b.p/items/i1" } },
          "data": {
            "type": "items", "id": "i1",
            "attributes": { "displayName": "my file" },
            "relationships": { "tip": { "data": { "type": "versions", "id": "v1" }, "links": { "related": { "href": "/tip" } } } }
          },
          "included": [ { "type": "versions", "id": "v1", "attributes": { "name": "v.pdf", "versionNumber": 2 } } ],
          "meta": { "warnings": [] }
        }
        """;

    public string Name => "JSON:API: document, relationships, included, typed attributes";

    public async Task RunAsync()
    {
        var handler = new CannedHandler().OnJson(HttpMethod.Get, "/data/v1/projects/b.p/items/i1", Document);
        using var client = handler.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://developer.api.autodesk.com/data/v1/projects/b.p/items/i1");
        using var response = await client.SendAsync(request).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var document = await JsonSerializer.DeserializeAsync(body, Aps.Sdk.Core.Serialization.ApsJsonContext.Default.JsonApiDocumentJsonApiResource).ConfigureAwait(false);

        Check.Equal("items", document!.Data!.Type, "type");
        Check.Equal("my file", document.Data.Attributes!.Value.GetProperty("displayName").GetString(), "attribute");
        var tip = document.Data.Relationships["tip"];
        Check.Equal(1, tip.Data.Count, "to-one relationship");
        var version = document.FindIncluded(tip.Data[0]);
        Check.That(version is not null, "included resolved");
        var attributes = version!.GetAttributes(SmokeJsonContext.Default.VersionAttributes)!;
        Check.Equal(2, attributes.VersionNumber, "typed attributes");
        Check.Equal(0, document.Warnings.Count, "warnings");
        Check.That(document.Links!.Self!.Href!.EndsWith("/items/i1", StringComparison.Ordinal), "self link");
    }
}

internal sealed class VersionAttributes
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("versionNumber")]
    public int VersionNumber { get; init; }
}

[JsonSerializable(typeof(VersionAttributes))]
internal sealed partial class SmokeJsonContext : JsonSerializerContext;
