using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>Permitted actions, attributes and statuses. APS sends both camelCase and snake_case spellings; both are kept.</summary>
public sealed class IssuesPermissionSet
{
    /// <summary>Gets the permitted actions (for example <c>add_comment</c>, <c>assign_all</c>, <c>assign_same_company</c>).</summary>
    [JsonPropertyName("permittedActions")]
    public IReadOnlyList<string> PermittedActions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the attributes the user may set.</summary>
    [JsonPropertyName("permittedAttributes")]
    public IReadOnlyList<string> PermittedAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the statuses the user may set.</summary>
    [JsonPropertyName("permittedStatuses")]
    public IReadOnlyList<IssueStatus> PermittedStatuses { get; init => field = value ?? []; } = [];

    /// <summary>Gets the permitted actions, as sent in the snake_case field.</summary>
    [JsonPropertyName("permitted_actions")]
    public IReadOnlyList<string> PermittedActionsLegacy { get; init => field = value ?? []; } = [];

    /// <summary>Gets the permitted attributes, as sent in the snake_case field.</summary>
    [JsonPropertyName("permitted_attributes")]
    public IReadOnlyList<string> PermittedAttributesLegacy { get; init => field = value ?? []; } = [];

    /// <summary>Gets the permitted statuses, as sent in the snake_case field.</summary>
    [JsonPropertyName("permitted_statuses")]
    public IReadOnlyList<IssueStatus> PermittedStatusesLegacy { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
