using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A new account user; <see cref="Email"/> is required.</summary>
public sealed class HqUserCreateRequest
{
    /// <summary>Gets or sets the default company.</summary>
    [JsonPropertyName("company_id")]
    public string? CompanyId { get; set; }

    /// <summary>Gets or sets the email (required).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the nickname.</summary>
    [JsonPropertyName("nickname")]
    public string? Nickname { get; set; }

    /// <summary>Gets or sets the first name.</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>Gets or sets the image URL.</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; set; }

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

    /// <summary>Gets or sets the company as text.</summary>
    [JsonPropertyName("company")]
    public string? Company { get; set; }

    /// <summary>Gets or sets the job title.</summary>
    [JsonPropertyName("job_title")]
    public string? JobTitle { get; set; }

    /// <summary>Gets or sets the industry.</summary>
    [JsonPropertyName("industry")]
    public string? Industry { get; set; }

    /// <summary>Gets or sets the profile text.</summary>
    [JsonPropertyName("about_me")]
    public string? AboutMe { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
