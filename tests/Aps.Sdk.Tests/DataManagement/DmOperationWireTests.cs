using System.Net;
using Aps.Sdk.DataManagement;
using static Aps.Sdk.Tests.Dm.DmWire;

namespace Aps.Sdk.Tests.Dm;

/// <summary>
/// Every one of the 41 Data Management operations on the wire: method, escaped path, query, <c>x-user-id</c> where
/// the row allows it, JSON:API body and content type, token.
/// </summary>
public sealed class DmOperationWireTests
{
    private const string User = "ACC-USER-42";
    private const string D = "/data/v1/projects/" + EscapedProject;
    private const string H = "/project/v1/hubs/" + Hub;
    private const string List = """{"jsonapi":{"version":"1.0"},"data":[]}""";
    private const string One = """{"jsonapi":{"version":"1.0"},"data":{"type":"x","id":"1"}}""";

    private sealed record Case(string Method, string PathAndQuery, Func<DataManagementClient, string?, Task> Call, string Response = One, int Status = 200, bool UserId = true, string? BodyType = null);

    private static readonly FolderId F = FolderUrn;
    private static readonly ItemId I = ItemUrn;
    private static readonly VersionId V = VersionUrn;
    private static readonly ProjectId P = Project;
    private static readonly HubId Hb = Hub;

