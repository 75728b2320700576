using System.Net;
using Aps.Sdk.DataManagement;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Dm.DmWire;

namespace Aps.Sdk.Tests.Dm;

/// <summary>The seed documents (004 field guide, 003 how-to, 002 errors) land in typed properties; paging, included, errors, warnings, conditions, jobs.</summary>
public sealed class DmDocumentWireTests
{
    private static readonly ProjectId P = Project;

    [Fact]
    public async Task Hub_document_is_typed_with_region_extension_and_relationships()
    {
        var (client, _) = Json(Fixture("hub.json"));

        var hub = await client.GetHubAsync("a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjE");

        hub.Data!.Type.Should().Be("hubs");
        hub.Data.Id.Should().Be("a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjE");
        hub.Data.Attributes!.Name.Should().Be("my hub");
        hub.Data.Attributes.Region.Should().Be(ApsRegion.US);
        hub.Data.Attributes.Extension!.Type.Should().Be("hubs:autodesk.core:Hub");
        hub.Data.Attributes.Extension.Version.Should().Be("1.0");
        hub.Data.Attributes.Extension.Schema!.Href.Should().Be("/schema/v1/versions/hubs%3Aautodesk.core%3AHub-1.0");
        hub.Data.Attributes.AdditionalData.Should().BeNullOrEmpty();
        hub.Data.Relationships["projects"].Links!.Related!.Href.Should().Be("/project/v1/hubs/a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjE/projects");
        hub.Links!.Self!.Href.Should().Be("/project/v1/hubs/a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjE");
        hub.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task Project_document_gives_root_folder_and_hub()
    {
        var (client, handler) = Json(Fixture("project.json"));

        var project = await client.GetProjectAsync("a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjE", "a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjEjMjAyMzAzMTcwMDAwMDAx");

        handler.Single.PathAndQuery().Should().Be("/project/v1/hubs/a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjE/projects/a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjEjMjAyMzAzMTcwMDAwMDAx");
        project.Data!.Attributes!.Name.Should().Be("my project");
        project.Data.Attributes.Extension!.Type.Should().Be("projects:autodesk.core:Project");
        project.Data.GetRelated("rootFolder")!.Id.Should().Be("urn:adsk.wipprod:dm.folder:hC6k4hndRWaeIVhIjvHu8w");
        project.Data.GetRelated("hub")!.Id.Should().Be("a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjE");
        project.Data.Relationships["topFolders"].Links!.Related!.Href.Should().EndWith("/topFolders");
        project.Data.Relationships["rootFolder"].Meta!.Value.GetProperty("link").GetProperty("href").GetString().Should().StartWith("/data/v1/projects/");
    }

    [Fact]
    public async Task Folder_document_reads_every_documented_attribute()
    {
        var (client, _) = Json(Fixture("folder.json"));

        var folder = (await client.GetFolderAsync(P, "urn:adsk.wipprod:dm.folder:hC6k4hndRWaeIVhIjvHu8w")).Data!;

        var a = folder.Attributes!;
        a.Name.Should().Be("Plans");
        a.DisplayName.Should().Be("Plans");
        a.ObjectCount.Should().Be(4);
        a.Hidden.Should().BeFalse();
        a.CreateTime.Should().Be(new DateTimeOffset(2015, 11, 27, 11, 11, 23, TimeSpan.Zero));
        a.CreateUserId.Should().Be("BW9RM76WZBGL");
        a.CreateUserName.Should().Be("John Doe");
        a.LastModifiedTime.Should().Be(new DateTimeOffset(2015, 11, 27, 11, 11, 27, TimeSpan.Zero));
        a.LastModifiedUserName.Should().Be("John Doe");
        a.Extension!.Type.Should().Be("folders:autodesk.bim360:Folders");
        a.Extension.Data!.Value.GetProperty("allowedTypes").GetArrayLength().Should().Be(4);
        a.AdditionalData.Should().BeNullOrEmpty();
        folder.IsFolder.Should().BeTrue();
        folder.GetRelated("parent")!.Id.Should().Be("urn:adsk.wipprod:dm.folder:sdfedf8wefl");
        folder.Relationships["links"].Links!.Self!.Href.Should().EndWith("/relationships/links");
    }

    [Fact]
    public async Task Item_document_resolves_the_included_tip_version_and_its_storage()
    {
        var (client, _) = Json(Fixture("item.json"));

        var document = await client.GetItemAsync(P, "urn:adsk.wipprod:dm.lineage:hC6k4hndRWaeIVhIjvHu8w");

        var item = document.Data!;
        item.IsItem.Should().BeTrue();
        item.Attributes!.DisplayName.Should().Be("my file");
        item.Attributes.Reserved.Should().BeTrue();
        item.Attributes.ReservedUserName.Should().Be("John Doe");
        item.Attributes.ReservedTime.Should().Be(new DateTimeOffset(2015, 11, 27, 11, 11, 25, TimeSpan.Zero));
        item.Attributes.Extension!.Type.Should().Be("items:autodesk.bim360:Files");

        var tip = document.FindIncluded(item.GetRelated("tip")!);
        tip.Should().NotBeNull();
        var version = tip!.GetAttributes(DataManagementJsonContext.Default.DmVersionAttributes)!;
        version.VersionNumber.Should().Be(2);
        version.Name.Should().Be("version-test.pdf");
        version.MimeType.Should().Be("appplication/pdf");
        tip.Relationships["storage"].Data[0].Id.Should().Be("urn:adsk.objects:os.object:wip.dm.prod/3c8f6bbc-fe5c-4815-a92e-8b8635e7b1cb.pdf");
    }

    [Fact]
    public async Task Version_document_gives_storage_object_and_ids()
    {
        var (client, handler) = Json(Fixture("version.json"));

        var version = (await client.GetVersionAsync(P, VersionUrn)).Data!;

        handler.Single.PathAndQuery().Should().Be("/data/v1/projects/" + Project + "/versions/" + EscapedVersion);
        version.Attributes!.VersionNumber.Should().Be(2);
        version.Attributes.MimeType.Should().Be("application/pdf");
        version.Attributes.Name.Should().Be("version-test.pdf");
        version.Attributes.Extension!.Data!.Value.GetProperty("storageType").GetString().Should().Be("OSS");
        version.TryGetStorageId(out var storage).Should().BeTrue();
        storage.BucketKey.Should().Be("wip.dm.prod");
        storage.ObjectKey.Should().Be("9f8bdc3f-e29c-4ada-ab7b-bb8dfa821163.pdf");
        var id = new VersionId(version.Id!);
        id.VersionNumber.Should().Be(2);
        id.LineageUrn.Should().Be("urn:adsk.wipprod:fs.file:vf.b909RzMKR4mhc3O7UBY_8g");
        id.TryGetItemId(out var itemId).Should().BeTrue();
        itemId.Value.Should().Be(version.GetRelated("item")!.Id);
        version.Relationships["derivatives"].Meta!.Value.GetProperty("link").GetProperty("href").GetString().Should().EndWith("/manifest");
    }

    [Fact]
    public async Task Folder_contents_follow_links_next_and_carry_included_tip_versions_per_page()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Fixture("contents.json"))!;
        node["links"] = new System.Text.Json.Nodes.JsonObject { ["next"] = new System.Text.Json.Nodes.JsonObject { ["href"] = "https://developer.api.autodesk.com/data/v1/projects/p/folders/f/contents?page%5Bnumber%5D=1&page%5Blimit%5D=1" } };
        var page1 = node.ToJsonString();
        page1.Should().Contain("page%5Bnumber%5D=1");
        const string page2 = """{"jsonapi":{"version":"1.0"},"links":{"self":{"href":"x"}},"data":[{"type":"folders","id":"urn:adsk.wipprod:fs.folder:co.second","attributes":{"name":"Second","displayName":"Second","objectCount":0}}]}""";
        var (client, handler) = Create((_, i) => JsonApiResponse(i == 0 ? page1 : page2), o => o.DefaultRegion = null);

