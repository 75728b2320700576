using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>The current user's place in the RFI workflow.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-users-me-GET/">APS reference</see>.</remarks>
public sealed class RfiUserWorkflow
{
    /// <summary>Gets the workflow roles: <c>projectSC</c>, <c>projectGC</c>, <c>projectCoordinator</c>, <c>projectReviewer</c> (never null).</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<string> Roles { get; init => field = value ?? []; } = [];

    /// <summary>Gets the workflow type: <c>US</c> or <c>EMEA</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