    private static DmFilterOptions Fo(string? user, DmFilter? filter = null) => new() { UserId = user, Filter = filter };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["getHubs"] = new("GET", "/project/v1/hubs?filter[extension.type]=hubs%3Aautodesk.bim360%3AAccount", (c, u) => c.ListHubsAsync(Fo(u, new DmFilter().ByExtensionType("hubs:autodesk.bim360:Account"))).ToListAsync(), List),
        ["getHub"] = new("GET", H, (c, u) => c.GetHubAsync(Hb, new ApsRequestOptions { UserId = u })),
        ["getHubProjects"] = new("GET", H + "/projects?filter[id]=b.1&page[number]=2&page[limit]=50", (c, u) => c.ListProjectsAsync(Hb, new DmListOptions { UserId = u, Filter = new DmFilter().ById("b.1"), PageNumber = 2, PageLimit = 50 }).ToListAsync(), List),
        ["getProject"] = new("GET", H + "/projects/" + Project, (c, u) => c.GetProjectAsync(Hb, P, new ApsRequestOptions { UserId = u })),
        ["getProjectHub"] = new("GET", H + "/projects/" + Project + "/hub", (c, u) => c.GetProjectHubAsync(Hb, P, new ApsRequestOptions { UserId = u })),
        ["getProjectTopFolders"] = new("GET", H + "/projects/" + Project + "/topFolders?excludeDeleted=true&projectFilesOnly=true", (c, u) => c.ListTopFoldersAsync(Hb, P, new DmTopFoldersOptions { UserId = u, ExcludeDeleted = true, ProjectFilesOnly = true }).ToListAsync(), List),
        ["getFolder"] = new("GET", D + "/folders/" + EscapedFolder, (c, u) => c.GetFolderAsync(P, F, new ApsRequestOptions { UserId = u })),
        ["patchFolder"] = new("PATCH", D + "/folders/" + EscapedFolder, (c, u) => c.PatchFolderAsync(P, F, DmRequests.PatchFolder(F, hidden: true), new ApsRequestOptions { UserId = u }), BodyType: "folders"),
        ["getFolderParent"] = new("GET", D + "/folders/" + EscapedFolder + "/parent", (c, u) => c.GetFolderParentAsync(P, F, new ApsRequestOptions { UserId = u })),
        ["getFolderContents"] = new("GET", D + "/folders/" + EscapedFolder + "/contents?filter[type]=items&filter[lastModifiedTimeRollup]-ge=2024-05-01T10%3A00%3A00.000Z&page[number]=0&page[limit]=200&includeHidden=true", (c, u) => c.ListFolderContentsAsync(P, F, new DmFolderContentsOptions { UserId = u, Filter = new DmFilter().ByType("items").ByLastModifiedTimeRollup(DmFilterOperator.GreaterThanOrEqual, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(2))), PageNumber = 0, PageLimit = 200, IncludeHidden = true }).ToListAsync(), List),
        ["getFolderRefs"] = new("GET", D + "/folders/" + EscapedFolder + "/refs?filter[type]=versions", (c, u) => c.ListFolderRefsAsync(P, F, Fo(u, new DmFilter().ByType("versions"))).ToListAsync(), List),
        ["getFolderSearch"] = new("GET", D + "/folders/" + EscapedFolder + "/search?filter[fileType]=rvt%2Cdwg&filter[attributes.displayName]-contains=Level%201&page[number]=1", (c, _) => c.SearchFolderAsync(P, F, new DmSearchOptions { Filter = new DmFilter().Where("fileType", DmFilterOperator.EqualTo, "rvt", "dwg").ByDisplayName(DmFilterOperator.Contains, "Level 1"), PageNumber = 1 }).ToListAsync(), List, UserId: false),
        ["getFolderRelationshipsRefs"] = new("GET", D + "/folders/" + EscapedFolder + "/relationships/refs?filter[refType]=xrefs&filter[direction]=from", (c, u) => c.ListFolderRelationshipRefsAsync(P, F, Fo(u, new DmFilter().ByRefType("xrefs").ByDirection("from"))).ToListAsync(), List),
        ["createFolderRelationshipsRef"] = new("POST", D + "/folders/" + EscapedFolder + "/relationships/refs", (c, u) => c.CreateFolderRelationshipRefAsync(P, F, DmRequests.CreateRelationshipRef("versions", VersionUrn, "auxiliary:autodesk.core:Attachment"), new ApsRequestOptions { UserId = u }), string.Empty, 204, BodyType: "versions"),
        ["getFolderRelationshipsLinks"] = new("GET", D + "/folders/" + EscapedFolder + "/relationships/links", (c, u) => c.ListFolderRelationshipLinksAsync(P, F, Fo(u)).ToListAsync(), List),
        ["getItem"] = new("GET", D + "/items/" + EscapedItem + "?includePathInProject=true", (c, u) => c.GetItemAsync(P, I, new DmGetItemOptions { UserId = u, IncludePathInProject = true })),
        ["patchItem"] = new("PATCH", D + "/items/" + EscapedItem, (c, u) => c.PatchItemAsync(P, I, DmRequests.PatchItem(I, "renamed.rvt"), new ApsRequestOptions { UserId = u }), BodyType: "items"),
        ["getItemParentFolder"] = new("GET", D + "/items/" + EscapedItem + "/parent", (c, u) => c.GetItemParentAsync(P, I, new ApsRequestOptions { UserId = u })),
        ["getItemRelationshipsRefs"] = new("GET", D + "/items/" + EscapedItem + "/relationships/refs?filter[extension.type]=xrefs%3Aautodesk.core%3AXref", (c, u) => c.ListItemRelationshipRefsAsync(P, I, Fo(u, new DmFilter().ByExtensionType("xrefs:autodesk.core:Xref"))).ToListAsync(), List),
        ["createItemRelationshipsRef"] = new("POST", D + "/items/" + EscapedItem + "/relationships/refs", (c, u) => c.CreateItemRelationshipRefAsync(P, I, DmRequests.CreateRelationshipRef("items", ItemUrn, "auxiliary:autodesk.core:Attachment"), new ApsRequestOptions { UserId = u }), string.Empty, 204, BodyType: "items"),
        ["getItemRefs"] = new("GET", D + "/items/" + EscapedItem + "/refs", (c, u) => c.ListItemRefsAsync(P, I, Fo(u)).ToListAsync(), List),
        ["getItemRelationshipsLinks"] = new("GET", D + "/items/" + EscapedItem + "/relationships/links", (c, u) => c.ListItemRelationshipLinksAsync(P, I, Fo(u)).ToListAsync(), List),
        ["getItemTip"] = new("GET", D + "/items/" + EscapedItem + "/tip", (c, u) => c.GetItemTipAsync(P, I, new ApsRequestOptions { UserId = u })),
        ["getItemVersions"] = new("GET", D + "/items/" + EscapedItem + "/versions?filter[versionNumber]=1%2C2&page[limit]=10", (c, u) => c.ListItemVersionsAsync(P, I, new DmListOptions { UserId = u, Filter = new DmFilter().ByVersionNumber(1, 2), PageLimit = 10 }).ToListAsync(), List),
        ["getVersion"] = new("GET", D + "/versions/" + EscapedVersion, (c, u) => c.GetVersionAsync(P, V, new ApsRequestOptions { UserId = u })),
        ["patchVersion"] = new("PATCH", D + "/versions/" + EscapedVersion, (c, _) => c.PatchVersionAsync(P, V, DmRequests.PatchVersion(V, "v2.rvt")), UserId: false, BodyType: "versions"),
        ["getVersionItem"] = new("GET", D + "/versions/" + EscapedVersion + "/item", (c, u) => c.GetVersionItemAsync(P, V, new ApsRequestOptions { UserId = u })),
        ["getVersionRefs"] = new("GET", D + "/versions/" + EscapedVersion + "/refs", (c, u) => c.ListVersionRefsAsync(P, V, Fo(u)).ToListAsync(), List),
        ["getVersionRelationshipsRefs"] = new("GET", D + "/versions/" + EscapedVersion + "/relationships/refs", (c, u) => c.ListVersionRelationshipRefsAsync(P, V, Fo(u)).ToListAsync(), List),
        ["createVersionRelationshipsRef"] = new("POST", D + "/versions/" + EscapedVersion + "/relationships/refs", (c, u) => c.CreateVersionRelationshipRefAsync(P, V, DmRequests.CreateRelationshipRef("versions", "urn:adsk.wipprod:dm.file:vf.RWaeIVhIjvHu6e?version=2", "auxiliary:autodesk.core:Attachment"), new ApsRequestOptions { UserId = u }), string.Empty, 204, BodyType: "versions"),
        ["getVersionRelationshipsLinks"] = new("GET", D + "/versions/" + EscapedVersion + "/relationships/links", (c, u) => c.ListVersionRelationshipLinksAsync(P, V, Fo(u)).ToListAsync(), List),
        ["getVersionDownloadFormats"] = new("GET", D + "/versions/" + EscapedVersion + "/downloadFormats", (c, u) => c.GetVersionDownloadFormatsAsync(P, V, new ApsRequestOptions { UserId = u })),
        ["getVersionDownloads"] = new("GET", D + "/versions/" + EscapedVersion + "/downloads?filter[format.fileType]=pdf", (c, u) => c.ListVersionDownloadsAsync(P, V, Fo(u, new DmFilter().ByFileType("pdf"))).ToListAsync(), List),
        ["createStorage"] = new("POST", D + "/storage", (c, u) => c.CreateStorageAsync(P, DmRequests.CreateStorage("drawing.dwg", F), new ApsRequestOptions { UserId = u }), Status: 201, BodyType: "objects"),
        ["createFolder"] = new("POST", D + "/folders", (c, u) => c.CreateFolderAsync(P, DmRequests.CreateFolder("Specs", F), new ApsRequestOptions { UserId = u }), Status: 201, BodyType: "folders"),
        ["createItem"] = new("POST", D + "/items?copyFrom=" + EscapedVersion, (c, u) => c.CreateItemAsync(P, DmRequests.CreateItem(F, "a.rvt", "urn:adsk.objects:os.object:wip.dm.prod/a.rvt"), new DmCreateOptions { UserId = u, CopyFrom = V }), Status: 201, BodyType: "items"),
        ["createVersion"] = new("POST", D + "/versions", (c, u) => c.CreateVersionAsync(P, DmRequests.CreateVersion(I, "a.rvt", "urn:adsk.objects:os.object:wip.dm.prod/b.rvt"), new DmCreateOptions { UserId = u }), Status: 201, BodyType: "versions"),
        ["getDownload"] = new("GET", D + "/downloads/job-1", (c, u) => c.GetDownloadAsync(P, "job-1", new ApsRequestOptions { UserId = u })),
        ["createDownload"] = new("POST", D + "/downloads", (c, u) => c.CreateDownloadAsync(P, DmRequests.CreateDownload(V, "dwf"), new ApsRequestOptions { UserId = u }), """{"data":[{"type":"jobs","id":"job-1","attributes":{"status":"queued"}}]}""", 202, BodyType: "downloads"),
        ["getDownloadJob"] = new("GET", D + "/jobs/job-1", (c, u) => c.GetDownloadJobAsync(P, "job-1", new ApsRequestOptions { UserId = u }), """{"data":{"type":"jobs","id":"job-1","attributes":{"status":"processing"}}}"""),
        ["executeCommand"] = new("POST", D + "/commands", (c, u) => c.ExecuteCommandAsync(P, DmRequests.Command("commands:autodesk.core:CheckPermission", null, [("items", ItemUrn)]), new ApsRequestOptions { UserId = u }), BodyType: "commands"),
    };

    public static TheoryData<string> Operations() => [.. Cases.Keys];

    [Fact]
    public void There_is_a_case_for_each_of_the_41_rows()
        => Cases.Should().HaveCount(41);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Sends_method_escaped_path_query_user_and_body(string operation)
    {
        var @case = Cases[operation];
        var (client, handler) = Create((_, _) => @case.Status == 204
            ? new HttpResponseMessage(HttpStatusCode.NoContent)
            : JsonApiResponse(@case.Response, (HttpStatusCode)@case.Status));

        await @case.Call(client, @case.UserId ? User : null);

        var request = handler.Single;
        request.Method.Method.Should().Be(@case.Method);
        request.Uri.Host.Should().Be("developer.api.autodesk.com");
        request.PathAndQuery().Should().Be(@case.PathAndQuery);
        request.Header("Authorization").Should().Be("Bearer static-access-token-value");
        request.Header("x-user-id").Should().Be(@case.UserId ? User : null);
        if (@case.BodyType is { } type)
        {
            request.ContentType.Should().Be("application/vnd.api+json");
            var body = request.BodyJson();
            body.GetProperty("jsonapi").GetProperty("version").GetString().Should().Be("1.0");
            body.GetProperty("data").GetProperty("type").GetString().Should().Be(type);
        }
        else
        {
            request.Body.Should().BeNull();
        }
    }
}
