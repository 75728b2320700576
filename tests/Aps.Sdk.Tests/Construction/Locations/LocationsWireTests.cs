using Aps.Sdk.Construction.Locations;
using static Aps.Sdk.Tests.Acc.AccmKit;

namespace Aps.Sdk.Tests.Acc.Locations;

public class LocationsWireTests
{
    private const string Path = $"/construction/locations/v2/projects/{ProjectGuid}/trees/default/nodes";

    private static string Fixture() => AccmKit.Fixture("Locations", "nodes.json");

    [Fact]
    public async Task ListNodes_sends_the_region_header_and_pages_by_offset_instead_of_the_relative_nextUrl()
    {
        var last = WithPagination(Fixture(), p =>
        {
            p["offset"] = 3;
            p["totalResults"] = 6;
            p["nextUrl"] = null;
        });
        using var kit = new AccmKit(Fixture(), last);
        var nodes = await kit.Client.Construction.Locations.ListNodesAsync(DmProjectId, new LocationNodeListOptions { Limit = 3, Region = ApsRegion.EMEA }).CollectAsync();

        nodes.Should().HaveCount(6);
        var requests = kit.Requests;
        requests.Should().HaveCount(2);
        requests[0].Method.Should().Be(HttpMethod.Get);
        requests[0].Uri.AbsolutePath.Should().Be(Path);
        Query(requests[0]).Should().Equal("limit=3");
        requests[0].Header("region").Should().Be("EMEA");

        // The example nextUrl is "/locations/v2/...": relative and without /construction; the SDK asks for the next
        // offset on the documented path instead.
        requests[1].Uri.AbsolutePath.Should().Be(Path);
        Query(requests[1]).Should().Equal("limit=3", "offset=3");
        requests[1].Header("region").Should().Be("EMEA");

        nodes[0].Id.Should().Be("5add4375-f223-4201-88b9-8049e68416aa");
        nodes[0].ParentId.Should().BeNull();
        nodes[0].Type.Should().Be("Root");
        nodes[0].Name.Should().Be("Project");
        nodes[1].Type.Should().Be("Area");
        nodes[1].Barcode.Should().Be("ABC123");
        nodes[2].Order.Should().Be(1);
        AllFieldsTyped(nodes);
    }

    [Fact]
    public async Task ListNodes_by_id_sends_a_comma_list_and_reads_one_page()
    {
        using var kit = new AccmKit(Fixture());
        var options = new LocationNodeListOptions();
        options.NodeIds.Add("d14ce3a6-e61b-4ab0-a9be-5acf7b5366df");
        options.NodeIds.Add("8da1faf2-a72f-421b-89df-00d77e545faf");
        var nodes = await kit.Client.Construction.Locations.ListNodesAsync(ProjectGuid, options).CollectAsync();

        nodes.Should().HaveCount(3);
        Query(kit.Single).Should().Equal("filter[id]=d14ce3a6-e61b-4ab0-a9be-5acf7b5366df,8da1faf2-a72f-421b-89df-00d77e545faf");
        kit.Single.Header("region").Should().BeNull("no region is set, so APS routes by itself");
    }

    [Fact]
    public void Bad_input_is_refused_before_any_call()
    {
        using var kit = new AccmKit("{}");
        var locations = kit.Client.Construction.Locations;
        FluentActions.Invoking(() => locations.ListNodesAsync(ProjectGuid, new LocationNodeListOptions { Limit = 10001 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => locations.ListNodesAsync(default)).Should().Throw<ArgumentException>();
        kit.Handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_region_other_than_US_or_EMEA_is_refused()
    {
        using var kit = new AccmKit("{}");
        var act = () => kit.Client.Construction.Locations.ListNodesAsync(ProjectGuid, new LocationNodeListOptions { Region = ApsRegion.AUS }).CollectAsync();
        await act.Should().ThrowAsync<ArgumentException>();
        kit.Handler.Count.Should().Be(0);
    }
}
