using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.DataManagement;

// Attribute models of the Data Management resources (seed 004, the field guide; datamanagement.yaml).

/// <summary>The attributes of a hub.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-GET/">APS reference</see>.</remarks>
public sealed class DmHubAttributes
{
    /// <summary>Gets the name of the hub.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// Gets the data center the hub is stored in (<c>US</c>, <c>EMEA</c>, <c>AUS</c>, ...). Hand it to the calls that take
    /// a region (for example Model Derivative) for files of this hub; Data Management itself routes by the hub and
    /// project ids.
    /// </summary>
    [JsonPropertyName("region")]
    public ApsRegion? Region { get; init; }

    /// <summary>Gets the extension (<c>hubs:autodesk.core:Hub</c>, <c>hubs:autodesk.bim360:Account</c>, ...).</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The attributes of a project.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-projects-project_id-GET/">APS reference</see>.</remarks>
public sealed class DmProjectAttributes
{
    /// <summary>Gets the name of the project.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the scope id (ACC and BIM 360 projects).</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string> Scopes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the extension (<c>projects:autodesk.core:Project</c>, <c>projects:autodesk.bim360:Project</c>, ...).</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The attributes of a folder.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-GET/">APS reference</see>.</remarks>
public sealed class DmFolderAttributes
{
    /// <summary>Gets the extension (type, version, schema and type-specific data).</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets the time the resource was created.</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>Gets the id of the user who created the resource.</summary>
    [JsonPropertyName("createUserId")]
    public string? CreateUserId { get; init; }

    /// <summary>Gets the name of the user who created the resource.</summary>
    [JsonPropertyName("createUserName")]
    public string? CreateUserName { get; init; }

    /// <summary>Gets the time the resource was last modified.</summary>
    [JsonPropertyName("lastModifiedTime")]
    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>Gets the id of the user who last modified the resource.</summary>
    [JsonPropertyName("lastModifiedUserId")]
    public string? LastModifiedUserId { get; init; }

    /// <summary>Gets the name of the user who last modified the resource.</summary>
    [JsonPropertyName("lastModifiedUserName")]
    public string? LastModifiedUserName { get; init; }

    /// <summary>Gets the display name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the last time anything in the folder or below changed.</summary>
    [JsonPropertyName("lastModifiedTimeRollup")]
    public DateTimeOffset? LastModifiedTimeRollup { get; init; }

    /// <summary>Gets the number of objects in the folder.</summary>
    [JsonPropertyName("objectCount")]
    public long? ObjectCount { get; init; }

