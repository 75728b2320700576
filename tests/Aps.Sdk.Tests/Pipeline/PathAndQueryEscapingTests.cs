using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class PathAndQueryEscapingTests
{
    private const string ObjectsPrefix = Base + "/oss/v2/buckets/my-bucket/objects/";

    public static TheoryData<string, string> ObjectKeys => new()
    {
        { "folder/sub/file.rvt", "folder%2Fsub%2Ffile.rvt" },
        { "what?x=1", "what%3Fx%3D1" },
        { "part#2", "part%232" },
        { "100%.dwg", "100%25.dwg" },
        { "my file.rvt", "my%20file.rvt" },
        { "Ünïcødé 文件.dwg", "%C3%9Cn%C3%AFc%C3%B8d%C3%A9%20%E6%96%87%E4%BB%B6.dwg" },
        { "a/../b", "a%2F..%2Fb" },
        { "%2e%2e", "%252e%252e" },
        { "...", "..." },
        { "plus+and&amp", "plus%2Band%26amp" },
    };

    [Theory]
    [MemberData(nameof(ObjectKeys))]
    public async Task Object_key_is_sent_as_exactly_one_escaped_segment(string objectKey, string expectedSegment)
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await GetItemAsync(client, GetObject(), path: ["my-bucket", objectKey]);

        var uri = handler.Single.Uri;
        uri.AbsoluteUri.Should().Be(ObjectsPrefix + expectedSegment);
        uri.Query.Should().BeEmpty();
        uri.Fragment.Should().BeEmpty();
        uri.Segments.Should().HaveCount(7, "'/', oss/, v2/, buckets/, my-bucket/, objects/ and the key");
        Uri.UnescapeDataString(uri.Segments[^1]).Should().Be(objectKey);
    }

    [Fact]
    public async Task Data_management_version_urn_is_one_segment_with_question_mark_and_equals_escaped()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var spec = Get("/data/v1/projects/{projectId}/versions/{versionId}", area: "DataManagement");

        await GetItemAsync(client, spec, path: ["b.project-1", "urn:adsk.wipprod:fs.file:vf.abc?version=2"]);

        var uri = handler.Single.Uri;
        uri.AbsoluteUri.Should().Be(Base + "/data/v1/projects/b.project-1/versions/urn%3Aadsk.wipprod%3Afs.file%3Avf.abc%3Fversion%3D2");
        uri.Query.Should().BeEmpty("?version=2 belongs to the id, not to the query string");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("   ")]
    public void Dot_segments_and_empty_values_are_refused_before_anything_is_sent(string objectKey)
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        var act = () => client.Pipeline.CreateRequest(GetObject(), null, ["my-bucket", objectKey]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("objectKey");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Dot_dot_key_fails_the_whole_call_without_a_request()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        var act = () => GetItemAsync(client, GetObject(), path: ["..", "key"]);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("bucketKey");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public void Null_value_is_refused_naming_the_parameter()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        var act = () => client.Pipeline.CreateRequest(GetObject(), null, ["my-bucket", null]);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("objectKey");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Query_values_are_escaped_and_filter_keys_keep_their_brackets()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var query = new QueryBuilder()
            .Add("filter[type]", "items:autodesk.core:File")
            .Add("filter[extension.type]", "a&b=c #d")
            .Add("page[number]", 2)
            .Add("q", "50% off/?")
            .Add("skipped", (string?)null)
            .AddCommaSeparated("fields[items]", ["name", "size"]);

        await GetItemAsync(client, Get("/data/v1/projects/{projectId}/folders/{folderId}/contents"), query: query, path: ["b.p", "urn:adsk.wipprod:fs.folder:co.X"]);

        handler.Single.Uri.AbsoluteUri.Should().Be(
            Base + "/data/v1/projects/b.p/folders/urn%3Aadsk.wipprod%3Afs.folder%3Aco.X/contents"
            + "?filter[type]=items%3Aautodesk.core%3AFile"
            + "&filter[extension.type]=a%26b%3Dc%20%23d"
            + "&page[number]=2"
            + "&q=50%25%20off%2F%3F"
            + "&fields[items]=name%2Csize");
    }

    [Fact]
    public void Query_names_escape_everything_but_brackets()
    {
        QueryBuilder.EscapeName("filter[attr&x]").Should().Be("filter[attr%26x]");
        QueryBuilder.EscapeName("a b=c").Should().Be("a%20b%3Dc");
    }

    [Fact]
    public async Task Custom_method_colon_in_a_literal_path_stays_intact()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var spec = new OperationSpec("AccountAdmin", "ImportUsers", HttpMethod.Post, "/construction/admin/v2/projects/{projectId}/users:import")
        {
            Scopes = ApsScopes.Create(ApsScopes.AccountWrite),
        };

        await SendItemAsync(client, client.Pipeline.CreateRequest(spec, null, ["proj:1"]));

        handler.Single.Uri.AbsoluteUri.Should().Be(Base + "/construction/admin/v2/projects/proj%3A1/users:import");
        handler.Single.Uri.Scheme.Should().Be("https");
    }

    [Fact]
    public async Task Literal_at_me_segment_is_kept()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await GetItemAsync(client, Get("/webhooks/v1/tokens/@me", area: "Webhooks"));

        handler.Single.Uri.AbsoluteUri.Should().Be(Base + "/webhooks/v1/tokens/@me");
    }

    [Fact]
    public async Task Dotted_webhook_event_stays_one_segment()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);

        await GetItemAsync(client, Get("/webhooks/v1/systems/{system}/events/{event}/hooks", area: "Webhooks"), path: ["data", "dm.version.added"]);

        handler.Single.Uri.AbsoluteUri.Should().Be(Base + "/webhooks/v1/systems/data/events/dm.version.added/hooks");
    }
}
