using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.Tests.JsonApi;

/// <summary>A caller's own attributes model, as a user of the SDK would declare it.</summary>
public sealed class UserFileAttributes
{
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }
}

/// <summary>
/// A caller's own source-generated context with plain options (not the SDK's): JSON:API documents must be usable
/// here. Outside this test assembly (which sees the SDK's internals) the generator reports SYSLIB1220 for any
/// converter it cannot reach, which is why the JSON:API converters are public.
/// </summary>
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<JsonApiResource>>))]
[JsonSerializable(typeof(JsonApiRelationship))]
[JsonSerializable(typeof(UserFileAttributes))]
internal sealed partial class UserJsonApiContext : JsonSerializerContext
{
}

/// <summary>JSON:API documents read and written through a caller's own context; the converters read in one pass.</summary>
public sealed class JsonApiUserContextTests
{
    private const string Page = """
        {"jsonapi":{"version":"1.0"},
         "links":{"self":{"href":"/data/v1/projects/b.p/folders/f/contents","meta":{"x":1}},"next":"/data/v1/next"},
         "data":[{"type":"items","id":"urn:i1","attributes":{"displayName":"a.rvt"},
                  "links":{"self":{"href":"/items/i1","extra":[1,{"href":"nested"}]}},
                  "relationships":{
                    "tip":{"data":{"type":"versions","id":"urn:v1","meta":{"link":{"href":"s3"}}},"links":{"related":{"href":"/items/i1/tip"}}},
                    "refs":{"data":[{"type":"items","id":"urn:i2"},{"type":"items","id":"urn:i3"}]},
                    "none":{"data":null,"links":{"related":{"href":7}}}}}],
         "meta":{"warnings":[]}}
        """;

    [Fact]
    public void EveryConverterNamedOnAPublicJsonApiModel_IsPublic()
    {
        var converters = typeof(JsonApiDocument<>).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Aps.Sdk.JsonApi")
            .SelectMany(t => t.GetProperties().Select(p => p.GetCustomAttribute<JsonConverterAttribute>()).Append(t.GetCustomAttribute<JsonConverterAttribute>()))
            .OfType<JsonConverterAttribute>()
            .Select(a => a.ConverterType!)
            .Distinct()
            .ToList();

        converters.Should().NotBeEmpty();
        converters.Should().OnlyContain(t => t.IsPublic, "a caller's source-generated context must be able to name them (SYSLIB1220)");
    }

    [Fact]
    public void UserContext_ReadsLinksRelationshipsAndAttributes()
    {
        var document = JsonSerializer.Deserialize(Page, UserJsonApiContext.Default.JsonApiDocumentIReadOnlyListJsonApiResource)!;

        document.Links!.Self!.Href.Should().Be("/data/v1/projects/b.p/folders/f/contents");
        document.Links.Self.Meta!.Value.GetProperty("x").GetInt32().Should().Be(1);
        document.Links.Next!.Href.Should().Be("/data/v1/next");
        var item = document.Data!.Should().ContainSingle().Subject;
        item.GetAttributes(UserJsonApiContext.Default.UserFileAttributes)!.DisplayName.Should().Be("a.rvt");
        item.Links!.Self!.Href.Should().Be("/items/i1", "members other than href and meta are skipped, nested ones included");

        var tip = item.Relationships["tip"];
        var identifier = tip.Data.Should().ContainSingle().Subject;
        identifier.Type.Should().Be("versions");
        identifier.Id.Should().Be("urn:v1");
        identifier.AdditionalData!["meta"].GetProperty("link").GetProperty("href").GetString().Should().Be("s3");
        tip.Links!.Related!.Href.Should().Be("/items/i1/tip");

        item.Relationships["refs"].Data.Select(d => d.Id).Should().Equal("urn:i2", "urn:i3");
        item.Relationships["none"].Data.Should().BeEmpty();
        item.Relationships["none"].Links!.Related!.Href.Should().BeNull("a non-string href is no address");
        item.Relationships["none"].Links!.Related!.Meta.Should().BeNull();
    }

    [Fact]
    public void IdentifierWithANonStringId_IsAJsonException()
    {
        var act = () => JsonSerializer.Deserialize("""{"data":{"type":"items","id":42}}""", UserJsonApiContext.Default.JsonApiRelationship);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Relationship_WritesIdentifiersAsAListWithTheirExtraMembers()
    {
        var relationship = JsonSerializer.Deserialize("""{"data":{"type":"versions","id":"urn:v1","meta":{"a":true}},"links":{"related":"/r"}}""", UserJsonApiContext.Default.JsonApiRelationship)!;

        var json = JsonSerializer.Serialize(relationship, UserJsonApiContext.Default.JsonApiRelationship);

        json.Should().Be("""{"data":[{"type":"versions","id":"urn:v1","meta":{"a":true}}],"links":{"self":null,"next":null,"prev":null,"first":null,"last":null,"related":{"href":"/r"}},"meta":null}""");
    }
}
