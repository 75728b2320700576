using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The <c>issues</c> part of the user profile.</summary>
public sealed class IssuesPermissions
{
    /// <summary>Gets what the user may do when creating an issue.</summary>
    [JsonPropertyName("new")]
    public IssuesPermissionSet? New { get; init; }

    /// <summary>Gets the statuses the user may filter by.</summary>
    [JsonPropertyName("filter")]
    public IssuesPermissionSet? Filter { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
