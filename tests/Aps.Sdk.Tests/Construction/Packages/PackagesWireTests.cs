using Aps.Sdk.Construction.Packages;

namespace Aps.Sdk.Tests.Acc.Packages;

public class PackagesWireTests
{
    private const string Project = "657a5565-09b7-48e0-bd03-acacfe42efaf";
    private const string Package = "c25d1273-41e3-4e04-be1e-f4c1ba809d14";

    private static string Fixture(string name) => AccM2Wire.Fixture("Packages", name);

    [Fact]
    public async Task ListPackages_sends_the_seed_filters_and_x_user_id_and_reads_the_example()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("packages.json"));
        var options = new PackagesListOptions
        {
            Limit = 200,
            Sort = "name",
            CreatedAt = "2025-03-26T16:00:00.000Z..2025-03-28T15:59:59.999Z",
            VersionType = "FIXED",
            UserId = "L9VDREARJ7X2",
        };
        options.CreatedBy.Add("L9VDREARJ7X2");
        options.CreatedBy.Add("9NGKQKPXAUHG");

        var page = await aps.Construction.Packages.ListPackagesAsync("b." + Project, options).AsPages().FirstAsync();

        wire.Single.Method.Should().Be(HttpMethod.Get);
        wire.Single.PathAndQuery().Should().Be($"/construction/packages/v1/projects/{Project}/packages?limit=200&filter[createdBy]=L9VDREARJ7X2%2C9NGKQKPXAUHG&filter[createdAt]=2025-03-26T16%3A00%3A00.000Z..2025-03-28T15%3A59%3A59.999Z&filter[versionType]=FIXED&sort=name");
        wire.Single.Header("x-user-id").Should().Be("L9VDREARJ7X2");
        page.ContinuationToken.Should().Be("1");
        page.TotalResults.Should().Be(8618);
        var p = page.Values.Should().ContainSingle().Subject;
        p.Id.Should().Be(Package);
        p.DisplayId.Should().Be(8642);
        p.Name.Should().Be("Milestones");
        p.Description.Should().StartWith("This package contains");
        p.CreatedAt.Should().NotBeNull();
        p.CreatedBy.Should().Be("L9VDREARJ7X2");
        p.UpdatedAt.Should().NotBeNull();
        p.UpdatedBy.Should().Be("L9VDREARJ7X2");
        p.Locked.Should().BeTrue();
        p.LockedBy.Should().Be("L9VDREARJ7X2");
        p.LockedAt.Should().NotBeNull();
        p.ResourceCount.Should().Be(2);
        p.VersionType.Should().Be("FIXED");
        p.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListPackageResources_sends_file_type_and_version_filters_and_reads_the_example()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("package-resources.json"));
        var options = new PackageResourcesListOptions { Limit = 200, Sort = "name" };
        options.FileTypes.Add("pdf");
        options.FileTypes.Add("rvt");
        options.Versions.Add(1);
        options.Versions.Add(2);
        options.Versions.Add(3);

        var page = await aps.Construction.Packages.ListPackageResourcesAsync(Project, Package, options).AsPages().FirstAsync();

        wire.Single.PathAndQuery().Should().Be($"/construction/packages/v1/projects/{Project}/packages/{Package}/resources?limit=200&filter[fileType]=pdf%2Crvt&filter[version]=1%2C2%2C3&sort=name");
        var r = page.Values.Should().ContainSingle().Subject;
        r.Urn.Should().Be("urn:adsk.wip:fs.file:vf.betLCOhhTF6o1ACTFdEbXA?version=1");
        r.Id.Should().Be("f16e92f0-64be-4ae1-bcd6-dd2ad004c8d2");
        r.CreatedAt.Should().NotBeNull();
        r.CreatedBy.Should().Be("L9VDREARJ7X2");
        r.CreatedByName.Should().Be("John Smith");
        r.UpdatedAt.Should().NotBeNull();
        r.UpdatedBy.Should().Be("L9VDREARJ7X2");
        r.UpdatedByName.Should().Be("John Smith");
        r.Name.Should().Be("101-BIMicon-CD-L2-DR-A-A40-010-R1.pdf");
        r.Description.Should().Be("BIM icon CD L2 DR A40 010 R1");
        r.IsDeleted.Should().BeFalse();
        r.EntityType.Should().Be("SEED_FILE");
        r.ParentFolderUrn.Should().Be("urn:adsk.wip:fs.folder:co.rbR46ACySm6qdS4vAOdDDA");
        r.StorageUrn.Should().EndWith(".pdf");
        r.CustomAttributes.Should().ContainSingle().Which.Value.Should().Be("General");
        r.Version.Should().Be(1);
        r.ApprovalStatus!.Id.Should().Be("f44e623d-f04f-47fe-8195-efc43d1d985b");
        r.ApprovalStatus.Label.Should().Be("Approved");
        r.ApprovalStatus.Value.Should().Be("approved");
        r.FileType.Should().Be("pdf");
        r.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListPackages_pages_by_offset_while_nextUrl_is_present()
    {
        var page1 = """{"results":[{"id":"a"}],"pagination":{"limit":1,"offset":0,"totalResults":2,"nextUrl":"https://developer.api.autodesk.com/construction/packages/v1/projects/p/packages?offset=1"}}""";
        var page2 = """{"results":[{"id":"b"}],"pagination":{"limit":1,"offset":1,"totalResults":2}}""";
        var (aps, wire) = AccM2Wire.Sequence(page1, page2);

        var ids = (await aps.Construction.Packages.ListPackagesAsync(Project, new PackagesListOptions { Limit = 1 }).ToListAsync()).Select(p => p.Id);

        ids.Should().Equal("a", "b");
        wire.Requests.Last().PathAndQuery().Should().Be($"/construction/packages/v1/projects/{Project}/packages?limit=1&offset=1");
    }
}
