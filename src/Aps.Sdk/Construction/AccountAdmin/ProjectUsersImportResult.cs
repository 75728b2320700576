using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>The answer to a project user import (202): APS processes the rows in the background; list the project users to see the outcome.</summary>
public sealed class ProjectUsersImportResult
{
    /// <summary>Gets the id of the background job.</summary>
    [JsonPropertyName("jobId")]
    public string? JobId { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
