using System.Globalization;
using System.Text.Json.Nodes;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing.Emulator.Oss;

namespace Aps.Sdk.Testing.Emulator.DataManagement;

/// <summary>Data Management errors in the JSON:API shape: <c>{jsonapi, errors:[{id, status, code, detail}]}</c> (seed 002).</summary>
internal static class DmErrors
{
    public static EmulatorError Error(int status, string code, string detail)
        => EmulatorError.Custom(status, new JsonObject
        {
            ["jsonapi"] = new JsonObject { ["version"] = "1.0" },
            ["errors"] = new JsonArray(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("D"),
                ["status"] = status.ToString(CultureInfo.InvariantCulture),
                ["code"] = code,
                ["detail"] = detail,
            }),
        });
}

/// <summary>
/// Data Management routes: hubs, projects, top folders, folders (get, parent, contents with paging and
/// <c>filter[type]</c>, create), items (get with the tip included, tip, versions, parent, create), versions (get,
/// item, create) and storage creation, whose object ids are in the emulator's OSS.
/// </summary>
internal sealed class DataManagementModule : IEmulatorModule
{
    private const string D = "/data/v1/projects/{project_id}";
    private readonly EmulatorContext _context;

    public DataManagementModule(EmulatorContext context)
    {
        _context = context;
    }

    private DataManagementStore Store => DataManagementStore.For(_context);

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapGet("/project/v1/hubs", Hubs).Scopes(ApsScopes.DataRead);
        routes.MapGet("/project/v1/hubs/{hub_id}", HubAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet("/project/v1/hubs/{hub_id}/projects", Projects).Scopes(ApsScopes.DataRead);
        routes.MapGet("/project/v1/hubs/{hub_id}/projects/{project_id}", ProjectAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet("/project/v1/hubs/{hub_id}/projects/{project_id}/hub", ProjectHub).Scopes(ApsScopes.DataRead);
        routes.MapGet("/project/v1/hubs/{hub_id}/projects/{project_id}/topFolders", TopFolders).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/folders/{folder_id}", FolderAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/folders/{folder_id}/parent", FolderParent).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/folders/{folder_id}/contents", Contents).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/items/{item_id}", ItemAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/items/{item_id}/tip", Tip).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/items/{item_id}/versions", Versions).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/items/{item_id}/parent", ItemParent).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/versions/{version_id}", VersionAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(D + "/versions/{version_id}/item", VersionItem).Scopes(ApsScopes.DataRead);
        routes.MapPost(D + "/storage", CreateStorageAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
        routes.MapPost(D + "/folders", CreateFolderAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
        routes.MapPost(D + "/items", CreateItemAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
        routes.MapPost(D + "/versions", CreateVersionAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
    }

    // ---- reads ----------------------------------------------------------------------------------------------------

    private Task Hubs(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            return request.JsonAsync(Document(new JsonArray([.. Store.Hubs.Select(HubJson)]), "/project/v1/hubs"));
        }
    }

    private Task HubAsync(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            return request.JsonAsync(Document(HubJson(Store.Hub(request["hub_id"])), $"/project/v1/hubs/{request["hub_id"]}"));
        }
    }

    private Task Projects(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var hub = Store.Hub(request["hub_id"]);
            var all = hub.Projects.Select(Store.Project).ToList();
            return Page(request, all, ProjectJson, $"/project/v1/hubs/{Esc(hub.Id)}/projects", []);
        }
    }

