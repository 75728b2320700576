using System.Net;
using System.Text.Json;
using Aps.Sdk.DataManagement;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Dm;

/// <summary>An in-memory Data Management wire: records each request and answers with the responder.</summary>
internal static class DmWire
{
    public const string Project = "b.6f8813fe-31a7-4440-bc63-d8ca97c856b4";
    public const string EscapedProject = "b.6f8813fe-31a7-4440-bc63-d8ca97c856b4";
    public const string Hub = "b.1d2e3f40-aaaa-bbbb-cccc-123456789012";
    public const string FolderUrn = "urn:adsk.wipprod:fs.folder:co.mgS-lb-BThaTdHnhiN_mbA";
    public const string EscapedFolder = "urn%3Aadsk.wipprod%3Afs.folder%3Aco.mgS-lb-BThaTdHnhiN_mbA";
    public const string ItemUrn = "urn:adsk.wipprod:dm.lineage:b909RzMKR4mhc3O7UBY_8g";
    public const string EscapedItem = "urn%3Aadsk.wipprod%3Adm.lineage%3Ab909RzMKR4mhc3O7UBY_8g";
    public const string VersionUrn = "urn:adsk.wipprod:fs.file:vf.b909RzMKR4mhc3O7UBY_8g?version=2";
    public const string EscapedVersion = "urn%3Aadsk.wipprod%3Afs.file%3Avf.b909RzMKR4mhc3O7UBY_8g%3Fversion%3D2";

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "DataManagement", name));

    public static (DataManagementClient Client, RecordingHandler Handler) Create(Func<HttpRequestMessage, int, HttpResponseMessage> respond, Action<ApsOptions>? configure = null)
    {
        var handler = new RecordingHandler(respond);
        return (TestClients.WithStaticToken(handler, configure).DataManagement, handler);
    }

    public static (DataManagementClient Client, RecordingHandler Handler) Json(string json, HttpStatusCode status = HttpStatusCode.OK)
        => Create((_, _) => JsonApiResponse(json, status));

    public static HttpResponseMessage JsonApiResponse(string json, HttpStatusCode status = HttpStatusCode.OK)
        => Responses.Json(json, status, "application/vnd.api+json");

    public static string PathAndQuery(this RecordedRequest request) => request.Uri.PathAndQuery;

    public static JsonElement BodyJson(this RecordedRequest request) => JsonDocument.Parse(request.Body!).RootElement;

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
