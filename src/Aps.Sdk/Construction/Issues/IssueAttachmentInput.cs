using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>One file to attach.</summary>
public sealed class IssueAttachmentInput
{
    /// <summary>Gets or sets the attachment id (a new UUID you choose).</summary>
    [JsonPropertyName("attachmentId")]
    public string? AttachmentId { get; set; }

    /// <summary>Gets or sets the name shown.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the stored file name.</summary>
    [JsonPropertyName("fileName")]
    public string? FileName { get; set; }

    /// <summary>Gets or sets the kind; <c>issue-attachment</c> when left empty.</summary>
    [JsonPropertyName("attachmentType")]
    public string? AttachmentType { get; set; }

    /// <summary>Gets or sets the OSS object URN of the uploaded file.</summary>
    [JsonPropertyName("storageUrn")]
    public string? StorageUrn { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
