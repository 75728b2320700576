using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>An RFI type of a project: the defaults and allowed values used when creating or updating RFIs. Only the id and name are typed; the rest of the configuration (allowed disciplines, categories, priorities, impacts, assignable users) is kept in <see cref="AdditionalData"/>, because the references carry no example of it.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-RFI-types-GET/">APS reference</see>.</remarks>
public sealed class RfiType
{
    /// <summary>Gets the RFI type id (<see cref="Rfi.RfiTypeId"/>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
