using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The <c>{attachments}</c> body of the attachment calls.</summary>
internal sealed class IssueAttachmentsResponse
{
    /// <summary>Gets the attachments.</summary>
    [JsonPropertyName("attachments")]
    public IReadOnlyList<IssueAttachment> Attachments { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