    /// <summary>Gets whether the resource is hidden (deleted in BIM 360 Docs).</summary>
    [JsonPropertyName("hidden")]
    public bool? Hidden { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The attributes of an item (a file, whatever its versions).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-items-item_id-GET/">APS reference</see>.</remarks>
public sealed class DmItemAttributes
{
    /// <summary>Gets the extension (type, version, schema and type-specific data).</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets the time the resource was created.</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>Gets the id of the user who created the resource.</summary>
    [JsonPropertyName("createUserId")]
    public string? CreateUserId { get; init; }

    /// <summary>Gets the name of the user who created the resource.</summary>
    [JsonPropertyName("createUserName")]
    public string? CreateUserName { get; init; }

    /// <summary>Gets the time the resource was last modified.</summary>
    [JsonPropertyName("lastModifiedTime")]
    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>Gets the id of the user who last modified the resource.</summary>
    [JsonPropertyName("lastModifiedUserId")]
    public string? LastModifiedUserId { get; init; }

    /// <summary>Gets the name of the user who last modified the resource.</summary>
    [JsonPropertyName("lastModifiedUserName")]
    public string? LastModifiedUserName { get; init; }

    /// <summary>Gets the display name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>Gets whether the item is hidden (deleted in BIM 360 Docs).</summary>
    [JsonPropertyName("hidden")]
    public bool? Hidden { get; init; }

    /// <summary>Gets whether the file is reserved (locked).</summary>
    [JsonPropertyName("reserved")]
    public bool? Reserved { get; init; }

    /// <summary>Gets the time the file was reserved.</summary>
    [JsonPropertyName("reservedTime")]
    public DateTimeOffset? ReservedTime { get; init; }

    /// <summary>Gets the id of the user who reserved the file.</summary>
    [JsonPropertyName("reservedUserId")]
    public string? ReservedUserId { get; init; }

    /// <summary>Gets the name of the user who reserved the file.</summary>
    [JsonPropertyName("reservedUserName")]
    public string? ReservedUserName { get; init; }

    /// <summary>Gets the path of the resource in the project (with <c>includePathInProject</c>).</summary>
    [JsonPropertyName("pathInProject")]
    public string? PathInProject { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The attributes of a version.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-GET/">APS reference</see>.</remarks>
public sealed class DmVersionAttributes
{
    /// <summary>Gets the extension (type, version, schema and type-specific data).</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets the time the resource was created.</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>Gets the id of the user who created the resource.</summary>
    [JsonPropertyName("createUserId")]
    public string? CreateUserId { get; init; }

    /// <summary>Gets the name of the user who created the resource.</summary>
    [JsonPropertyName("createUserName")]
    public string? CreateUserName { get; init; }

    /// <summary>Gets the time the resource was last modified.</summary>
    [JsonPropertyName("lastModifiedTime")]
    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>Gets the id of the user who last modified the resource.</summary>
    [JsonPropertyName("lastModifiedUserId")]
    public string? LastModifiedUserId { get; init; }

    /// <summary>Gets the name of the user who last modified the resource.</summary>
    [JsonPropertyName("lastModifiedUserName")]
    public string? LastModifiedUserName { get; init; }

    /// <summary>Gets the display name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>Gets the file name of the version.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the version number (1 for the first version).</summary>
    [JsonPropertyName("versionNumber")]
    public int? VersionNumber { get; init; }

    /// <summary>Gets the MIME type of the file.</summary>
    [JsonPropertyName("mimeType")]
    public string? MimeType { get; init; }

    /// <summary>Gets the file type (extension).</summary>
    [JsonPropertyName("fileType")]
    public string? FileType { get; init; }

    /// <summary>Gets the size of the file in bytes (int64).</summary>
    [JsonPropertyName("storageSize")]
    public long? StorageSize { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// The attributes of an entry of a mixed list (folder contents, refs, search results): folders, items and versions
/// share one model, and each field is set for the types that have it.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-contents-GET/">APS reference</see>.</remarks>
public sealed class DmEntryAttributes
{
    /// <summary>Gets the extension (type, version, schema and type-specific data).</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets the time the resource was created.</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>Gets the id of the user who created the resource.</summary>
    [JsonPropertyName("createUserId")]
    public string? CreateUserId { get; init; }

    /// <summary>Gets the name of the user who created the resource.</summary>
    [JsonPropertyName("createUserName")]
    public string? CreateUserName { get; init; }

    /// <summary>Gets the time the resource was last modified.</summary>
    [JsonPropertyName("lastModifiedTime")]
    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>Gets the id of the user who last modified the resource.</summary>
    [JsonPropertyName("lastModifiedUserId")]
    public string? LastModifiedUserId { get; init; }

    /// <summary>Gets the name of the user who last modified the resource.</summary>
    [JsonPropertyName("lastModifiedUserName")]
    public string? LastModifiedUserName { get; init; }

    /// <summary>Gets the display name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the last time anything in the folder or below changed.</summary>
    [JsonPropertyName("lastModifiedTimeRollup")]
    public DateTimeOffset? LastModifiedTimeRollup { get; init; }

    /// <summary>Gets the number of objects in the folder.</summary>
    [JsonPropertyName("objectCount")]
    public long? ObjectCount { get; init; }

    /// <summary>Gets whether the resource is hidden (deleted in BIM 360 Docs).</summary>
    [JsonPropertyName("hidden")]
    public bool? Hidden { get; init; }

    /// <summary>Gets whether the file is reserved (locked).</summary>
    [JsonPropertyName("reserved")]
    public bool? Reserved { get; init; }

    /// <summary>Gets the time the file was reserved.</summary>
    [JsonPropertyName("reservedTime")]
    public DateTimeOffset? ReservedTime { get; init; }

    /// <summary>Gets the id of the user who reserved the file.</summary>
    [JsonPropertyName("reservedUserId")]
    public string? ReservedUserId { get; init; }

    /// <summary>Gets the name of the user who reserved the file.</summary>
    [JsonPropertyName("reservedUserName")]
    public string? ReservedUserName { get; init; }

    /// <summary>Gets the path of the resource in the project (with <c>includePathInProject</c>).</summary>
    [JsonPropertyName("pathInProject")]
    public string? PathInProject { get; init; }

    /// <summary>Gets the version number (1 for the first version).</summary>
    [JsonPropertyName("versionNumber")]
    public int? VersionNumber { get; init; }

    /// <summary>Gets the MIME type of the file.</summary>
    [JsonPropertyName("mimeType")]
    public string? MimeType { get; init; }

    /// <summary>Gets the file type (extension).</summary>
    [JsonPropertyName("fileType")]
    public string? FileType { get; init; }

    /// <summary>Gets the size of the file in bytes (int64).</summary>
    [JsonPropertyName("storageSize")]
    public long? StorageSize { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>An extension: the <c>&lt;basetype&gt;:&lt;namespace&gt;:&lt;extensiontype&gt;</c> type, its version, schema and data.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/developers_guide/basics/">Data Management basics</see> (extension types).</remarks>
public sealed class DmExtension
{
    /// <summary>Gets the extension type, for example <c>items:autodesk.bim360:File</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the extension version, for example <c>1.0</c>.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Gets the link to the extension's JSON schema.</summary>
    [JsonPropertyName("schema")]
    public DmLinkObject? Schema { get; init; }

    /// <summary>Gets the type-specific data, raw (for example <c>allowedTypes</c> of BIM 360 folders, <c>storageUrn</c> of versions).</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A link written as <c>{href}</c>.</summary>
public sealed class DmLinkObject
{
    /// <summary>Gets the address (relative to the APS host, or absolute).</summary>
    [JsonPropertyName("href")]
    public string? Href { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The attributes of a download job (<c>jobs</c> resources).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-jobs-job_id-GET/">APS reference</see>.</remarks>
public sealed class DmJobAttributes
{
    /// <summary>Gets the status: <c>queued</c>, <c>processing</c>, <c>failed</c>, <c>success</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A file format.</summary>
public sealed class DmDownloadFormat
{
    /// <summary>Gets the file name extension of the format, for example <c>dwf</c> or <c>pdf</c>.</summary>
    [JsonPropertyName("fileType")]
    public string? FileType { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The attributes of a download (<c>downloads</c> resources).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-downloads-download_id-GET/">APS reference</see>.</remarks>
public sealed class DmDownloadAttributes
{
    /// <summary>Gets the format of the download.</summary>
    [JsonPropertyName("format")]
    public DmDownloadFormat? Format { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The attributes of a version's supported download formats (<c>downloadFormats</c> resource).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-downloadFormats-GET/">APS reference</see>.</remarks>
public sealed class DmDownloadFormatsAttributes
{
    /// <summary>Gets the formats the version can be downloaded in (never null).</summary>
    [JsonPropertyName("formats")]
    public IReadOnlyList<DmDownloadFormat> Formats { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The attributes of a command's result (<c>commands</c> resources).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-commands-POST/">APS reference</see>.</remarks>
public sealed class DmCommandAttributes
{
    /// <summary>Gets the status of the command (<c>committed</c>, ...).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the command's extension: its type (<c>commands:autodesk.core:CheckPermission</c>, ...) and result data.</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The meta of a relationship ref: its type, direction and the two ends.</summary>
public sealed class DmRefMeta
{
    /// <summary>Gets the ref type: <c>derived</c>, <c>dependencies</c>, <c>auxiliary</c>, <c>xrefs</c>, <c>includes</c>.</summary>
    [JsonPropertyName("refType")]
    public string? RefType { get; init; }

    /// <summary>Gets the direction: <c>from</c> or <c>to</c>.</summary>
    [JsonPropertyName("direction")]
    public string? Direction { get; init; }

    /// <summary>Gets the id of the resource the data flows from.</summary>
    [JsonPropertyName("fromId")]
    public string? FromId { get; init; }

    /// <summary>Gets the type of the resource the data flows from.</summary>
    [JsonPropertyName("fromType")]
    public string? FromType { get; init; }

    /// <summary>Gets the id of the resource the data flows to.</summary>
    [JsonPropertyName("toId")]
    public string? ToId { get; init; }

    /// <summary>Gets the type of the resource the data flows to.</summary>
    [JsonPropertyName("toType")]
    public string? ToType { get; init; }

    /// <summary>Gets the extension of the ref.</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One relationship ref (<c>relationships/refs</c>): the resource at the other end and the ref's meta.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-versions-version_id-relationships-refs-GET/">APS reference</see>.</remarks>
public sealed class DmRelationshipRef
{
    /// <summary>Gets the type of the resource at the other end.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the id of the resource at the other end.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the ref's meta.</summary>
    [JsonPropertyName("meta")]
    public DmRefMeta? Meta { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The meta of a relationship link.</summary>
public sealed class DmLinkMeta
{
    /// <summary>Gets the link.</summary>
    [JsonPropertyName("link")]
    public DmLinkObject? Link { get; init; }

    /// <summary>Gets the resource the link points to, when it is one (type and id).</summary>
    [JsonPropertyName("data")]
    public Aps.Sdk.JsonApi.JsonApiResourceIdentifier? Data { get; init; }

    /// <summary>Gets the MIME type of the linked content.</summary>
    [JsonPropertyName("mimeType")]
    public string? MimeType { get; init; }

    /// <summary>Gets the extension of the link.</summary>
    [JsonPropertyName("extension")]
    public DmExtension? Extension { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One relationship link (<c>relationships/links</c>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-folders-folder_id-relationships-links-GET/">APS reference</see>.</remarks>
public sealed class DmRelationshipLink
{
    /// <summary>Gets the type (<c>links</c>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the link id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the link's meta.</summary>
    [JsonPropertyName("meta")]
    public DmLinkMeta? Meta { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
