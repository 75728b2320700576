using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Aps.Sdk.DataManagement;

/// <summary>
/// A JSON:API request document (<c>application/vnd.api+json</c>) for the Data Management create, patch and command
/// operations. Build the usual bodies with <see cref="DmRequests"/>, or any body APS documents by hand (attributes and
/// meta are free JSON objects).
/// </summary>
public sealed class DmRequestDocument
{
    /// <summary>Gets or sets the JSON:API version object; <c>{"version":"1.0"}</c> by default.</summary>
    [JsonPropertyName("jsonapi")]
    public JsonObject? JsonApi { get; set; } = new() { ["version"] = "1.0" };

    /// <summary>Gets or sets the primary resource.</summary>
    [JsonPropertyName("data")]
    public DmRequestResource? Data { get; set; }

    /// <summary>Gets or sets included resources (for example the first version of a new item).</summary>
    [JsonPropertyName("included")]
    public IList<DmRequestResource>? Included { get; set; }

    /// <summary>Gets or sets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A resource in a request document.</summary>
public sealed class DmRequestResource
{
    /// <summary>Gets or sets the type (<c>folders</c>, <c>items</c>, <c>versions</c>, <c>objects</c>, <c>downloads</c>, <c>commands</c>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the id (required when patching; a local id such as <c>1</c> for included versions).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the attributes.</summary>
    [JsonPropertyName("attributes")]
    public JsonObject? Attributes { get; set; }

    /// <summary>Gets or sets the relationships by name.</summary>
    [JsonPropertyName("relationships")]
    public IDictionary<string, DmRequestRelationship>? Relationships { get; set; }

    /// <summary>Gets or sets the meta (relationship refs put their extension here).</summary>
    [JsonPropertyName("meta")]
    public JsonObject? Meta { get; set; }

    /// <summary>Gets or sets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A relationship in a request document.</summary>
public sealed class DmRequestRelationship
{
    /// <summary>Gets or sets the resource the relationship points to.</summary>
    [JsonPropertyName("data")]
    public DmRequestResource? Data { get; set; }

    /// <summary>Gets or sets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// Builds the request bodies of the Data Management write operations, in the shapes of the APS reference
/// (datamanagement.yaml <c>FolderPayload</c>, <c>ItemPayload</c>, <c>VersionPayload</c>, <c>StoragePayload</c>,
/// <c>RelationshipRefsPayload</c>, <c>DownloadPayload</c>, <c>Modify*Payload</c>).
/// </summary>
public static class DmRequests
{
    /// <summary>The extension of a plain folder (<c>folders:autodesk.core:Folder</c>); BIM 360 and ACC use <c>folders:autodesk.bim360:Folder</c>.</summary>
    public const string CoreFolder = "folders:autodesk.core:Folder";

    /// <summary>The extension of a plain file item (<c>items:autodesk.core:File</c>); BIM 360 and ACC use <c>items:autodesk.bim360:File</c>.</summary>
    public const string CoreFileItem = "items:autodesk.core:File";

    /// <summary>The extension of a plain file version (<c>versions:autodesk.core:File</c>); BIM 360 and ACC use <c>versions:autodesk.bim360:File</c>.</summary>
    public const string CoreFileVersion = "versions:autodesk.core:File";

    /// <summary>The body of <c>POST folders</c>: a folder named <paramref name="name"/> in <paramref name="parentFolderId"/>.</summary>
    /// <param name="name">The folder name.</param>
    /// <param name="parentFolderId">The parent folder.</param>
    /// <param name="extensionType">The folder extension type.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static DmRequestDocument CreateFolder(string name, FolderId parentFolderId, string extensionType = CoreFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new DmRequestDocument
        {
            Data = new DmRequestResource
            {
                Type = "folders",
                Attributes = new JsonObject { ["name"] = name, ["extension"] = Extension(extensionType) },
                Relationships = Relate("parent", "folders", Required(parentFolderId.IsEmpty ? null : parentFolderId.Value, nameof(parentFolderId))),
            },
        };
    }

