using Aps.Sdk.DataManagement;

namespace Aps.Sdk.AotSmoke;

/// <summary>Data Management: a JSON:API hubs list over two pages (<c>links.next</c>), typed attributes and region.</summary>
internal sealed class DataManagementSmoke : ISmokeCheck
{
    public string Name => "Data Management: ListHubsAsync over links.next";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .On(HttpMethod.Get, "/project/v1/hubs", request => request.RequestUri!.Query.Contains("number", StringComparison.Ordinal)
                ? CannedHandler.Json("""
                    {"jsonapi":{"version":"1.0"},"links":{"self":{"href":"https://developer.api.autodesk.com/project/v1/hubs?page[number]=1"}},
                     "data":[{"type":"hubs","id":"b.hub-2","attributes":{"name":"Second hub","region":"EMEA","extension":{"type":"hubs:autodesk.bim360:Account","version":"1.0"}}}]}
                    """)
                : CannedHandler.Json("""
                    {"jsonapi":{"version":"1.0"},"links":{"self":{"href":"https://developer.api.autodesk.com/project/v1/hubs"},"next":{"href":"https://developer.api.autodesk.com/project/v1/hubs?page[number]=1"}},
                     "data":[{"type":"hubs","id":"b.hub-1","attributes":{"name":"First hub","region":"US","extension":{"type":"hubs:autodesk.bim360:Account","version":"1.0"}},
                              "relationships":{"projects":{"links":{"related":{"href":"https://developer.api.autodesk.com/project/v1/hubs/b.hub-1/projects"}}}}}],
                     "meta":{"warnings":[]}}
                    """));
        using var client = handler.CreateClient();

        var hubs = new List<string>();
        await foreach (var hub in client.DataManagement.ListHubsAsync().ConfigureAwait(false))
        {
            hubs.Add($"{hub.Id}:{hub.Attributes!.Name}:{hub.Attributes.Region}");
        }

        Check.Equal("b.hub-1:First hub:US,b.hub-2:Second hub:EMEA", string.Join(',', hubs), "hubs over pages");
        Check.Equal(2, handler.Seen.Count(s => s.StartsWith("GET /project/v1/hubs", StringComparison.Ordinal)), "two page requests");
    }
}
