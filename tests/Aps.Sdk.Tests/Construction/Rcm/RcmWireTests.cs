using Aps.Sdk.Construction.Rcm;

namespace Aps.Sdk.Tests.Acc.Rcm;

public class RcmWireTests
{
    private const string Project = "563a4c30-e30d-4869-ac02-2a18b6447abe";
    private const string Version = "urn:adsk.wipprod:fs.file:vf.b909RzMKR4mhc3O7UBY_8g?version=2";
    private const string EscapedVersion = "urn%3Aadsk.wipprod%3Afs.file%3Avf.b909RzMKR4mhc3O7UBY_8g%3Fversion%3D2";

    [Fact]
    public async Task GetLinkedFiles_escapes_the_version_sends_the_seed_query_and_reads_host_and_links()
    {
        var (aps, wire) = AccM2Wire.Json(AccM2Wire.Fixture("Rcm", "linked-files.json"));
        var options = new RcmLinkedFilesOptions { Limit = 100, Offset = 200, IncludeHost = true, UserId = "AUTODESKID" };
        options.Names.Add("StructuralModel_2023.rvt");
        options.Names.Add("ArchitecturalModel_2023.rvt");
        options.PublishStatuses.Add("published");
        options.PublishStatuses.Add("notPublished");

        var page = await aps.Construction.Rcm.GetLinkedFilesAsync("b." + Project, Version, options);

        wire.Single.Method.Should().Be(HttpMethod.Get);
        wire.Single.PathAndQuery().Should().Be($"/construction/rcm/v1/projects/{Project}/published-versions/{EscapedVersion}/linked-files?limit=100&offset=200&filter[name]=StructuralModel_2023.rvt&filter[name]=ArchitecturalModel_2023.rvt&filter[publishStatus]=published%2CnotPublished&includeHost=true");
        wire.Single.Header("x-user-id").Should().Be("AUTODESKID");
        page.HostFile!.ModelName.Should().Be("Arch.rvt");
        page.HostFile.ItemId.Should().Be("urn:adsk.wipprod:dm.lineage:f909RzMKR4mhc3O7UBY_3g");
        page.HostFile.VersionId.Should().Be("urn:adsk.wipprod:fs.file:vf.f909RzMKR4mhc3O7UBY_3g?version=2");
        page.HostFile.Size.Should().Be(2003);
        page.HostFile.PublishStatus.Should().Be("published");
        page.HostFile.AdditionalData.Should().BeNullOrEmpty();
        page.LinkedFiles!.Pagination!.Limit.Should().Be(100);
        page.LinkedFiles.Pagination.Offset.Should().Be(200);
        page.LinkedFiles.Pagination.NextOffset.Should().Be(300);
        page.LinkedFiles.Pagination.TotalResults.Should().Be(305);
        page.LinkedFiles.Pagination.NextUrl.Should().Contain("offset=300");
        page.LinkedFiles.Pagination.AdditionalData.Should().BeNullOrEmpty();
        var link = page.LinkedFiles.Results.Should().ContainSingle().Subject;
        link.ModelName.Should().Be("StructuralModel_2023.rvt");
        link.ItemId.Should().Be("urn:adsk.wipprod:dm.lineage:XYZ123003443we");
        link.VersionId.Should().Be("urn:adsk.wipprod:fs.file:vf.e7r4RzMKR4mhc3Oc4y6?version=1");
        link.PublishStatus.Should().Be("published");
        link.AdditionalData.Should().BeNullOrEmpty();
        page.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListLinkedFiles_follows_nextOffset_without_the_host()
    {
        var page1 = """{"linkedFiles":{"pagination":{"limit":2,"offset":0,"nextOffset":2,"nextUrl":"https://x/linked-files?offset=2","totalResults":3},"results":[{"modelName":"a.rvt"},{"modelName":"b.rvt"}]}}""";
        var page2 = """{"linkedFiles":{"pagination":{"limit":2,"offset":2,"totalResults":3},"results":[{"modelName":"c.rvt"}]}}""";
        var (aps, wire) = AccM2Wire.Sequence(page1, page2);

        var names = (await aps.Construction.Rcm.ListLinkedFilesAsync(Project, Version, new RcmLinkedFilesOptions { Limit = 2 }).ToListAsync()).Select(f => f.ModelName);

        names.Should().Equal("a.rvt", "b.rvt", "c.rvt");
        wire.Requests.Select(r => r.Uri.Query).Should().Equal("?limit=2&includeHost=false", "?limit=2&offset=2&includeHost=false");
    }

    [Fact]
    public async Task GetLinkedFiles_refuses_a_page_size_over_600()
    {
        var (aps, wire) = AccM2Wire.Json("{}");

        var act = () => aps.Construction.Rcm.GetLinkedFilesAsync(Project, Version, new RcmLinkedFilesOptions { Limit = 601 });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        wire.Count.Should().Be(0);
    }
}
