using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The value of one custom attribute on an issue. The value keeps its raw JSON because its type depends on the attribute (<see cref="Type"/>): a number, text, or a list option id.</summary>
public sealed class IssueCustomAttributeValue
{
    /// <summary>Gets the custom attribute definition.</summary>
    [JsonPropertyName("attributeDefinitionId")]
    public string? AttributeDefinitionId { get; init; }

    /// <summary>Gets the value as sent (number, string or null).</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    /// <summary>Gets the data type.</summary>
    [JsonPropertyName("type")]
    public IssueAttributeDataType? Type { get; init; }

    /// <summary>Gets the attribute title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