        var pages = await client.ListFolderContentsAsync(P, "urn:adsk.wipprod:fs.folder:co.uvDiLQ5DRYidDQ_EFW1OOg", new DmFolderContentsOptions { PageLimit = 1, UserId = "U1" }).AsPages().ToListAsync();

        pages.Should().HaveCount(2);
        var requests = handler.Requests.ToList();
        requests[0].PathAndQuery().Should().Be("/data/v1/projects/" + Project + "/folders/urn%3Aadsk.wipprod%3Afs.folder%3Aco.uvDiLQ5DRYidDQ_EFW1OOg/contents?page[limit]=1");
        requests[1].Uri.AbsoluteUri.Should().Be("https://developer.api.autodesk.com/data/v1/projects/p/folders/f/contents?page%5Bnumber%5D=1&page%5Blimit%5D=1");
        requests[1].Header("x-user-id").Should().Be("U1");
        requests[1].Header("Authorization").Should().Be("Bearer static-access-token-value");
        var item = pages[0].Values.Should().ContainSingle(e => e.IsItem).Subject;
        item.Attributes!.DisplayName.Should().NotBeNullOrEmpty();
        var tip = pages[0].Included.Should().ContainSingle(r => r.Id == item.GetRelated("tip")!.Id).Subject;
        tip.GetAttributes(DmJsonTypes.VersionAttributes)!.VersionNumber.Should().Be(1);
        pages[1].Values.Single().Attributes!.Name.Should().Be("Second");
        pages[1].ContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task Hub_list_keeps_meta_warnings_of_partial_region_failures()
    {
        var json = """
        {"jsonapi":{"version":"1.0"},"links":{"self":{"href":"/project/v1/hubs"}},
         "data":[{"type":"hubs","id":"b.1","attributes":{"name":"ACC","region":"EMEA","extension":{"type":"hubs:autodesk.bim360:Account","version":"1.0"}}}],
         "meta":{"warnings":[{"Id":null,"HttpStatusCode":"403","ErrorCode":"BIM360DM_ERROR","Title":"Unable to get hubs from BIM360DM EMEA.","Detail":"You don't have permission to access this API","AboutLink":null,"Source":[],"meta":[]}]}}
        """;
        var (client, _) = Json(json);

        var page = await client.ListHubsAsync().AsPages().ToListAsync();

        page.Single().Values.Single().Attributes!.Region.Should().Be(ApsRegion.EMEA);
        var warning = page.Single().Warnings.Should().ContainSingle().Subject;
        warning.ErrorCode.Should().Be("BIM360DM_ERROR");
        warning.Title.Should().Contain("EMEA");
    }

