using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A company as the legacy <c>/hq/v1</c> API returns it (snake_case). Project companies also carry <see cref="ProjectId"/> and <see cref="MemberGroupId"/>.</summary>
public sealed class HqCompany
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the account id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; init; }

    /// <summary>Gets the project (project companies only).</summary>
    [JsonPropertyName("project_id")]
    public string? ProjectId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the trade.</summary>
    [JsonPropertyName("trade")]
    public string? Trade { get; init; }

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

    /// <summary>Gets the website.</summary>
    [JsonPropertyName("website_url")]
    public string? WebsiteUrl { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the ERP id.</summary>
    [JsonPropertyName("erp_id")]
    public string? ErpId { get; init; }

    /// <summary>Gets the tax id.</summary>
    [JsonPropertyName("tax_id")]
    public string? TaxId { get; init; }

    /// <summary>Gets the member group id (project companies only).</summary>
    [JsonPropertyName("member_group_id")]
    public string? MemberGroupId { get; init; }

    /// <summary>Gets the image URL.</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
