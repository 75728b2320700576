using System.Net;
using Aps.Sdk.Construction.Docs;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Acc.Docs;

public class DocsWireTests
{
    private const string Project = "c0337487-5b66-422b-a284-c273b424af54";
    private const string Folder = "urn:adsk.wipprod:fs.folder:co.9g7HeA2wRqOxLlgLJ40UGQ";
    private const string EscapedFolder = "urn%3Aadsk.wipprod%3Afs.folder%3Aco.9g7HeA2wRqOxLlgLJ40UGQ";
    private const string Version = "urn:adsk.wipprod:fs.file:vf.AS3XD9MzQvu4MakMF-w7vQ?version=1";
    private const string EscapedVersion = "urn%3Aadsk.wipprod%3Afs.file%3Avf.AS3XD9MzQvu4MakMF-w7vQ%3Fversion%3D1";

    private static string Fixture(string name) => AccM2Wire.Fixture("Docs", name);

    [Fact]
    public async Task ListFolderPermissions_escapes_the_folder_urn_sends_x_user_id_and_reads_the_seed_example()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("folder-permissions.json"));

        var permissions = await aps.Construction.Docs.ListFolderPermissionsAsync("b." + Project, Folder, new ApsRequestOptions { UserId = "U1" }).ToListAsync();

        wire.Single.Method.Should().Be(HttpMethod.Get);
        wire.Single.PathAndQuery().Should().Be($"/bim360/docs/v1/projects/{Project}/folders/{EscapedFolder}/permissions");
        wire.Single.Header("x-user-id").Should().Be("U1");
        var p = permissions.Should().ContainSingle().Subject;
        p.SubjectId.Should().Be("684c4e47-7720-4961-b0e9-ff5966d82edb");
        p.AutodeskId.Should().Be("45GPJ4KAX789");
        p.Name.Should().Be("John Smith");
        p.Email.Should().Be("john.smith@mail.com");
        p.UserType.Should().Be("PROJECT_ADMIN");
        p.SubjectType.Should().Be("USER");
        p.SubjectStatus.Should().Be("ACTIVE");
        p.Actions.Should().Equal("PUBLISH");
        p.InheritActions.Should().Equal("PUBLISH");
        p.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListCustomAttributeDefinitions_stops_on_the_empty_nextUrl_and_reads_the_seed_example()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("custom-attribute-definitions.json"));

        var definitions = await aps.Construction.Docs.ListCustomAttributeDefinitionsAsync(Project, Folder, new DocsListOptions { Limit = 100 }).ToListAsync();

        wire.Single.PathAndQuery().Should().Be($"/bim360/docs/v1/projects/{Project}/folders/{EscapedFolder}/custom-attribute-definitions?limit=100");
        definitions.Should().HaveCount(4);
        definitions[0].Id.Should().Be(1001);
        definitions[0].Name.Should().Be("Drawing Stage");
        definitions[0].Type.Should().Be("string");
        definitions[2].ArrayValues.Should().Equal("Details", "General", "Plans", "Schedules");
        definitions.Should().OnlyContain(d => d.AdditionalData == null || d.AdditionalData.Count == 0);
    }

    [Fact]
    public async Task ListCustomAttributeDefinitions_follows_offsets_while_nextUrl_is_set()
    {
        var page1 = """{"results":[{"id":1,"name":"a","type":"string"}],"pagination":{"limit":1,"offset":0,"totalResults":2,"nextUrl":"/bim360/docs/v1/x?offset=1"}}""";
        var page2 = """{"results":[{"id":2,"name":"b","type":"date"}],"pagination":{"limit":1,"offset":1,"totalResults":2,"nextUrl":""}}""";
        var (aps, wire) = AccM2Wire.Sequence(page1, page2);

        var ids = (await aps.Construction.Docs.ListCustomAttributeDefinitionsAsync(Project, Folder, new DocsListOptions { Limit = 1 }).ToListAsync()).Select(d => d.Id);

        ids.Should().Equal(1L, 2L);
        wire.Requests.Last().PathAndQuery().Should().EndWith("custom-attribute-definitions?limit=1&offset=1");
    }

    [Fact]
    public void ListCustomAttributeDefinitions_refuses_a_page_size_over_200()
    {
        var (aps, _) = AccM2Wire.Json("{}");

        var act = () => aps.Construction.Docs.ListCustomAttributeDefinitionsAsync(Project, Folder, new DocsListOptions { Limit = 201 });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task CreateCustomAttributeDefinition_posts_name_type_and_values()
    {
        var (aps, wire) = AccM2Wire.Json("""{"id":1005,"name":"Phase","type":"array","arrayValues":["A","B"]}""");

        var created = await aps.Construction.Docs.CreateCustomAttributeDefinitionAsync(Project, Folder, new DocsCreateCustomAttributeDefinition { Name = "Phase", Type = "array", ArrayValues = ["A", "B"] });

        wire.Single.Method.Should().Be(HttpMethod.Post);
        wire.Single.PathAndQuery().Should().Be($"/bim360/docs/v1/projects/{Project}/folders/{EscapedFolder}/custom-attribute-definitions");
        wire.Single.ShouldHaveJsonBody("""{"name":"Phase","type":"array","arrayValues":["A","B"]}""");
        created.Id.Should().Be(1005);
    }

    [Fact]
    public async Task GetNamingStandard_sends_x_ads_region_and_reads_the_seed_example()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("naming-standard.json"));

        var standard = await aps.Construction.Docs.GetNamingStandardAsync(Project, "68097e38-bcae-4fb6-9da2-89eca69bccc8", new ApsRequestOptions { Region = ApsRegion.EMEA });

        wire.Single.PathAndQuery().Should().Be($"/bim360/docs/v1/projects/{Project}/naming-standards/68097e38-bcae-4fb6-9da2-89eca69bccc8");
        wire.Single.Header("x-ads-region").Should().Be("EMEA");
        standard.Id.Should().Be("68097e38-bcae-4fb6-9da2-89eca69bccc8");
        standard.Name.Should().Be("Default - ISO 19650");
        standard.Definition!.Delimiter.Should().Be("-");
        var project = standard.Definition.Fields[0];
        project.AttributeId.Should().Be(333879);
        project.Name.Should().Be("Project");
        project.Type.Should().Be("ALPHANUMERIC");
        project.Description.Should().Be("Project code.");
        project.Optional.Should().BeFalse();
        project.MaxLength.Should().Be(6);
        project.MinLength.Should().Be(2);
        project.DefaultValue.Should().Be("PROJ");
        var originator = standard.Definition.Fields[1];
        originator.Options.Should().HaveCount(2);
        originator.Options[1].Value.Should().Be("ARC");
        originator.Options[1].Description.Should().Be("Architect");
        standard.Definition.Fields.Should().OnlyContain(f => f.AdditionalData == null || f.AdditionalData.Count == 0);
        standard.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task GetNamingStandard_sends_no_region_when_none_is_set_and_refuses_an_unlisted_one()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("naming-standard.json"));

        await aps.Construction.Docs.GetNamingStandardAsync(Project, "n");
        var act = () => aps.Construction.Docs.GetNamingStandardAsync(Project, "n", new ApsRequestOptions { Region = ApsRegion.AUS });

        wire.Single.Header("x-ads-region").Should().BeNull();
        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task BatchGetVersions_posts_the_urns_and_reads_results_and_errors()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("versions-batch-get.json"));

        var batch = await aps.Construction.Docs.BatchGetVersionsAsync("b." + Project, ["urn:adsk.wipprod:fs.file:vf.zSoimiozRD6qdgHwfykp_w?version=6", "urn:adsk.wipprod:dm.lineage:AS3XD9MzQvu4MakMF-w7vQ"]);

        wire.Single.Method.Should().Be(HttpMethod.Post);
        wire.Single.PathAndQuery().Should().Be($"/bim360/docs/v1/projects/{Project}/versions:batch-get");
        wire.Single.ShouldHaveJsonBody("""{"urns":["urn:adsk.wipprod:fs.file:vf.zSoimiozRD6qdgHwfykp_w?version=6","urn:adsk.wipprod:dm.lineage:AS3XD9MzQvu4MakMF-w7vQ"]}""");
        var v = batch.Results.Should().ContainSingle().Subject;
        v.Urn.Should().Be(Version);
        v.ItemUrn.Should().Be("urn:adsk.wipprod:dm.lineage:AS3XD9MzQvu4MakMF-w7vQ");
        v.Name.Should().Be("Oct.pdf");
        v.Title.Should().Be("Bin Work");
        v.Number.Should().BeEmpty();
        v.CreateTime.Should().Be(new DateTimeOffset(2019, 4, 18, 3, 33, 36, TimeSpan.Zero));
        v.CreateUserId.Should().Be("CGZ5PG7PZMAS");
        v.CreateUserName.Should().Be("Tom Jerry");
        v.LastModifiedTime.Should().NotBeNull();
        v.LastModifiedUserId.Should().Be("CGZ5PG7PZMAS");
        v.LastModifiedUserName.Should().Be("Tom Jerry");
        v.StorageUrn.Should().EndWith(".pdf");
        v.StorageSize.Should().Be(7164826);
        v.EntityType.Should().Be("SEED_FILE");
        v.RevisionNumber.Should().Be(1);
        v.ProcessState.Should().Be("PROCESSING_COMPLETE");
        v.ApprovalStatus!.Label.Should().Be("Approved w/ comments.");
        v.ApprovalStatus.Value.Should().Be("approved");
        var attribute = v.CustomAttributes.Should().ContainSingle().Subject;
        attribute.Id.Should().Be(123);
        attribute.Type.Should().Be("array");
        attribute.Name.Should().Be("Drawing Type");
        attribute.Value.Should().Be("General");
        v.AdditionalData.Should().BeNullOrEmpty();
        var error = batch.Errors.Should().ContainSingle().Subject;
        error.Urn.Should().EndWith("version=6");
        error.Code.Should().Be("ERR_RESOURCE_NOT_EXIST");
        error.Title.Should().Be("The resource does not exist");
        error.Detail.Should().Be("The resource XXX does not exist.");
        batch.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task BatchGetVersions_refuses_more_than_50_urns()
    {
        var (aps, wire) = AccM2Wire.Json("{}");

        var act = () => aps.Construction.Docs.BatchGetVersionsAsync(Project, Enumerable.Range(0, 51).Select(i => $"urn:{i}"));

        await act.Should().ThrowAsync<ArgumentException>();
        wire.Count.Should().Be(0);
    }

    [Fact]
    public async Task BatchUpdateCustomAttributes_posts_the_array_with_null_to_clear_and_reads_the_results()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("custom-attributes-batch-update.json"));

        var values = await aps.Construction.Docs.BatchUpdateCustomAttributesAsync(Project, Version, [new DocsCustomAttributeUpdate(1001, "checked"), new DocsCustomAttributeUpdate(1004, null)]);

        wire.Single.Method.Should().Be(HttpMethod.Post);
        wire.Single.PathAndQuery().Should().Be($"/bim360/docs/v1/projects/{Project}/versions/{EscapedVersion}/custom-attributes:batch-update");
        wire.Single.ShouldHaveJsonBody("""[{"id":1001,"value":"checked"},{"id":1004,"value":null}]""");
        values.Results.Should().HaveCount(4);
        values.Results[1].Id.Should().Be(1002);
        values.Results[1].Name.Should().Be("column2");
        values.Results[1].Type.Should().Be("date");
        values.Results[1].Value.Should().Be("2020-03-31T16:00:00.000Z");
        values.Results.Should().OnlyContain(r => r.AdditionalData == null || r.AdditionalData.Count == 0);
    }

    [Fact]
    public async Task StartVersionExport_posts_markup_options_and_waits_for_the_export()
    {
        var (aps, wire) = AccM2Wire.Client((_, i) => i == 0
            ? Responses.Json(Fixture("version-export-started.json"), HttpStatusCode.Accepted)
            : Responses.Json(Fixture("version-export-successful.json")));

        var operation = await aps.Construction.Docs.StartVersionExportAsync(Project, Version, new DocsVersionExportRequest
        {
            Options = new DocsVersionExportOptions { StandardMarkups = new DocsMarkupOptions { IncludePublishedMarkups = true, IncludeUnpublishedMarkups = false, IncludeMarkupLinks = true } },
        }, new ApsPollingOptions { InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });
        var export = await operation.WaitForCompletionAsync();

        var calls = wire.Requests.ToList();
        calls[0].Method.Should().Be(HttpMethod.Post);
        calls[0].PathAndQuery().Should().Be($"/bim360/docs/v1/projects/{Project}/versions/{EscapedVersion}/exports");
        calls[0].ShouldHaveJsonBody("""{"options":{"standardMarkups":{"includePublishedMarkups":true,"includeUnpublishedMarkups":false,"includeMarkupLinks":true}}}""");
        calls[1].Method.Should().Be(HttpMethod.Get);
        calls[1].PathAndQuery().Should().Be($"/bim360/docs/v1/projects/{Project}/versions/{EscapedVersion}/exports/8f9f7b8e-2d3c-4c51-9a1e-2f6d0c1e4b11");
        export.Status.Should().Be("successful");
        export.Data!.VersionUrn.Should().Be(Version);
        export.Data.ResourceId.Should().Be("0c9f6b0e-3a8f-4a4b-9d7e-5a6b7c8d9e0f");
        export.Data.Link.Should().StartWith("https://developer.api.autodesk.com/oss/");
        export.Data.SignedUrl.Should().Contain("X-Amz-Signature");
        export.Data.ToString().Should().NotContain("secret-signature");
        export.AdditionalData.Should().BeNullOrEmpty();
        export.Data.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task GetVersionExport_operation_raises_on_failed()
    {
        var (aps, _) = AccM2Wire.Json("""{"id":"e","status":"failed"}""");

        var act = () => aps.Construction.Docs.GetVersionExportOperation(Project, Version, "e", new ApsPollingOptions { InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero }).WaitForCompletionAsync();

        await act.Should().ThrowAsync<ApsException>();
    }
}