    [Fact]
    public async Task Hubs_403_with_only_warnings_is_an_exception_that_carries_them()
    {
        var json = """{"jsonapi":{"version":"1.0"},"data":[],"meta":{"warnings":[{"HttpStatusCode":"403","ErrorCode":"BIM360DM_ERROR","Title":"Unable to get hubs from BIM360DM US.","Detail":"no access"}]}}""";
        var (client, _) = Json(json, HttpStatusCode.Forbidden);

        var act = () => client.ListHubsAsync().ToListAsync();

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(403);
        error.Warnings.Should().ContainSingle().Which.ErrorCode.Should().Be("BIM360DM_ERROR");
    }

    [Fact]
    public async Task JsonApi_error_body_becomes_an_ApsException_with_the_error_list()
    {
        var (client, _) = Json(Fixture("error-folder-not-found.json"), HttpStatusCode.NotFound);

        var act = () => client.GetFolderAsync(P, FolderUrn);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(404);
        error.ErrorCode.Should().Be("FOLDER_NOT_FOUND");
        error.Errors.Should().ContainSingle().Which.Detail.Should().Be("ApiError Folder not found");
    }

    [Fact]
    public async Task Folder_if_changed_sends_the_iso_date_and_reads_304()
    {
        var (client, handler) = Create((_, _) => new HttpResponseMessage(HttpStatusCode.NotModified));

        var response = await client.GetFolderIfChangedAsync(P, FolderUrn, new ApsRequestOptions { IfModifiedSince = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 600, TimeSpan.Zero) });

