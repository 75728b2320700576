using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A phone number.</summary>
public sealed class ProjectUserPhone
{
    /// <summary>Gets the number.</summary>
    [JsonPropertyName("number")]
    public string? Number { get; init; }

    /// <summary>Gets the kind, for example <c>mobile</c>.</summary>
    [JsonPropertyName("phoneType")]
    public string? PhoneType { get; init; }

    /// <summary>Gets the extension.</summary>
    [JsonPropertyName("extension")]
    public string? Extension { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
