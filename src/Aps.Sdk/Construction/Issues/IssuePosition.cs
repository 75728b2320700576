using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>A pushpin position.</summary>
public sealed class IssuePosition
{
    /// <summary>Gets X.</summary>
    [JsonPropertyName("x")]
    public double? X { get; init; }

    /// <summary>Gets Y.</summary>
    [JsonPropertyName("y")]
    public double? Y { get; init; }

    /// <summary>Gets Z.</summary>
    [JsonPropertyName("z")]
    public double? Z { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
