using Aps.Sdk.Construction;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>Changes to a project member: only the properties you set are sent (see <see cref="ApsOptional{T}"/>).</summary>
public sealed class ProjectUserUpdateRequest
{
    /// <summary>Gets or sets the company; <see langword="null"/> clears it.</summary>
    [JsonPropertyName("companyId")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> CompanyId { get; set; }

    /// <summary>Gets or sets the role ids (the whole list).</summary>
    [JsonPropertyName("roleIds")]
    [JsonConverter(typeof(ApsOptionalConverter<IReadOnlyList<string>?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<IReadOnlyList<string>?> RoleIds { get; set; }

    /// <summary>Gets or sets the product access (the listed products change).</summary>
    [JsonPropertyName("products")]
    [JsonConverter(typeof(ApsOptionalConverter<IReadOnlyList<ProjectUserProduct>?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<IReadOnlyList<ProjectUserProduct>?> Products { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
