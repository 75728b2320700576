using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>Files already uploaded to Autodesk Docs to attach to an issue (at most 100 attachments per issue).</summary>
public sealed class IssueAttachmentsAddRequest
{
    /// <summary>Gets or sets the issue id (filled in from the call's issue id when left empty).</summary>
    [JsonPropertyName("domainEntityId")]
    public string? DomainEntityId { get; set; }

    /// <summary>Gets or sets the files to attach.</summary>
    [JsonPropertyName("attachments")]
    public IReadOnlyList<IssueAttachmentInput>? Attachments { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
