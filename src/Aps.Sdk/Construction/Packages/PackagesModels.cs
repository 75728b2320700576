using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Packages;

/// <summary>An ACC package: a named set of file versions.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/packages-list-packages-GET/">APS reference</see>.</remarks>
public sealed class AccPackage
{
    /// <summary>Gets the package id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the number shown in the UI.</summary>
    [JsonPropertyName("displayId")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? DisplayId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets when the package was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the creator's Autodesk id.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the package was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the last updater's Autodesk id.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets a value indicating whether the package is locked.</summary>
    [JsonPropertyName("locked")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Locked { get; init; }

    /// <summary>Gets who locked the package.</summary>
    [JsonPropertyName("lockedBy")]
    public string? LockedBy { get; init; }

    /// <summary>Gets when the package was locked.</summary>
    [JsonPropertyName("lockedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LockedAt { get; init; }

    /// <summary>Gets the number of resources.</summary>
    [JsonPropertyName("resourceCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ResourceCount { get; init; }

    /// <summary>Gets the version type: <c>FIXED</c> or <c>CURRENT</c>.</summary>
    [JsonPropertyName("versionType")]
    public string? VersionType { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A file version in a package (deleted files are listed too, with <see cref="IsDeleted"/>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/packages-list-package-resources-GET/">APS reference</see>.</remarks>
public sealed class AccPackageResource
{
    /// <summary>Gets the version URN.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets the resource id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets when the version was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the creator's id.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets the creator's name.</summary>
    [JsonPropertyName("createdByName")]
    public string? CreatedByName { get; init; }

    /// <summary>Gets when the version was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the last updater's id.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets the last updater's name.</summary>
    [JsonPropertyName("updatedByName")]
    public string? UpdatedByName { get; init; }

    /// <summary>Gets the file name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the file (or its folder) was deleted.</summary>
    [JsonPropertyName("isDeleted")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsDeleted { get; init; }

    /// <summary>Gets the entity type (for example <c>SEED_FILE</c>).</summary>
    [JsonPropertyName("entityType")]
    public string? EntityType { get; init; }

    /// <summary>Gets the parent folder URN.</summary>
    [JsonPropertyName("parentFolderUrn")]
    public string? ParentFolderUrn { get; init; }

    /// <summary>Gets the storage object URN.</summary>
    [JsonPropertyName("storageUrn")]
    public string? StorageUrn { get; init; }

    /// <summary>Gets the custom attribute values.</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyList<AccPackageCustomAttributeValue> CustomAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the version number.</summary>
    [JsonPropertyName("version")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Version { get; init; }

    /// <summary>Gets the approval status.</summary>
    [JsonPropertyName("approvalStatus")]
    public AccPackageApprovalStatus? ApprovalStatus { get; init; }

    /// <summary>Gets the file type (for example <c>pdf</c>).</summary>
    [JsonPropertyName("fileType")]
    public string? FileType { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A custom attribute value of a package resource.</summary>
public sealed class AccPackageCustomAttributeValue
{
    /// <summary>Gets the attribute id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Id { get; init; }

    /// <summary>Gets the type.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the value.</summary>
    [JsonPropertyName("value")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The approval status of a package resource.</summary>
public sealed class AccPackageApprovalStatus
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the label.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>Gets the value (for example <c>approved</c>).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>Options of <see cref="PackagesClient.ListPackagesAsync"/>.</summary>
public sealed class PackagesListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 200 (APS default 200).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the sort: a field (<c>name</c>, <c>createdAt</c>, <c>updatedAt</c>, <c>displayId</c>), optionally followed by <c> desc</c>.</summary>
    public string? Sort { get; set; }

    /// <summary>Gets the creators' Autodesk ids (<c>filter[createdBy]</c>, comma-joined).</summary>
    public IList<string> CreatedBy { get; } = [];

    /// <summary>Gets the last updaters' Autodesk ids (<c>filter[updatedBy]</c>).</summary>
    public IList<string> UpdatedBy { get; } = [];

    /// <summary>Gets or sets a creation range <c>start..end</c> (either end may be omitted; <c>filter[createdAt]</c>).</summary>
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets an update range <c>start..end</c> (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets the version type: <c>FIXED</c> or <c>CURRENT</c> (<c>filter[versionType]</c>).</summary>
    public string? VersionType { get; set; }
}

/// <summary>Options of <see cref="PackagesClient.ListPackageResourcesAsync"/>.</summary>
public sealed class PackageResourcesListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 1000 (APS default 200).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the sort: a field (<c>name</c>, <c>description</c>, <c>updatedAt</c>, <c>approvalStatus</c>, <c>version</c>), optionally followed by <c> desc</c>.</summary>
    public string? Sort { get; set; }

    /// <summary>Gets the file types to keep (<c>filter[fileType]</c>, for example <c>pdf</c>, <c>rvt</c>).</summary>
    public IList<string> FileTypes { get; } = [];

    /// <summary>Gets the version numbers to keep (<c>filter[version]</c>).</summary>
    public IList<int> Versions { get; } = [];
}
