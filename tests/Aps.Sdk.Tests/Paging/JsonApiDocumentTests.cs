using System.Text.Json;
using Aps.Sdk.Core.Serialization;
using Aps.Sdk.JsonApi;
using static Aps.Sdk.Tests.Paging.PagingTestKit;

namespace Aps.Sdk.Tests.Paging;

/// <summary>JSON:API documents as Data Management returns them (fixtures from the reference examples).</summary>
public sealed class JsonApiDocumentTests
{
    private const string TipVersionId = "urn:adsk.wipprod:fs.file:vf.d34fdsg3g?version=2";

    private static JsonApiDocument<JsonApiResource> ItemDocument()
        => JsonSerializer.Deserialize(Fixture("dm-item-document.json"), ApsJsonContext.Default.JsonApiDocumentJsonApiResource)!;

    private static JsonApiDocument<IReadOnlyList<JsonApiResource>> ListDocument(string json)
        => JsonSerializer.Deserialize(json, ApsJsonContext.Default.JsonApiDocumentIReadOnlyListJsonApiResource)!;

    [Fact]
    public void ItemDocument_ExposesDataLinksAndIncluded()
    {
        var document = ItemDocument();

        document.JsonApi!.Value.GetProperty("version").GetString().Should().Be("1.0");
        document.Data!.Type.Should().Be("items");
        document.Data.Id.Should().Be("urn:adsk.wipprod:dm.lineage:hC6k4hndRWaeIVhIjvHu8w");
        document.Data.Attributes!.Value.GetProperty("displayName").GetString().Should().Be("my file");
        document.Links!.Self!.Href.Should().Be("/data/v1/projects/a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjEjMjAyMzAzMTcwMDAwMDAx/items/urn%3Aadsk.wipprod%3Adm.lineage%3AhC6k4hndRWaeIVhIjvHu8w");
        document.Links.Next.Should().BeNull();
        document.Included.Should().ContainSingle();
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void ItemDocument_ToOneRelationship_ResolvesToTheIncludedResource()
    {
        var document = ItemDocument();

        var tip = document.Data!.Relationships["tip"];
        tip.Data.Should().ContainSingle();
        tip.Links!.Related!.Href.Should().EndWith("/tip");
        var version = document.FindIncluded(tip.Data[0]);

        version.Should().NotBeNull();
        version!.Type.Should().Be("versions");
        version.Id.Should().Be(TipVersionId);
        document.FindIncluded("versions", TipVersionId).Should().BeSameAs(version);
        var attributes = version.GetAttributes(PagingJsonContext.Default.TestVersionAttributes)!;
        attributes.Name.Should().Be("version-test.pdf");
        attributes.VersionNumber.Should().Be(2);
        document.GetIncludedAttributes("versions", TipVersionId, PagingJsonContext.Default.TestVersionAttributes)!.MimeType.Should().Be("appplication/pdf");
        version.Relationships["storage"].Meta!.Value.GetProperty("link").GetProperty("href").GetString().Should().StartWith("/oss/v2/buckets/wipbucket/objects/");
    }

    [Fact]
    public void FindIncluded_IsByTypeAndId()
    {
        var document = ItemDocument();

        document.FindIncluded("items", TipVersionId).Should().BeNull("the id exists but with another type");
        document.FindIncluded("versions", "urn:adsk.wipprod:fs.file:vf.d34fdsg3g?version=1").Should().BeNull();
        var parent = document.Data!.Relationships["parent"].Data.Should().ContainSingle().Subject;
        parent.Type.Should().Be("folders");
        document.FindIncluded(parent).Should().BeNull("the parent folder was not included");
        document.GetIncludedAttributes("folders", parent.Id!, PagingJsonContext.Default.TestVersionAttributes).Should().BeNull();
    }

    [Fact]
    public void RelationshipWithoutData_HasAnEmptyList()
    {
        var document = ItemDocument();

        var versions = document.Data!.Relationships["versions"];
        versions.Data.Should().NotBeNull().And.BeEmpty();
        versions.Links!.Related!.Href.Should().EndWith("/versions");
        document.Data.Relationships["links"].Links!.Self!.Href.Should().EndWith("/relationships/links");
    }

    [Fact]
    public void Relationships_DataAsObjectArrayOrNull_AndLinksAsStringOrHref()
    {
        var document = JsonSerializer.Deserialize(
            """
            {
              "links": {"self": "/data/v1/projects/b.1/items/i1", "next": {"href": "/data/v1/projects/b.1/items?page%5Bnumber%5D=1", "meta": {"count": 2}}, "prev": "", "first": null},
              "data": {
                "type": "items",
                "id": "i1",
                "relationships": {
                  "tip": {"data": {"type": "versions", "id": "v2"}},
                  "refs": {"data": [{"type": "versions", "id": "v1", "meta": {"refType": "xrefs", "direction": "to"}}, {"type": "folders", "id": "f1"}]},
                  "parent": {"data": null},
                  "empty": {"data": []}
                }
              },
              "included": [{"type": "versions", "id": "v1", "attributes": {"name": "a.rvt", "versionNumber": "1"}}]
            }
            """,
            ApsJsonContext.Default.JsonApiDocumentJsonApiResource)!;

        var relationships = document.Data!.Relationships;
        relationships["tip"].Data.Select(d => d.ToString()).Should().Equal("versions:v2");
        relationships["refs"].Data.Select(d => d.ToString()).Should().Equal("versions:v1", "folders:f1");
        relationships["refs"].Data[0].AdditionalData!["meta"].GetProperty("refType").GetString().Should().Be("xrefs");
        relationships["parent"].Data.Should().NotBeNull().And.BeEmpty();
        relationships["empty"].Data.Should().BeEmpty();

        document.Links!.Self!.Href.Should().Be("/data/v1/projects/b.1/items/i1");
        document.Links.Next!.Href.Should().Be("/data/v1/projects/b.1/items?page%5Bnumber%5D=1");
        document.Links.Next.Meta!.Value.GetProperty("count").GetInt32().Should().Be(2);
        document.Links.Prev.Should().BeNull("an empty link is no link");
        document.Links.First.Should().BeNull();

        var v1 = document.FindIncluded(relationships["refs"].Data[0])!;
        v1.GetAttributes(PagingJsonContext.Default.TestVersionAttributes)!.VersionNumber.Should().Be(1, "numbers may come as strings");
        document.FindIncluded(relationships["refs"].Data[1]).Should().BeNull();
    }

    [Fact]
    public void ListDocument_FromTheFolderContentsExample()
    {
        var document = ListDocument(Fixture("dm-folder-contents.json"));

        document.Data!.Select(r => r.ToString()).Should().Equal(
            "folders:urn:adsk.wipprod:dm.folder:hC6k4hndRWaeIVhIjvHu8w",
            "items:urn:adsk.wipprod:dm.lineage:hC6k4hndRWaeIVhIjvHu8w");
        document.Links!.Next!.Href.Should().EndWith("/contents?page%5Bnumber%5D=4");
        document.Links.Prev!.Href.Should().EndWith("/contents?page%5Bnumber%5D=2");
        document.Links.First!.Href.Should().EndWith("/contents?page%5Bnumber%5D=0");
        var item = document.Data![1];
        var tip = item.Relationships["tip"].Data.Should().ContainSingle().Subject;
        document.FindIncluded(tip)!.GetAttributes(PagingJsonContext.Default.TestVersionAttributes)!.MimeType.Should().Be("application/pdf");
        document.Included[0].Links!.AdditionalData.Should().ContainKey("webView");
        document.Data[0].Relationships["parent"].Data.Should().ContainSingle().Which.Id.Should().Be("urn:adsk.wipprod:dm.folder:sdfedf8wefl");

        var ours = JsonSerializer.Deserialize(Fixture("dm-folder-contents.json"), PagingJsonContext.Default.JsonApiDocumentListJsonApiResource)!;
        ours.Data.Should().HaveCount(2);
        ours.FindIncluded(tip).Should().NotBeNull();
    }

    [Fact]
    public void MetaWarnings_AreExposedAsWarnings_AndMissingCollectionsAreEmpty()
    {
        var document = ListDocument(Fixture("dm-hubs-403-warnings.json"));

        var warning = document.Warnings.Should().ContainSingle().Subject;
        warning.ErrorCode.Should().Be("BIM360DM_ERROR");
        warning.HttpStatusCode.Should().Be("403");
        warning.Title.Should().Be("Unable to get hubs from BIM360DM APAC.");
        warning.Detail.Should().Be("You don't have permission to access this API");
        warning.Id.Should().BeNull();
        document.Data.Should().BeEmpty();
        document.Included.Should().NotBeNull("Included is documented as never null").And.BeEmpty();
        document.Links!.Next.Should().BeNull();
        document.Meta.Should().NotBeNull();
    }

    [Fact]
    public void ResourceWithoutRelationships_HasAnEmptyDictionary()
    {
        var resource = JsonSerializer.Deserialize("""{"type":"hubs","id":"b.1"}""", ApsJsonContext.Default.JsonApiResource)!;

        resource.Relationships.Should().NotBeNull("Relationships is documented as never null").And.BeEmpty();
        resource.GetAttributes(PagingJsonContext.Default.TestVersionAttributes).Should().BeNull("there are no attributes");
    }

    [Fact]
    public void GetAttributes_WithTheWrongShape_ThrowsApsException()
    {
        var document = ItemDocument();

        var act = () => document.Data!.GetAttributes(PagingJsonContext.Default.TestWrongAttributes);

        act.Should().Throw<ApsException>()
            .Which.InnerException.Should().BeAssignableTo<JsonException>();
        var included = () => document.GetIncludedAttributes("versions", TipVersionId, PagingJsonContext.Default.TestWrongAttributes);
        included.Should().Throw<ApsException>().WithMessage("*versions*TestWrongAttributes*");
    }
}