        response.IsNotModified.Should().BeTrue();
        handler.Single.Header("If-Modified-Since").Should().Be("2024-01-02T03:04:05.600Z");
    }

    [Fact]
    public async Task A_condition_on_a_plain_get_is_refused_before_any_call()
    {
        var (client, handler) = Json("{}");

        var act = () => client.GetFolderAsync(P, FolderUrn, new ApsRequestOptions { IfModifiedSince = DateTimeOffset.UtcNow });

        await act.Should().ThrowAsync<ArgumentException>();
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Default_ids_and_search_with_a_user_are_refused_before_any_call()
    {
        var (client, handler) = Json("{}");

        await ((Func<Task>)(() => client.GetVersionAsync(P, default))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => client.GetHubAsync(default))).Should().ThrowAsync<ArgumentException>();
        ((Action)(() => client.ListFolderContentsAsync(default, FolderUrn))).Should().Throw<ArgumentException>();
        ((Action)(() => client.SearchFolderAsync(P, FolderUrn, new DmSearchOptions { UserId = "u" }))).Should().Throw<ArgumentException>();
        ((Action)(() => client.ListProjectsAsync(Hub, new DmListOptions { PageLimit = 201 }))).Should().Throw<ArgumentOutOfRangeException>();
        await ((Func<Task>)(() => client.PatchVersionAsync(P, VersionUrn, DmRequests.PatchVersion(VersionUrn, "n"), new ApsRequestOptions { UserId = "u" }))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => client.GetHubAsync(Hub, new ApsRequestOptions { Region = ApsRegion.EMEA }))).Should().ThrowAsync<ArgumentException>("Data Management routes by id and takes no region");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Create_item_body_has_the_tip_version_included_with_its_storage()
    {
        var (client, handler) = Json(Fixture("item.json"), HttpStatusCode.Created);

        await client.CreateItemAsync(P, DmRequests.CreateItem(FolderUrn, "house.rvt", "urn:adsk.objects:os.object:wip.dm.prod/abc.rvt", "items:autodesk.bim360:File", "versions:autodesk.bim360:File"));

        var body = handler.Single.BodyJson();
        var data = body.GetProperty("data");
        data.GetProperty("attributes").GetProperty("displayName").GetString().Should().Be("house.rvt");
        data.GetProperty("attributes").GetProperty("extension").GetProperty("type").GetString().Should().Be("items:autodesk.bim360:File");
        data.GetProperty("relationships").GetProperty("tip").GetProperty("data").GetProperty("id").GetString().Should().Be("1");
        data.GetProperty("relationships").GetProperty("parent").GetProperty("data").GetProperty("id").GetString().Should().Be(FolderUrn);
        var version = body.GetProperty("included")[0];
        version.GetProperty("id").GetString().Should().Be("1");
        version.GetProperty("attributes").GetProperty("name").GetString().Should().Be("house.rvt");
        version.GetProperty("relationships").GetProperty("storage").GetProperty("data").GetProperty("id").GetString().Should().Be("urn:adsk.objects:os.object:wip.dm.prod/abc.rvt");
    }

    [Fact]
    public async Task Relationship_ref_body_is_the_seed_002_example_with_the_version_id_raw()
    {
        var (client, handler) = Create((_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));

        await client.CreateVersionRelationshipRefAsync("a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjEjMjAyMzAzMTcwMDAwMDAx", "urn:adsk.wipprod:dm.file:vf.hC6k4hndRWaeIVhIjvHu8w?version=2", DmRequests.CreateRelationshipRef("versions", "urn:adsk.wipprod:dm.file:vf.RWaeIVhIjvHu6e?version=2", "auxiliary:autodesk.core:Attachment"));

        var request = handler.Single;
        request.PathAndQuery().Should().Be("/data/v1/projects/a.ZXhhbXBsZTp3aXAxZnFhYXV0b2Rlc2sxNjEjMjAyMzAzMTcwMDAwMDAx/versions/urn%3Aadsk.wipprod%3Adm.file%3Avf.hC6k4hndRWaeIVhIjvHu8w%3Fversion%3D2/relationships/refs");
        var data = request.BodyJson().GetProperty("data");
        data.GetProperty("type").GetString().Should().Be("versions");
        data.GetProperty("id").GetString().Should().Be("urn:adsk.wipprod:dm.file:vf.RWaeIVhIjvHu6e?version=2");
        data.GetProperty("meta").GetProperty("extension").GetProperty("type").GetString().Should().Be("auxiliary:autodesk.core:Attachment");
        data.GetProperty("meta").GetProperty("extension").GetProperty("version").GetString().Should().Be("1.0");
    }

    [Fact]
    public async Task Relationship_refs_read_the_meta_of_each_end()
    {
        var json = """
        {"jsonapi":{"version":"1.0"},"data":[{"type":"versions","id":"urn:adsk.wipprod:dm.file:vf.RWaeIVhIjvHu6e?version=2",
          "meta":{"refType":"auxiliary","fromId":"urn:adsk.wipprod:dm.file:vf.hC6k4hndRWaeIVhIjvHu8w?version=2","fromType":"versions","toId":"urn:adsk.wipprod:dm.file:vf.RWaeIVhIjvHu6e?version=2","toType":"versions","direction":"from",
          "extension":{"type":"auxiliary:autodesk.core:Attachment","version":"1.0"}}}]}
        """;
        var (client, _) = Json(json);

        var refs = await client.ListVersionRelationshipRefsAsync(P, VersionUrn).ToListAsync();

        var meta = refs.Single().Meta!;
        meta.RefType.Should().Be("auxiliary");
        meta.Direction.Should().Be("from");
        meta.FromType.Should().Be("versions");
        meta.ToId.Should().Be("urn:adsk.wipprod:dm.file:vf.RWaeIVhIjvHu6e?version=2");
        meta.Extension!.Type.Should().Be("auxiliary:autodesk.core:Attachment");
        meta.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task Download_job_303_is_followed_by_the_sdk_with_token_and_user()
    {
        var responses = new Queue<Func<HttpResponseMessage>>(
        [
            () => JsonApiResponse("""{"jsonapi":{"version":"1.0"},"data":{"type":"jobs","id":"job-9","attributes":{"status":"queued"}}}""", HttpStatusCode.Accepted),
            () => JsonApiResponse("""{"data":{"type":"jobs","id":"job-9","attributes":{"status":"processing"}}}"""),
            () =>
            {
                var redirect = new HttpResponseMessage(HttpStatusCode.SeeOther);
                redirect.Headers.Location = new Uri("/data/v1/projects/" + Project + "/downloads/job-9", UriKind.Relative);
                return redirect;
            },
            () => JsonApiResponse("""{"data":{"type":"downloads","id":"job-9","attributes":{"format":{"fileType":"dwf"}},"relationships":{"storage":{"data":{"type":"objects","id":"urn:adsk.objects:os.object:wip.dm.prod/out.dwf"}}}}}"""),
        ]);
        var (client, handler) = Create((_, _) => responses.Dequeue()());

        var operation = await client.StartDownloadAsync(P, VersionUrn, "dwf", new ApsRequestOptions { UserId = "U7" }, new ApsPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) });
        var download = await operation.WaitForCompletionAsync();

        download.Data!.Attributes!.Format!.FileType.Should().Be("dwf");
        download.Data.TryGetStorageId(out var storage).Should().BeTrue();
        storage.ObjectKey.Should().Be("out.dwf");
        var requests = handler.Requests.ToList();
        requests.Select(r => r.Method.Method + " " + r.PathAndQuery()).Should().Equal(
            "POST /data/v1/projects/" + Project + "/downloads",
            "GET /data/v1/projects/" + Project + "/jobs/job-9",
            "GET /data/v1/projects/" + Project + "/jobs/job-9",
            "GET /data/v1/projects/" + Project + "/downloads/job-9");
        requests[0].BodyJson().GetProperty("data").GetProperty("relationships").GetProperty("source").GetProperty("data").GetProperty("id").GetString().Should().Be(VersionUrn);
        requests[3].Header("Authorization").Should().Be("Bearer static-access-token-value");
        requests[3].Header("x-user-id").Should().Be("U7");
        operation.HasCompleted.Should().BeTrue();
    }

    [Fact]
    public async Task Download_job_303_to_another_host_is_followed_without_credentials()
    {
        var responses = new Queue<Func<HttpResponseMessage>>(
        [
            () => JsonApiResponse("""{"data":[{"type":"jobs","id":"job-3"}]}""", HttpStatusCode.Accepted),
            () =>
            {
                var redirect = new HttpResponseMessage(HttpStatusCode.SeeOther);
                redirect.Headers.Location = new Uri("https://downloads.example.com/d/job-3");
                return redirect;
            },
            () => JsonApiResponse("""{"data":{"type":"downloads","id":"job-3","attributes":{"format":{"fileType":"pdf"}}}}"""),
        ]);
        var (client, handler) = Create((_, _) => responses.Dequeue()());

        var operation = await client.StartDownloadAsync(P, VersionUrn, "pdf", new ApsRequestOptions { UserId = "U7" }, new ApsPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(1) });
        var download = await operation.WaitForCompletionAsync();

        download.Data!.Attributes!.Format!.FileType.Should().Be("pdf");
        var last = handler.Requests.Last();
        last.Uri.AbsoluteUri.Should().Be("https://downloads.example.com/d/job-3");
        last.Header("Authorization").Should().BeNull();
        last.Header("x-user-id").Should().BeNull();
    }

    [Fact]
    public async Task Download_formats_and_command_results_are_typed()
    {
        var (client, _) = Json("""{"data":{"type":"downloadFormats","id":"x","attributes":{"formats":[{"fileType":"dwf"},{"fileType":"pdf"}]}}}""");
        var formats = await client.GetVersionDownloadFormatsAsync(P, VersionUrn);
        formats.Data!.Attributes!.Formats.Select(f => f.FileType).Should().Equal("dwf", "pdf");

        var (commands, _) = Json("""{"data":{"type":"commands","id":"c1","attributes":{"status":"committed","extension":{"type":"commands:autodesk.core:CheckPermission","version":"1.0.0","data":{"permissions":[{"type":"items","id":"i","permission":true}]}}}}}""");
        var result = await commands.ExecuteCommandAsync(P, DmRequests.Command("commands:autodesk.core:CheckPermission"));
        result.Data!.Attributes!.Status.Should().Be("committed");
        result.Data.Attributes.Extension!.Data!.Value.GetProperty("permissions")[0].GetProperty("permission").GetBoolean().Should().BeTrue();
    }
}