    /// <summary>
    /// The body of <c>POST items</c>: a new file item in <paramref name="folderId"/> whose first version is stored in
    /// <paramref name="storageId"/> (an OSS object id from <c>POST storage</c>).
    /// </summary>
    /// <param name="folderId">The folder.</param>
    /// <param name="fileName">The file name (display name of the item, name of the version).</param>
    /// <param name="storageId">The storage object id (<c>urn:adsk.objects:os.object:...</c>).</param>
    /// <param name="itemExtensionType">The item extension type.</param>
    /// <param name="versionExtensionType">The version extension type.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static DmRequestDocument CreateItem(FolderId folderId, string fileName, string storageId, string itemExtensionType = CoreFileItem, string versionExtensionType = CoreFileVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageId);
        var item = new DmRequestResource
        {
            Type = "items",
            Attributes = new JsonObject { ["displayName"] = fileName, ["extension"] = Extension(itemExtensionType) },
            Relationships = Relate("tip", "versions", "1"),
        };
        item.Relationships.Add("parent", new DmRequestRelationship { Data = new DmRequestResource { Type = "folders", Id = Required(folderId.IsEmpty ? null : folderId.Value, nameof(folderId)) } });
        return new DmRequestDocument
        {
            Data = item,
            Included =
            [
                new DmRequestResource
                {
                    Type = "versions",
                    Id = "1",
                    Attributes = new JsonObject { ["name"] = fileName, ["extension"] = Extension(versionExtensionType) },
                    Relationships = Relate("storage", "objects", storageId),
                },
            ],
        };
    }

    /// <summary>The body of <c>POST versions</c>: a new version of <paramref name="itemId"/> stored in <paramref name="storageId"/>.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="fileName">The file name of the version.</param>
    /// <param name="storageId">The storage object id.</param>
    /// <param name="versionExtensionType">The version extension type; <c>versions:autodesk.core:Deleted</c> deletes a BIM 360 file.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static DmRequestDocument CreateVersion(ItemId itemId, string fileName, string storageId, string versionExtensionType = CoreFileVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageId);
        var relationships = Relate("item", "items", Required(itemId.IsEmpty ? null : itemId.Value, nameof(itemId)));
        relationships.Add("storage", new DmRequestRelationship { Data = new DmRequestResource { Type = "objects", Id = storageId } });
        return new DmRequestDocument
        {
            Data = new DmRequestResource
            {
                Type = "versions",
                Attributes = new JsonObject { ["name"] = fileName, ["extension"] = Extension(versionExtensionType) },
                Relationships = relationships,
            },
        };
    }

