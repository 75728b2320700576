using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>The business-unit tree of an account (<c>{business_units}</c>).</summary>
public sealed class BusinessUnitsStructure
{
    /// <summary>Gets the units, parents before children.</summary>
    [JsonPropertyName("business_units")]
    public IReadOnlyList<BusinessUnit> BusinessUnits { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
