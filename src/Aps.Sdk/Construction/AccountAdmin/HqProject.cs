using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A project as the legacy <c>/hq/v1</c> API returns it (snake_case), for example after an image upload.</summary>
public sealed class HqProject
{
    /// <summary>Gets the project id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the account id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the start date.</summary>
    [JsonPropertyName("start_date")]
    public string? StartDate { get; init; }

    /// <summary>Gets the end date.</summary>
    [JsonPropertyName("end_date")]
    public string? EndDate { get; init; }

    /// <summary>Gets the project type.</summary>
    [JsonPropertyName("project_type")]
    public string? ProjectType { get; init; }

    /// <summary>Gets the value.</summary>
    [JsonPropertyName("value")]
    public double? Value { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public ProjectStatus? Status { get; init; }

    /// <summary>Gets the job number.</summary>
    [JsonPropertyName("job_number")]
    public string? JobNumber { get; init; }

    /// <summary>Gets the first address line.</summary>
    [JsonPropertyName("address_line_1")]
    public string? AddressLine1 { get; init; }

    /// <summary>Gets the second address line.</summary>
    [JsonPropertyName("address_line_2")]
    public string? AddressLine2 { get; init; }

    /// <summary>Gets the city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; init; }

    /// <summary>Gets the state or province.</summary>
    [JsonPropertyName("state_or_province")]
    public string? StateOrProvince { get; init; }

    /// <summary>Gets the postal code.</summary>
    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; init; }

    /// <summary>Gets the country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>Gets the business unit.</summary>
    [JsonPropertyName("business_unit_id")]
    public string? BusinessUnitId { get; init; }

    /// <summary>Gets the time zone.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }

    /// <summary>Gets the language.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>Gets the construction type.</summary>
    [JsonPropertyName("construction_type")]
    public string? ConstructionType { get; init; }

    /// <summary>Gets the contract type.</summary>
    [JsonPropertyName("contract_type")]
    public string? ContractType { get; init; }

    /// <summary>Gets the last sign-in.</summary>
    [JsonPropertyName("last_sign_in")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastSignIn { get; init; }

    /// <summary>Gets the image URL.</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }

    /// <summary>Gets the thumbnail URL.</summary>
    [JsonPropertyName("thumbnail_image_url")]
    public string? ThumbnailImageUrl { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was updated.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
