using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>Users to add to a project in one call (at most 200).</summary>
public sealed class ProjectUsersImportRequest
{
    /// <summary>Gets or sets the users.</summary>
    [JsonPropertyName("users")]
    public IReadOnlyList<ProjectUserImportItem>? Users { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
