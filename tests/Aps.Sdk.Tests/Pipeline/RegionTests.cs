using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class RegionTests
{
    private static OperationSpec HqUsers() => new("AccountAdmin", "GetHqUsers", HttpMethod.Get, "/hq/v1/accounts/{account_id}/users")
    {
        Scopes = Read,
        RegionStyle = RegionStyle.HqLegacyPath,
        AllowedRegions = [ApsRegion.US, ApsRegion.EMEA],
    };

    private static async Task<RecordedRequest> SendAsync(OperationSpec spec, ApsRequestOptions? options, ApsRegion? defaultRegion, params string[] path)
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler, o => o.DefaultRegion = defaultRegion);
        await GetItemAsync(client, spec, options, path: path);
        return handler.Single;
    }

    private static string[] HeaderNames(RecordedRequest request) => [.. request.Headers.Keys];

    [Fact]
    public async Task XAdsRegion_header_carries_the_call_region_over_the_default()
    {
        var request = await SendAsync(GetObject(RegionStyle.XAdsRegionHeader), new ApsRequestOptions { Region = ApsRegion.EMEA }, ApsRegion.US, "b", "k");

        request.Header("x-ads-region").Should().Be("EMEA");
        request.Uri.Query.Should().BeEmpty();
    }

    [Fact]
    public async Task XAdsRegion_header_uses_the_default_region_when_the_call_sets_none()
    {
        var request = await SendAsync(GetObject(RegionStyle.XAdsRegionHeader), new ApsRequestOptions(), ApsRegion.EMEA, "b", "k");

        request.Header("x-ads-region").Should().Be("EMEA");
    }

    [Fact]
    public async Task Region_header_is_spelled_as_the_spec_spells_it()
    {
        var spec = new OperationSpec("ModelDerivative", "GetManifest", HttpMethod.Get, "/modelderivative/v2/designdata/{urn}/manifest")
        {
            Scopes = Read,
            RegionStyle = RegionStyle.RegionHeader,
            RegionHeaderName = "Region",
        };

        var request = await SendAsync(spec, new ApsRequestOptions { Region = ApsRegion.AUS }, ApsRegion.EMEA, "dXJuOmFkc2s");

        HeaderNames(request).Should().Contain("Region").And.NotContain("region").And.NotContain("x-ads-region");
        request.Header("Region").Should().Be("AUS");
    }

    [Fact]
    public async Task Region_query_adds_region_to_the_query_string()
    {
        var spec = new OperationSpec("Oss", "GetBuckets", HttpMethod.Get, "/oss/v2/buckets") { Scopes = Read, RegionStyle = RegionStyle.RegionQuery };

        var request = await SendAsync(spec, new ApsRequestOptions { Region = ApsRegion.EMEA }, ApsRegion.US);

        request.Uri.AbsoluteUri.Should().Be(Base + "/oss/v2/buckets?region=EMEA");
        request.Header("x-ads-region").Should().BeNull();
        request.Header("region").Should().BeNull();
    }

    [Fact]
    public async Task Region_query_is_appended_after_the_other_query_parameters()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler, o => o.DefaultRegion = ApsRegion.US);
        var spec = new OperationSpec("Oss", "GetBuckets", HttpMethod.Get, "/oss/v2/buckets") { Scopes = Read, RegionStyle = RegionStyle.RegionQuery };

        await GetItemAsync(client, spec, null, new QueryBuilder().Add("limit", 10));

        handler.Single.Uri.AbsoluteUri.Should().Be(Base + "/oss/v2/buckets?limit=10&region=US");
    }

    [Fact]
    public async Task Hq_legacy_path_inserts_regions_eu_for_EMEA()
    {
        var request = await SendAsync(HqUsers(), new ApsRequestOptions { Region = ApsRegion.EMEA }, ApsRegion.US, "acc-1");

        request.Uri.AbsoluteUri.Should().Be(Base + "/hq/v1/regions/eu/accounts/acc-1/users");
        request.Header("x-ads-region").Should().BeNull();
    }

    [Fact]
    public async Task Hq_legacy_path_is_plain_for_US()
    {
        var request = await SendAsync(HqUsers(), new ApsRequestOptions { Region = ApsRegion.US }, ApsRegion.EMEA, "acc-1");

        request.Uri.AbsoluteUri.Should().Be(Base + "/hq/v1/accounts/acc-1/users");
    }

    [Fact]
    public async Task Hq_legacy_path_follows_the_default_region()
    {
        var request = await SendAsync(HqUsers(), null, ApsRegion.EMEA, "acc-1");

        request.Uri.AbsoluteUri.Should().Be(Base + "/hq/v1/regions/eu/accounts/acc-1/users");
    }

    [Theory]
    [InlineData(nameof(RegionStyle.XAdsRegionHeader))]
    [InlineData(nameof(RegionStyle.RegionHeader))]
    [InlineData(nameof(RegionStyle.RegionQuery))]
    [InlineData(nameof(RegionStyle.HqLegacyPath))]
    public async Task Without_any_region_nothing_is_sent(string styleName)
    {
        var style = Enum.Parse<RegionStyle>(styleName);
        var spec = new OperationSpec("Any", "GetThing", HttpMethod.Get, "/hq/v1/accounts/{account_id}/users") { Scopes = Read, RegionStyle = style };

        var request = await SendAsync(spec, new ApsRequestOptions(), null, "acc-1");

        request.Uri.AbsoluteUri.Should().Be(Base + "/hq/v1/accounts/acc-1/users");
        HeaderNames(request).Should().NotContain(name => name.Equals("region", StringComparison.OrdinalIgnoreCase) || name.Equals("x-ads-region", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Required_region_falls_back_to_US()
    {
        var spec = new OperationSpec("Oss", "CreateBucket", HttpMethod.Post, "/oss/v2/buckets")
        {
            Scopes = Read,
            RegionStyle = RegionStyle.RegionHeader,
            RegionHeaderName = "region",
            RegionRequired = true,
            AllowedRegions = [ApsRegion.US, ApsRegion.EMEA, ApsRegion.APAC],
        };

        var request = await SendAsync(spec, null, null);

        request.Header("region").Should().Be("US");
    }

    [Fact]
    public async Task Required_region_still_prefers_the_call_region()
    {
        var spec = new OperationSpec("Oss", "CreateBucket", HttpMethod.Post, "/oss/v2/buckets")
        {
            Scopes = Read,
            RegionStyle = RegionStyle.RegionHeader,
            RegionRequired = true,
        };

        var request = await SendAsync(spec, new ApsRequestOptions { Region = ApsRegion.APAC }, ApsRegion.EMEA);

        request.Header("region").Should().Be("APAC");
    }

    [Fact]
    public void Region_outside_the_allowed_list_is_refused_before_sending()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var spec = new OperationSpec("Oss", "GetBuckets", HttpMethod.Get, "/oss/v2/buckets")
        {
            Scopes = Read,
            RegionStyle = RegionStyle.RegionQuery,
            AllowedRegions = [ApsRegion.US, ApsRegion.EMEA, ApsRegion.APAC],
        };

        var act = () => client.Pipeline.CreateRequest(spec, new ApsRequestOptions { Region = ApsRegion.JPN }, []);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("JPN");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public void Allowed_regions_compare_case_insensitively()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var spec = new OperationSpec("Oss", "GetObject", HttpMethod.Get, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}")
        {
            Scopes = Read,
            RegionStyle = RegionStyle.XAdsRegionHeader,
            AllowedRegions = [ApsRegion.US, ApsRegion.EMEA],
        };

        using var request = client.Pipeline.CreateRequest(spec, new ApsRequestOptions { Region = new ApsRegion("emea") }, ["b", "k"]);

        request.Headers.GetValues("x-ads-region").Should().ContainSingle();
    }

    [Fact]
    public void Region_on_an_operation_that_takes_none_is_refused()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        var act = () => client.Pipeline.CreateRequest(GetObject(RegionStyle.None), new ApsRequestOptions { Region = ApsRegion.EMEA }, ["b", "k"]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("options");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Default_region_is_ignored_by_an_operation_that_takes_none()
    {
        var request = await SendAsync(GetObject(RegionStyle.None), null, ApsRegion.EMEA, "b", "k");

        request.Uri.AbsoluteUri.Should().Be(Base + "/oss/v2/buckets/b/objects/k");
        request.Header("x-ads-region").Should().BeNull();
        request.Header("region").Should().BeNull();
    }
}
