using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>An account user as the legacy <c>/hq/v1</c> API returns it (snake_case).</summary>
public sealed class HqUser
{
    /// <summary>Gets the user id in the account.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the account id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public HqUserStatus? Status { get; init; }

    /// <summary>Gets the account role, for example <c>account_admin</c>.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>Gets the default company.</summary>
    [JsonPropertyName("company_id")]
    public string? CompanyId { get; init; }

    /// <summary>Gets the default company's name.</summary>
    [JsonPropertyName("company_name")]
    public string? CompanyName { get; init; }

    /// <summary>Gets the last sign-in.</summary>
    [JsonPropertyName("last_sign_in")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastSignIn { get; init; }

    /// <summary>Gets the email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the nickname.</summary>
    [JsonPropertyName("nickname")]
    public string? Nickname { get; init; }

    /// <summary>Gets the first name.</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; init; }

    /// <summary>Gets the Autodesk id.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Gets the image URL.</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }

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

    /// <summary>Gets the phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    /// <summary>Gets the company as typed by the user.</summary>
    [JsonPropertyName("company")]
    public string? Company { get; init; }

    /// <summary>Gets the job title.</summary>
    [JsonPropertyName("job_title")]
    public string? JobTitle { get; init; }

    /// <summary>Gets the industry.</summary>
    [JsonPropertyName("industry")]
    public string? Industry { get; init; }

    /// <summary>Gets the profile text.</summary>
    [JsonPropertyName("about_me")]
    public string? AboutMe { get; init; }

    /// <summary>Gets the default project role.</summary>
    [JsonPropertyName("default_role")]
    public string? DefaultRole { get; init; }

    /// <summary>Gets the default project role id.</summary>
    [JsonPropertyName("default_role_id")]
    public string? DefaultRoleId { get; init; }

    /// <summary>Gets when the user was added.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the user was last updated.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