    private Task ProjectAsync(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var project = Store.Project(request["hub_id"], request["project_id"]);
            return request.JsonAsync(Document(ProjectJson(project), ProjectPath(project)));
        }
    }

    private Task ProjectHub(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var project = Store.Project(request["hub_id"], request["project_id"]);
            return request.JsonAsync(Document(HubJson(Store.Hub(project.HubId)), ProjectPath(project) + "/hub"));
        }
    }

    private Task TopFolders(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var project = Store.Project(request["hub_id"], request["project_id"]);
            var root = Store.Folder(project.Id, project.RootFolderId);
            var folders = root.Children.Select(Store.Entry).OfType<DmFolderState>().Where(f => !f.Hidden || request.QueryBool("excludeDeleted") == false);
            return request.JsonAsync(Document(new JsonArray([.. folders.Select(FolderJson)]), ProjectPath(project) + "/topFolders"));
        }
    }

    private Task FolderAsync(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var folder = Store.Folder(request["project_id"], request["folder_id"]);
            if (request.Header("If-Modified-Since") is { } since && DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) && folder.Modified <= time)
            {
                return request.EmptyAsync(304);
            }

            return request.JsonAsync(Document(FolderJson(folder), FolderPath(folder)));
        }
    }

    private Task FolderParent(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var folder = Store.Folder(request["project_id"], request["folder_id"]);
            var parent = folder.ParentId is { } id ? Store.Folder(folder.ProjectId, id) : throw DmErrors.Error(404, "FOLDER_NOT_FOUND", "The root folder has no parent.");
            return request.JsonAsync(Document(FolderJson(parent), FolderPath(folder) + "/parent"));
        }
    }

    private Task Contents(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var folder = Store.Folder(request["project_id"], request["folder_id"]);
            var type = request.Query("filter[type]");
            var hidden = request.QueryBool("includeHidden") == true;
            var entries = folder.Children.Select(Store.Entry)
                .Where(e => type is null || type.Split(',').Contains(e is DmFolderState ? "folders" : "items"))
                .Where(e => hidden || e is not DmFolderState { Hidden: true })
                .ToList();
            var included = new List<JsonNode>();
            return Page(
                request,
                entries,
                e =>
                {
                    if (e is DmItemState item)
                    {
                        included.Add(VersionJson(item.Versions[^1]));
                        return ItemJson(item);
                    }

                    return FolderJson((DmFolderState)e!);
                },
                FolderPath(folder) + "/contents",
                included);
        }
    }

    private Task ItemAsync(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var item = Store.Item(request["project_id"], request["item_id"]);
            var document = Document(ItemJson(item), ItemPath(item));
            document["included"] = new JsonArray(VersionJson(item.Versions[^1]));
            return request.JsonAsync(document);
        }
    }

    private Task Tip(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var item = Store.Item(request["project_id"], request["item_id"]);
            return request.JsonAsync(Document(VersionJson(item.Versions[^1]), ItemPath(item) + "/tip"));
        }
    }

    private Task Versions(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var item = Store.Item(request["project_id"], request["item_id"]);
            var versions = Enumerable.Reverse(item.Versions).ToList();
            return Page(request, versions, v => VersionJson(v!), ItemPath(item) + "/versions", []);
        }
    }

    private Task ItemParent(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var item = Store.Item(request["project_id"], request["item_id"]);
            return request.JsonAsync(Document(FolderJson(Store.Folder(item.ProjectId, item.FolderId)), ItemPath(item) + "/parent"));
        }
    }

    private Task VersionAsync(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var version = Store.Version(request["project_id"], request["version_id"]);
            return request.JsonAsync(Document(VersionJson(version), VersionPath(request["project_id"], version)));
        }
    }

    private Task VersionItem(EmulatorRequest request)
    {
        lock (Store.Sync)
        {
            var version = Store.Version(request["project_id"], request["version_id"]);
            var item = Store.Item(request["project_id"], version.ItemId);
            return request.JsonAsync(Document(ItemJson(item), VersionPath(item.ProjectId, version) + "/item"));
        }
    }

    // ---- writes ---------------------------------------------------------------------------------------------------

    private async Task CreateStorageAsync(EmulatorRequest request)
    {
        var body = await ReadDocumentAsync(request, "objects").ConfigureAwait(false);
        var name = Required(body["attributes"]?["name"], "data.attributes.name");
        var target = body["relationships"]?["target"]?["data"];
        var folderId = Required(target?["id"], "data.relationships.target.data.id");
        var projectId = request["project_id"];
        string storageId;
        lock (Store.Sync)
        {
            storageId = Store.CreateStorage(projectId, folderId, name);
        }

        var key = storageId[(storageId.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var document = Document(
            new JsonObject
            {
                ["type"] = "objects",
                ["id"] = storageId,
                ["relationships"] = new JsonObject
                {
                    ["target"] = new JsonObject
                    {
                        ["links"] = new JsonObject { ["related"] = Href($"/data/v1/projects/{Esc(projectId)}/folders/{Esc(folderId)}") },
                        ["data"] = new JsonObject { ["type"] = "folders", ["id"] = folderId },
                    },
                },
            },
            $"/oss/v2/buckets/{DataManagementStore.StorageBucket}/objects/{Esc(key)}");
        await request.JsonAsync(document, 201).ConfigureAwait(false);
    }

    private async Task CreateFolderAsync(EmulatorRequest request)
    {
        var body = await ReadDocumentAsync(request, "folders").ConfigureAwait(false);
        var name = Required(body["attributes"]?["name"], "data.attributes.name");
        var parent = Required(body["relationships"]?["parent"]?["data"]?["id"], "data.relationships.parent.data.id");
        JsonObject json;
        lock (Store.Sync)
        {
            var folder = Store.AddFolder(request["project_id"], parent, name);
            json = Document(FolderJson(folder), FolderPath(folder));
        }

        await request.JsonAsync(json, 201).ConfigureAwait(false);
    }

    private async Task CreateItemAsync(EmulatorRequest request)
    {
        var whole = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var data = Data(whole, "items");
        var displayName = Required(data["attributes"]?["displayName"], "data.attributes.displayName");
        var folderId = Required(data["relationships"]?["parent"]?["data"]?["id"], "data.relationships.parent.data.id");
        var tipId = Required(data["relationships"]?["tip"]?["data"]?["id"], "data.relationships.tip.data.id");
        var version = (whole["included"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(v => v["type"]?.GetValue<string>() == "versions" && v["id"]?.GetValue<string>() == tipId)
            ?? throw DmErrors.Error(400, "BAD_INPUT", "included[] must hold the version the tip relationship names.");
        var versionName = Required(version["attributes"]?["name"], "included[0].attributes.name");
        var storageId = Required(version["relationships"]?["storage"]?["data"]?["id"], "included[0].relationships.storage.data.id");
        JsonObject json;
        lock (Store.Sync)
        {
            var item = Store.AddItem(request["project_id"], folderId, displayName, versionName, storageId);
            json = Document(ItemJson(item), ItemPath(item));
            json["included"] = new JsonArray(VersionJson(item.Versions[^1]));
        }

        await request.JsonAsync(json, 201).ConfigureAwait(false);
    }

    private async Task CreateVersionAsync(EmulatorRequest request)
    {
        var data = await ReadDocumentAsync(request, "versions").ConfigureAwait(false);
        var name = Required(data["attributes"]?["name"], "data.attributes.name");
        var itemId = Required(data["relationships"]?["item"]?["data"]?["id"], "data.relationships.item.data.id");
        var storageId = Required(data["relationships"]?["storage"]?["data"]?["id"], "data.relationships.storage.data.id");
        JsonObject json;
        lock (Store.Sync)
        {
            var version = Store.AddVersion(request["project_id"], itemId, name, storageId);
            json = Document(VersionJson(version), VersionPath(request["project_id"], version));
        }

        await request.JsonAsync(json, 201).ConfigureAwait(false);
    }

    private static async Task<JsonObject> ReadDocumentAsync(EmulatorRequest request, string type)
        => Data(await request.ReadJsonObjectAsync().ConfigureAwait(false), type);

    private static JsonObject Data(JsonObject document, string type)
    {
        if (document["data"] is not JsonObject data || data["type"]?.GetValue<string>() != type)
        {
            throw DmErrors.Error(400, "BAD_INPUT", $"The body must be a JSON:API document whose data.type is '{type}'.");
        }

        return data;
    }

    private static string Required(JsonNode? node, string name)
        => node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw DmErrors.Error(400, "BAD_INPUT", $"{name} is required.");

    // ---- JSON ---------------------------------------------------------------------------------------------------

    /// <summary>A page of a list: <c>page[number]</c> (0-based), <c>page[limit]</c> (1-200, default 200), <c>links.next</c>.</summary>
    private Task Page<T>(EmulatorRequest request, List<T> all, Func<T, JsonNode> json, string path, List<JsonNode> included)
    {
        var number = request.QueryInt("page[number]", 0, int.MaxValue) ?? 0;
        var limit = request.QueryInt("page[limit]", 1, 200) ?? 200;
        var slice = all.Skip(number * limit).Take(limit).ToList();
        var data = new JsonArray([.. slice.Select(json)]);
        var document = Document(data, path);
        if ((long)(number + 1) * limit < all.Count)
        {
            var query = new List<string>();
            foreach (var (key, values) in request.Request.Query)
            {
                if (key is not ("page[number]" or "page[limit]"))
                {
                    query.AddRange(values.Select(v => Uri.EscapeDataString(key) + "=" + Uri.EscapeDataString(v ?? string.Empty)));
                }
            }

            query.Add("page%5Bnumber%5D=" + (number + 1).ToString(CultureInfo.InvariantCulture));
            query.Add("page%5Blimit%5D=" + limit.ToString(CultureInfo.InvariantCulture));
            document["links"]!["next"] = Href(_context.BaseUrl + path + "?" + string.Join('&', query));
        }

        if (included.Count > 0)
        {
            document["included"] = new JsonArray([.. included]);
        }

        return request.JsonAsync(document);
    }

    private static JsonObject Document(JsonNode data, string self) => new()
    {
        ["jsonapi"] = new JsonObject { ["version"] = "1.0" },
        ["links"] = new JsonObject { ["self"] = Href(self) },
        ["data"] = data,
    };

    private static JsonObject Href(string href) => new() { ["href"] = href };

    private static string Esc(string value) => Uri.EscapeDataString(value);

    private static JsonObject Extension(string type) => new() { ["type"] = type, ["version"] = "1.0", ["schema"] = Href("/schema/v1/versions/" + Esc(type) + "-1.0"), ["data"] = new JsonObject() };

    private static JsonObject Relation(string type, string id, string? related = null)
    {
        var relation = new JsonObject { ["data"] = new JsonObject { ["type"] = type, ["id"] = id } };
        if (related is not null)
        {
            relation["links"] = new JsonObject { ["related"] = Href(related) };
        }

        return relation;
    }

    private static JsonObject Related(string href) => new() { ["links"] = new JsonObject { ["related"] = Href(href) } };

    private static string ProjectPath(DmProjectState project) => $"/project/v1/hubs/{Esc(project.HubId)}/projects/{Esc(project.Id)}";

    private static string FolderPath(DmFolderState folder) => $"/data/v1/projects/{Esc(folder.ProjectId)}/folders/{Esc(folder.Id)}";

    private static string ItemPath(DmItemState item) => $"/data/v1/projects/{Esc(item.ProjectId)}/items/{Esc(item.Id)}";

    private static string VersionPath(string projectId, DmVersionState version) => $"/data/v1/projects/{Esc(projectId)}/versions/{Esc(version.Id)}";

    private static JsonNode HubJson(DmHubState hub) => new JsonObject
    {
        ["type"] = "hubs",
        ["id"] = hub.Id,
        ["attributes"] = new JsonObject { ["name"] = hub.Name, ["region"] = hub.Region, ["extension"] = Extension(hub.Id.StartsWith("b.", StringComparison.Ordinal) ? "hubs:autodesk.bim360:Account" : "hubs:autodesk.core:Hub") },
        ["relationships"] = new JsonObject { ["projects"] = Related($"/project/v1/hubs/{Esc(hub.Id)}/projects") },
        ["links"] = new JsonObject { ["self"] = Href($"/project/v1/hubs/{Esc(hub.Id)}") },
    };

    private static JsonNode ProjectJson(DmProjectState project) => new JsonObject
    {
        ["type"] = "projects",
        ["id"] = project.Id,
        ["attributes"] = new JsonObject { ["name"] = project.Name, ["extension"] = Extension("projects:autodesk.core:Project") },
        ["relationships"] = new JsonObject
        {
            ["hub"] = Relation("hubs", project.HubId, ProjectPath(project) + "/hub"),
            ["rootFolder"] = new JsonObject
            {
                ["data"] = new JsonObject { ["type"] = "folders", ["id"] = project.RootFolderId },
                ["meta"] = new JsonObject { ["link"] = Href($"/data/v1/projects/{Esc(project.Id)}/folders/{Esc(project.RootFolderId)}") },
            },
            ["topFolders"] = Related(ProjectPath(project) + "/topFolders"),
        },
        ["links"] = new JsonObject { ["self"] = Href(ProjectPath(project)) },
    };

    private JsonObject FolderJson(DmFolderState folder)
    {
        var relationships = new JsonObject { ["contents"] = Related(FolderPath(folder) + "/contents") };
        if (folder.ParentId is { } parent)
        {
            relationships["parent"] = Relation("folders", parent, FolderPath(folder) + "/parent");
        }

        return new JsonObject
        {
            ["type"] = "folders",
            ["id"] = folder.Id,
            ["attributes"] = new JsonObject
            {
                ["name"] = folder.Name,
                ["displayName"] = folder.Name,
                ["objectCount"] = folder.Children.Count,
                ["createTime"] = OssJson.IsoDate(folder.Created),
                ["createUserId"] = _context.User.UserId,
                ["createUserName"] = _context.User.Name,
                ["lastModifiedTime"] = OssJson.IsoDate(folder.Modified),
                ["lastModifiedTimeRollup"] = OssJson.IsoDate(folder.Modified),
                ["hidden"] = folder.Hidden,
                ["extension"] = Extension("folders:autodesk.core:Folder"),
            },
            ["relationships"] = relationships,
            ["links"] = new JsonObject { ["self"] = Href(FolderPath(folder)) },
        };
    }

    private JsonObject ItemJson(DmItemState item) => new JsonObject
    {
        ["type"] = "items",
        ["id"] = item.Id,
        ["attributes"] = new JsonObject
        {
            ["displayName"] = item.DisplayName,
            ["createTime"] = OssJson.IsoDate(item.Created),
            ["createUserId"] = _context.User.UserId,
            ["createUserName"] = _context.User.Name,
            ["lastModifiedTime"] = OssJson.IsoDate(item.Versions[^1].Created),
            ["hidden"] = false,
            ["reserved"] = false,
            ["extension"] = Extension("items:autodesk.core:File"),
        },
        ["relationships"] = new JsonObject
        {
            ["tip"] = Relation("versions", item.Versions[^1].Id, ItemPath(item) + "/tip"),
            ["versions"] = Related(ItemPath(item) + "/versions"),
            ["parent"] = Relation("folders", item.FolderId, ItemPath(item) + "/parent"),
        },
        ["links"] = new JsonObject { ["self"] = Href(ItemPath(item)) },
    };

    private JsonObject VersionJson(DmVersionState version)
    {
        var projectId = Store.Item(ProjectOf(version), version.ItemId).ProjectId;
        return new JsonObject
        {
            ["type"] = "versions",
            ["id"] = version.Id,
            ["attributes"] = new JsonObject
            {
                ["name"] = version.Name,
                ["displayName"] = version.Name,
                ["versionNumber"] = version.Number,
                ["createTime"] = OssJson.IsoDate(version.Created),
                ["createUserId"] = _context.User.UserId,
                ["createUserName"] = _context.User.Name,
                ["lastModifiedTime"] = OssJson.IsoDate(version.Created),
                ["fileType"] = Path.GetExtension(version.Name).TrimStart('.'),
                ["storageSize"] = version.Size,
                ["extension"] = Extension("versions:autodesk.core:File"),
            },
            ["relationships"] = new JsonObject
            {
                ["item"] = Relation("items", version.ItemId, $"/data/v1/projects/{Esc(projectId)}/items/{Esc(version.ItemId)}"),
                ["storage"] = new JsonObject
                {
                    ["data"] = new JsonObject { ["type"] = "objects", ["id"] = version.StorageId },
                    ["meta"] = new JsonObject { ["link"] = Href($"/oss/v2/buckets/{version.BucketKey}/objects/{Esc(version.ObjectKey)}") },
                },
            },
            ["links"] = new JsonObject { ["self"] = Href(VersionPath(projectId, version)) },
        };
    }

    private string ProjectOf(DmVersionState version) => Store.ProjectOfItem(version.ItemId);
}
