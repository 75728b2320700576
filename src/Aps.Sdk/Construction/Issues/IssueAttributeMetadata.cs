using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The metadata of a custom attribute definition.</summary>
public sealed class IssueAttributeMetadata
{
    /// <summary>Gets the options of a <c>list</c> attribute.</summary>
    [JsonPropertyName("list")]
    public IssueAttributeListMetadata? List { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
