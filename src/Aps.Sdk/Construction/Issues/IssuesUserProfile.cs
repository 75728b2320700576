using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The current user's Issues permissions in a project (<c>GET users/me</c>).</summary>
public sealed class IssuesUserProfile
{
    /// <summary>Gets the user's Autodesk id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets a value indicating whether the user is a project admin.</summary>
    [JsonPropertyName("isProjectAdmin")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsProjectAdmin { get; init; }

    /// <summary>Gets a value indicating whether the user can manage issue templates (APS documents it as not relevant; an empty string reads as <see langword="null"/>).</summary>
    [JsonPropertyName("canManageTemplates")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? CanManageTemplates { get; init; }

    /// <summary>Gets what the user may do with new issues and which statuses the user may filter by.</summary>
    [JsonPropertyName("issues")]
    public IssuesPermissions? Issues { get; init; }

    /// <summary>Gets the permission levels (<c>create</c>, <c>read</c>, <c>write</c>); their combination is the UI permission level.</summary>
    [JsonPropertyName("permissionLevels")]
    public IReadOnlyList<IssuePermissionLevel> PermissionLevels { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
