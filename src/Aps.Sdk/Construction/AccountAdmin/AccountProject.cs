using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>An account project (<c>/construction/admin</c>). The same model serves the project list, a single project and a user's projects (which add <see cref="AccessLevels"/>).</summary>
public sealed class AccountProject
{
    /// <summary>Gets the project id (without <c>b.</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the account id.</summary>
    [JsonPropertyName("accountId")]
    public string? AccountId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the start date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; init; }

    /// <summary>Gets the end date (<c>YYYY-MM-DD</c>).</summary>
    [JsonPropertyName("endDate")]
    public string? EndDate { get; init; }

    /// <summary>Gets the project type, for example <c>Hospital</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the classification.</summary>
    [JsonPropertyName("classification")]
    public ProjectClassification? Classification { get; init; }

    /// <summary>Gets the estimated value.</summary>
    [JsonPropertyName("projectValue")]
    public ProjectValue? ProjectValue { get; init; }

    /// <summary>Gets the status; a new project is <c>pending</c> until it is <c>active</c>.</summary>
    [JsonPropertyName("status")]
    public ProjectStatus? Status { get; init; }

    /// <summary>Gets the job number.</summary>
    [JsonPropertyName("jobNumber")]
    public string? JobNumber { get; init; }

    /// <summary>Gets the first address line.</summary>
    [JsonPropertyName("addressLine1")]
    public string? AddressLine1 { get; init; }

    /// <summary>Gets the second address line.</summary>
    [JsonPropertyName("addressLine2")]
    public string? AddressLine2 { get; init; }

    /// <summary>Gets the city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; init; }

    /// <summary>Gets the state or province.</summary>
    [JsonPropertyName("stateOrProvince")]
    public string? StateOrProvince { get; init; }

    /// <summary>Gets the postal code.</summary>
    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; init; }

    /// <summary>Gets the country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>Gets the latitude, as text.</summary>
    [JsonPropertyName("latitude")]
    public string? Latitude { get; init; }

    /// <summary>Gets the longitude, as text.</summary>
    [JsonPropertyName("longitude")]
    public string? Longitude { get; init; }

    /// <summary>Gets the IANA time zone.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }

    /// <summary>Gets the construction type.</summary>
    [JsonPropertyName("constructionType")]
    public string? ConstructionType { get; init; }

    /// <summary>Gets the delivery method.</summary>
    [JsonPropertyName("deliveryMethod")]
    public string? DeliveryMethod { get; init; }

    /// <summary>Gets the contract type.</summary>
    [JsonPropertyName("contractType")]
    public string? ContractType { get; init; }

    /// <summary>Gets the current phase.</summary>
    [JsonPropertyName("currentPhase")]
    public string? CurrentPhase { get; init; }

    /// <summary>Gets the image URL.</summary>
    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; init; }

    /// <summary>Gets the thumbnail URL.</summary>
    [JsonPropertyName("thumbnailImageUrl")]
    public string? ThumbnailImageUrl { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the number of sheets.</summary>
    [JsonPropertyName("sheetCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SheetCount { get; init; }

    /// <summary>Gets the platform: <c>acc</c> or <c>bim360</c>.</summary>
    [JsonPropertyName("platform")]
    public ProjectPlatform? Platform { get; init; }

    /// <summary>Gets the business unit.</summary>
    [JsonPropertyName("businessUnitId")]
    public string? BusinessUnitId { get; init; }

    /// <summary>Gets when a user last signed in to the project.</summary>
    [JsonPropertyName("lastSignIn")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastSignIn { get; init; }

    /// <summary>Gets the member group id.</summary>
    [JsonPropertyName("memberGroupId")]
    public string? MemberGroupId { get; init; }

    /// <summary>Gets the admin group id.</summary>
    [JsonPropertyName("adminGroupId")]
    public string? AdminGroupId { get; init; }

    /// <summary>Gets the products activated on the project.</summary>
    [JsonPropertyName("products")]
    public IReadOnlyList<ProjectProduct> Products { get; init => field = value ?? []; } = [];

    /// <summary>Gets the number of companies.</summary>
    [JsonPropertyName("companyCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? CompanyCount { get; init; }

    /// <summary>Gets the number of members.</summary>
    [JsonPropertyName("memberCount")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? MemberCount { get; init; }

    /// <summary>Gets the template the project was created from.</summary>
    [JsonPropertyName("templateId")]
    public string? TemplateId { get; init; }

    /// <summary>Gets the user's access to the project (user's projects only).</summary>
    [JsonPropertyName("accessLevels")]
    public UserProjectAccessLevels? AccessLevels { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
