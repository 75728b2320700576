using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The options of a <c>list</c> custom attribute.</summary>
public sealed class IssueAttributeListMetadata
{
    /// <summary>Gets the options.</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<IssueAttributeListOption> Options { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
