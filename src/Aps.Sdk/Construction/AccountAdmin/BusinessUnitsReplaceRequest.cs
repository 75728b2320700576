using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>The whole business-unit tree (PUT replaces it: units left out are removed).</summary>
public sealed class BusinessUnitsReplaceRequest
{
    /// <summary>Gets or sets the units; each needs a name.</summary>
    [JsonPropertyName("business_units")]
    public IReadOnlyList<BusinessUnit>? BusinessUnits { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
