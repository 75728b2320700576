using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>The current user as the RFIs service sees them: role, workflow roles and permitted actions.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-users-me-GET/">APS reference</see>.</remarks>
public sealed class RfiCurrentUser
{
    /// <summary>Gets the user.</summary>
    [JsonPropertyName("user")]
    public RfiUser? User { get; init; }

    /// <summary>Gets what the user may do (for example <c>createRfi</c> with permitted statuses and attributes), raw.</summary>
    [JsonPropertyName("permittedActions")]
    public JsonElement? PermittedActions { get; init; }

    /// <summary>Gets the user's workflow roles and the project's workflow type.</summary>
    [JsonPropertyName("workflow")]
    public RfiUserWorkflow? Workflow { get; init; }

    /// <summary>Gets the id of the default RFI type.</summary>
    [JsonPropertyName("defaultRfiType")]
    public string? DefaultRfiType { get; init; }

    /// <summary>Gets the external users (never null).</summary>
    [JsonPropertyName("externalUsers")]
    public IReadOnlyList<RfiExternalUser> ExternalUsers { get; init => field = value ?? []; } = [];

    /// <summary>Gets the end of a maintenance window, when one is announced (as sent).</summary>
    [JsonPropertyName("maintenanceEndDate")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MaintenanceEndDate { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
