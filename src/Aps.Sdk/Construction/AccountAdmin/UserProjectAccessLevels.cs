using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A user's access to a project.</summary>
public sealed class UserProjectAccessLevels
{
    /// <summary>Gets a value indicating whether the user is a project admin.</summary>
    [JsonPropertyName("projectAdmin")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? ProjectAdmin { get; init; }

    /// <summary>Gets a value indicating whether the user is a project member.</summary>
    [JsonPropertyName("projectMember")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? ProjectMember { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
