using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A user to add to a project; <see cref="Email"/> and <see cref="Products"/> are required.</summary>
public sealed class ProjectUserAddRequest
{
    /// <summary>Gets or sets the email (required).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the company.</summary>
    [JsonPropertyName("companyId")]
    public string? CompanyId { get; set; }

    /// <summary>Gets or sets the role ids.</summary>
    [JsonPropertyName("roleIds")]
    public IReadOnlyList<string>? RoleIds { get; set; }

    /// <summary>Gets or sets the product access (required).</summary>
    [JsonPropertyName("products")]
    public IReadOnlyList<ProjectUserProduct>? Products { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
