using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A new company; <see cref="Name"/> and <see cref="Trade"/> are required.</summary>
public sealed class HqCompanyCreateRequest
{
    /// <summary>Gets or sets the name (unique in the account).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the trade, for example <c>Concrete</c>.</summary>
    [JsonPropertyName("trade")]
    public string? Trade { get; set; }

    /// <summary>Gets or sets the first address line.</summary>
    [JsonPropertyName("address_line_1")]
    public string? AddressLine1 { get; set; }

    /// <summary>Gets or sets the second address line.</summary>
    [JsonPropertyName("address_line_2")]
    public string? AddressLine2 { get; set; }

    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Gets or sets the state or province.</summary>
    [JsonPropertyName("state_or_province")]
    public string? StateOrProvince { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets or sets the website.</summary>
    [JsonPropertyName("website_url")]
    public string? WebsiteUrl { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the ERP id.</summary>
    [JsonPropertyName("erp_id")]
    public string? ErpId { get; set; }

    /// <summary>Gets or sets the tax id.</summary>
    [JsonPropertyName("tax_id")]
    public string? TaxId { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
