using Aps.Sdk.Construction;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>Changes to a company: only the properties you set are sent, <see langword="null"/> clears one (see <see cref="ApsOptional{T}"/>).</summary>
public sealed class HqCompanyUpdateRequest
{
    /// <summary>Gets or sets the name (unique in the account).</summary>
    [JsonPropertyName("name")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> Name { get; set; }

    /// <summary>Gets or sets the trade, for example <c>Concrete</c>.</summary>
    [JsonPropertyName("trade")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> Trade { get; set; }

    /// <summary>Gets or sets the first address line.</summary>
    [JsonPropertyName("address_line_1")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> AddressLine1 { get; set; }

    /// <summary>Gets or sets the second address line.</summary>
    [JsonPropertyName("address_line_2")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> AddressLine2 { get; set; }

    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> City { get; set; }

    /// <summary>Gets or sets the state or province.</summary>
    [JsonPropertyName("state_or_province")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> StateOrProvince { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    [JsonPropertyName("postal_code")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> PostalCode { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> Country { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    [JsonPropertyName("phone")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> Phone { get; set; }

    /// <summary>Gets or sets the website.</summary>
    [JsonPropertyName("website_url")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> WebsiteUrl { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [JsonPropertyName("description")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> Description { get; set; }

    /// <summary>Gets or sets the ERP id.</summary>
    [JsonPropertyName("erp_id")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> ErpId { get; set; }

    /// <summary>Gets or sets the tax id.</summary>
    [JsonPropertyName("tax_id")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> TaxId { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
