using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>The template a new project is cloned from.</summary>
public sealed class ProjectTemplateReference
{
    /// <summary>Gets or sets the template project id.</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; set; }

    /// <summary>Gets or sets the cloning options, as raw JSON.</summary>
    [JsonPropertyName("options")]
    public JsonElement? Options { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
