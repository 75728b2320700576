using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A project member's access levels.</summary>
public sealed class ProjectUserAccessLevels
{
    /// <summary>Gets a value indicating whether the user is an account admin.</summary>
    [JsonPropertyName("accountAdmin")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? AccountAdmin { get; init; }

    /// <summary>Gets a value indicating whether the user is a project admin.</summary>
    [JsonPropertyName("projectAdmin")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? ProjectAdmin { get; init; }

    /// <summary>Gets a value indicating whether the user is an executive.</summary>
    [JsonPropertyName("executive")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Executive { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
