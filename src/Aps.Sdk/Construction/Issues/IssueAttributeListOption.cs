using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>One option of a <c>list</c> custom attribute; an issue's value is the option id.</summary>
public sealed class IssueAttributeListOption
{
    /// <summary>Gets the option id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the text shown.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
