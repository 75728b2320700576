using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A new project (the API's <c>ProjectPayload</c>); <see cref="Name"/> and <see cref="Type"/> are required. Clone a template with <see cref="Template"/>.</summary>
public sealed class AccountProjectCreateRequest
{
    /// <summary>Gets or sets the name (required, unique in the account).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the start date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; set; }

    /// <summary>Gets or sets the end date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("endDate")]
    public string? EndDate { get; set; }

    /// <summary>Gets or sets the project type (required), for example <c>Hospital</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the classification.</summary>
    [JsonPropertyName("classification")]
    public ProjectClassification? Classification { get; set; }

    /// <summary>Gets or sets the estimated value.</summary>
    [JsonPropertyName("projectValue")]
    public ProjectValue? ProjectValue { get; set; }

    /// <summary>Gets or sets the job number.</summary>
    [JsonPropertyName("jobNumber")]
    public string? JobNumber { get; set; }

    /// <summary>Gets or sets the first address line.</summary>
    [JsonPropertyName("addressLine1")]
    public string? AddressLine1 { get; set; }

    /// <summary>Gets or sets the second address line.</summary>
    [JsonPropertyName("addressLine2")]
    public string? AddressLine2 { get; set; }

    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Gets or sets the state or province.</summary>
    [JsonPropertyName("stateOrProvince")]
    public string? StateOrProvince { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the latitude.</summary>
    [JsonPropertyName("latitude")]
    public string? Latitude { get; set; }

    /// <summary>Gets or sets the longitude.</summary>
    [JsonPropertyName("longitude")]
    public string? Longitude { get; set; }

    /// <summary>Gets or sets the IANA time zone.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; set; }

    /// <summary>Gets or sets the construction type.</summary>
    [JsonPropertyName("constructionType")]
    public string? ConstructionType { get; set; }

    /// <summary>Gets or sets the delivery method.</summary>
    [JsonPropertyName("deliveryMethod")]
    public string? DeliveryMethod { get; set; }

    /// <summary>Gets or sets the contract type.</summary>
    [JsonPropertyName("contractType")]
    public string? ContractType { get; set; }

    /// <summary>Gets or sets the current phase.</summary>
    [JsonPropertyName("currentPhase")]
    public string? CurrentPhase { get; set; }

    /// <summary>Gets or sets the business unit.</summary>
    [JsonPropertyName("businessUnitId")]
    public string? BusinessUnitId { get; set; }

    /// <summary>Gets or sets the number of sheets.</summary>
    [JsonPropertyName("sheetCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SheetCount { get; set; }

    /// <summary>Gets or sets the product keys to activate.</summary>
    [JsonPropertyName("products")]
    public IReadOnlyList<string>? Products { get; set; }

    /// <summary>Gets or sets the platform.</summary>
    [JsonPropertyName("platform")]
    public ProjectPlatform? Platform { get; set; }

    /// <summary>Gets or sets the company count.</summary>
    [JsonPropertyName("companyCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? CompanyCount { get; set; }

    /// <summary>Gets or sets the member count.</summary>
    [JsonPropertyName("memberCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? MemberCount { get; set; }

    /// <summary>Gets or sets the template to clone.</summary>
    [JsonPropertyName("template")]
    public ProjectTemplateReference? Template { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
