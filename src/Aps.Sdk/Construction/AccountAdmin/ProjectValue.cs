using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A project's estimated value.</summary>
public sealed class ProjectValue
{
    /// <summary>Gets or sets the amount.</summary>
    [JsonPropertyName("value")]
    public double? Value { get; set; }

    /// <summary>Gets or sets the ISO 4217 currency, for example <c>USD</c>.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
