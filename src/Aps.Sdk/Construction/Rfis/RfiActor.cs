using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>A user, company or role on an RFI (assignee, reviewer, watcher, …).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-rfiId-GET/">APS reference</see>.</remarks>
public sealed class RfiActor
{
    /// <summary>Gets or initializes the Autodesk id of the user, or the id of the company or role.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets or initializes the kind: <c>user</c>, <c>company</c> or <c>role</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
