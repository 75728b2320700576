using Aps.Sdk.Tests.Acc;

namespace Aps.Sdk.Tests.DataManagementSchema;

public class DataManagementSchemaLinkWireTests
{
    private static string Fixture() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "DataManagementSchema", "schema-hub.json"));

    [Theory]
    [InlineData("https://developer.api.autodesk.com/schema/v1/versions/hubs%3Aautodesk.core%3AHub-1.0", "/schema/v1/versions/hubs%3Aautodesk.core%3AHub-1.0")]
    [InlineData("/schema/v1/versions/hubs%3Aautodesk.core%3AHub-1.0", "/schema/v1/versions/hubs%3Aautodesk.core%3AHub-1.0")]
    [InlineData("https://developer.api.autodesk.com/schema/v1/versions/hubs%3Aautodesk.core%3AHubs=1.0", "/schema/v1/versions/hubs%3Aautodesk.core%3AHubs=1.0")]
    public async Task GetExtensionSchema_follows_absolute_and_relative_links_as_written(string href, string expectedPath)
    {
        var (aps, wire) = AccM2Wire.Json(Fixture());

        var schema = await aps.DataManagement.GetExtensionSchemaAsync(href);

        wire.Single.Method.Should().Be(HttpMethod.Get);
        wire.Single.PathAndQuery().Should().Be(expectedPath);
        wire.Single.Header("Authorization").Should().StartWith("Bearer ");
        schema.Id.Should().Be("hubs:autodesk.core:Hub-1.0");
        schema.Schema.Should().Be("http://json-schema.org/draft-04/schema#");
        schema.Title.Should().Be("Hub");
        schema.Description.Should().StartWith("Extension schema");
        schema.Type!.Value.GetString().Should().Be("object");
        schema.Properties!.Value.GetProperty("data").GetProperty("type").GetString().Should().Be("object");
        schema.Required!.Value[0].GetString().Should().Be("data");
        schema.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task GetExtensionSchemaByType_builds_and_escapes_the_schema_id()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture());

        await aps.DataManagement.GetExtensionSchemaByTypeAsync("items:autodesk.bim360:File", "1.0");

        wire.Single.PathAndQuery().Should().Be("/schema/v1/versions/items%3Aautodesk.bim360%3AFile-1.0");
    }

    [Fact]
    public async Task GetExtensionSchema_never_sends_the_token_to_another_host_or_path()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture());

        var otherHost = () => aps.DataManagement.GetExtensionSchemaAsync("https://evil.example.com/schema/v1/versions/x-1.0");
        var otherPath = () => aps.DataManagement.GetExtensionSchemaAsync("/data/v1/projects/p");

        await otherHost.Should().ThrowAsync<ApsException>();
        await otherPath.Should().ThrowAsync<ArgumentException>();
        wire.Count.Should().Be(0);
    }
}