    /// <summary>The body of <c>POST storage</c>: a storage location for a file named <paramref name="fileName"/> in <paramref name="folderId"/>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <param name="folderId">The folder the file will go in.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static DmRequestDocument CreateStorage(string fileName, FolderId folderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return new DmRequestDocument
        {
            Data = new DmRequestResource
            {
                Type = "objects",
                Attributes = new JsonObject { ["name"] = fileName },
                Relationships = Relate("target", "folders", Required(folderId.IsEmpty ? null : folderId.Value, nameof(folderId))),
            },
        };
    }

    /// <summary>The body of <c>POST .../relationships/refs</c>: a ref from the resource in the path to <paramref name="targetId"/>.</summary>
    /// <param name="targetType">The target type: <c>folders</c>, <c>items</c> or <c>versions</c>.</param>
    /// <param name="targetId">The target id (raw, not URL-encoded).</param>
    /// <param name="extensionType">The ref extension, for example <c>auxiliary:autodesk.core:Attachment</c> or <c>xrefs:autodesk.core:Xref</c>.</param>
    /// <param name="extensionVersion">The extension version.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static DmRequestDocument CreateRelationshipRef(string targetType, string targetId, string extensionType, string extensionVersion = "1.0")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetType);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetId);
        return new DmRequestDocument
        {
            Data = new DmRequestResource
            {
                Type = targetType,
                Id = targetId,
                Meta = new JsonObject { ["extension"] = Extension(extensionType, extensionVersion) },
            },
        };
    }

    /// <summary>The body of <c>PATCH folders/{id}</c>: rename, hide (the only delete of BIM 360 Docs folders) or unhide.</summary>
    /// <param name="folderId">The folder.</param>
    /// <param name="name">The new name, or <see langword="null"/> to keep it.</param>
    /// <param name="hidden">Hide or unhide, or <see langword="null"/> to keep it.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">Nothing would change.</exception>
    public static DmRequestDocument PatchFolder(FolderId folderId, string? name = null, bool? hidden = null)
    {
        if (name is null && hidden is null)
        {
            throw new ArgumentException("Give a new name, hidden, or both.", nameof(name));
        }

        var attributes = new JsonObject();
        if (name is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            attributes["name"] = name;
        }

        if (hidden is { } h)
        {
            attributes["hidden"] = h;
        }

        return new DmRequestDocument { Data = new DmRequestResource { Type = "folders", Id = Required(folderId.IsEmpty ? null : folderId.Value, nameof(folderId)), Attributes = attributes } };
    }

    /// <summary>The body of <c>PATCH items/{id}</c>: a new display name (not supported for BIM 360 and ACC items).</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="displayName">The new display name.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static DmRequestDocument PatchItem(ItemId itemId, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        return new DmRequestDocument { Data = new DmRequestResource { Type = "items", Id = Required(itemId.IsEmpty ? null : itemId.Value, nameof(itemId)), Attributes = new JsonObject { ["displayName"] = displayName } } };
    }

    /// <summary>The body of <c>PATCH versions/{id}</c>: a new name (not supported for BIM 360 and ACC versions).</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="name">The new name.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static DmRequestDocument PatchVersion(VersionId versionId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new DmRequestDocument { Data = new DmRequestResource { Type = "versions", Id = Required(versionId.IsEmpty ? null : versionId.Value, nameof(versionId)), Attributes = new JsonObject { ["name"] = name } } };
    }

    /// <summary>The body of <c>POST downloads</c>: a download of <paramref name="versionId"/> in the format <paramref name="fileType"/>.</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="fileType">A file type from the version's download formats (<c>dwf</c>, <c>pdf</c>, ...).</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">The file type is blank.</exception>
    public static DmRequestDocument CreateDownload(VersionId versionId, string fileType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileType);
        return new DmRequestDocument
        {
            Data = new DmRequestResource
            {
                Type = "downloads",
                Attributes = new JsonObject { ["format"] = new JsonObject { ["fileType"] = fileType } },
                Relationships = Relate("source", "versions", Required(versionId.IsEmpty ? null : versionId.Value, nameof(versionId))),
            },
        };
    }

    /// <summary>The body of <c>POST commands</c>: the command named by <paramref name="commandType"/> with its data and resources.</summary>
    /// <param name="commandType">The command, for example <c>commands:autodesk.core:CheckPermission</c> or <c>commands:autodesk.core:ListItems</c>.</param>
    /// <param name="data">The command's <c>extension.data</c>, or <see langword="null"/>.</param>
    /// <param name="resources">The resources the command works on (<c>relationships.resources.data</c>), or <see langword="null"/>.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ArgumentException">The command type is blank.</exception>
    public static DmRequestDocument Command(string commandType, JsonObject? data = null, IEnumerable<(string Type, string Id)>? resources = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commandType);
        var extension = Extension(commandType);
        if (data is not null)
        {
            extension["data"] = data;
        }

        var resource = new DmRequestResource { Type = "commands", Attributes = new JsonObject { ["extension"] = extension } };
        if (resources is not null)
        {
            var list = new JsonArray();
            foreach (var (type, id) in resources)
            {
                list.Add((JsonNode)new JsonObject { ["type"] = type, ["id"] = id });
            }

            resource.Relationships = new Dictionary<string, DmRequestRelationship>(StringComparer.Ordinal)
            {
                ["resources"] = new DmRequestRelationship { AdditionalData = new Dictionary<string, JsonElement> { ["data"] = JsonSerializer.SerializeToElement(list, DataManagementJsonContext.Default.JsonArray) } },
            };
        }

        return new DmRequestDocument { Data = resource };
    }

    private static string Required(string? value, string parameterName)
        => value ?? throw new ArgumentException("The id is the default value and holds no id.", parameterName);

    private static JsonObject Extension(string type, string version = "1.0")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return new JsonObject { ["type"] = type, ["version"] = version };
    }

    private static Dictionary<string, DmRequestRelationship> Relate(string name, string type, string id)
        => new(StringComparer.Ordinal) { [name] = new DmRequestRelationship { Data = new DmRequestResource { Type = type, Id = id } } };
}
