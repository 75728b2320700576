using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>A postal address of <see cref="ApsUserInfo"/>.</summary>
public sealed class ApsUserAddress
{
    /// <summary>Gets the street address.</summary>
    [JsonPropertyName("street_address")]
    public string? StreetAddress { get; init; }

    /// <summary>Gets the city.</summary>
    [JsonPropertyName("locality")]
    public string? Locality { get; init; }

    /// <summary>Gets the state or region.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>Gets the postal code.</summary>
    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; init; }

    /// <summary>Gets the country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
