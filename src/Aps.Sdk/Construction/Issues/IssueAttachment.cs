using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>A file attached to an issue (the file itself is in Autodesk Docs; download it through Data Management / OSS).</summary>
public sealed class IssueAttachment
{
    /// <summary>Gets the attachment id.</summary>
    [JsonPropertyName("attachmentId")]
    public string? AttachmentId { get; init; }

    /// <summary>Gets the name shown.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }

    /// <summary>Gets the stored file name.</summary>
    [JsonPropertyName("fileName")]
    public string? FileName { get; init; }

    /// <summary>Gets the kind (<c>issue-attachment</c>).</summary>
    [JsonPropertyName("attachmentType")]
    public string? AttachmentType { get; init; }

    /// <summary>Gets the OSS object URN.</summary>
    [JsonPropertyName("storageUrn")]
    public string? StorageUrn { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    [JsonPropertyName("fileSize")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? FileSize { get; init; }

    /// <summary>Gets the file type.</summary>
    [JsonPropertyName("fileType")]
    public string? FileType { get; init; }

    /// <summary>Gets the issue id.</summary>
    [JsonPropertyName("domainEntityId")]
    public string? DomainEntityId { get; init; }

    /// <summary>Gets the Docs lineage URN.</summary>
    [JsonPropertyName("lineageUrn")]
    public string? LineageUrn { get; init; }

    /// <summary>Gets the version number.</summary>
    [JsonPropertyName("version")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Version { get; init; }

    /// <summary>Gets the version URN.</summary>
    [JsonPropertyName("versionUrn")]
    public string? VersionUrn { get; init; }

    /// <summary>Gets the tip version URN.</summary>
    [JsonPropertyName("tipVersionUrn")]
    public string? TipVersionUrn { get; init; }

    /// <summary>Gets the viewable (bubble) URN.</summary>
    [JsonPropertyName("bubbleUrn")]
    public string? BubbleUrn { get; init; }

    /// <summary>Gets who attached it.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when it was attached.</summary>
    [JsonPropertyName("createdOn")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedOn { get; init; }

    /// <summary>Gets who changed it.</summary>
    [JsonPropertyName("modifiedBy")]
    public string? ModifiedBy { get; init; }

    /// <summary>Gets when it changed.</summary>
    [JsonPropertyName("modifiedOn")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? ModifiedOn { get; init; }

    /// <summary>Gets who removed it.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets when it was removed.</summary>
    [JsonPropertyName("deletedOn")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedOn { get; init; }

    /// <summary>Gets a value indicating whether it is removed.</summary>
    [JsonPropertyName("isDeleted")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsDeleted { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
