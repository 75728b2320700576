using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A project member (<c>/construction/admin</c>).</summary>
public sealed class ProjectUser
{
    /// <summary>Gets the email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the ACC user id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the first name.</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; init; }

    /// <summary>Gets the Autodesk id.</summary>
    [JsonPropertyName("autodeskId")]
    public string? AutodeskId { get; init; }

    /// <summary>Gets the analytics id.</summary>
    [JsonPropertyName("analyticsId")]
    public string? AnalyticsId { get; init; }

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

    /// <summary>Gets the image URL.</summary>
    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; init; }

    /// <summary>Gets the phone.</summary>
    [JsonPropertyName("phone")]
    public ProjectUserPhone? Phone { get; init; }

    /// <summary>Gets the job title.</summary>
    [JsonPropertyName("jobTitle")]
    public string? JobTitle { get; init; }

    /// <summary>Gets the industry.</summary>
    [JsonPropertyName("industry")]
    public string? Industry { get; init; }

    /// <summary>Gets the profile text.</summary>
    [JsonPropertyName("aboutMe")]
    public string? AboutMe { get; init; }

    /// <summary>Gets the access levels.</summary>
    [JsonPropertyName("accessLevels")]
    public ProjectUserAccessLevels? AccessLevels { get; init; }

    /// <summary>Gets when the user was added.</summary>
    [JsonPropertyName("addedOn")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? AddedOn { get; init; }

    /// <summary>Gets when the membership was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the company.</summary>
    [JsonPropertyName("companyId")]
    public string? CompanyId { get; init; }

    /// <summary>Gets the company name.</summary>
    [JsonPropertyName("companyName")]
    public string? CompanyName { get; init; }

    /// <summary>Gets the role ids.</summary>
    [JsonPropertyName("roleIds")]
    public IReadOnlyList<string> RoleIds { get; init => field = value ?? []; } = [];

    /// <summary>Gets the roles.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<ProjectUserRole> Roles { get; init => field = value ?? []; } = [];

    /// <summary>Gets the membership status.</summary>
    [JsonPropertyName("status")]
    public ProjectUserStatus? Status { get; init; }

    /// <summary>Gets the product access.</summary>
    [JsonPropertyName("products")]
    public IReadOnlyList<ProjectUserProduct> Products { get; init => field = value ?? []; } = [];

    /// <summary>Gets the id of the background job adding the user, when APS returns one.</summary>
    [JsonPropertyName("jobId")]
    public string? JobId { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
