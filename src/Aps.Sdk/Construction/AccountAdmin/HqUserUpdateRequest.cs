using Aps.Sdk.Construction;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>Changes to an account user (status and default company only): only the properties you set are sent.</summary>
public sealed class HqUserUpdateRequest
{
    /// <summary>Gets or sets the status (<c>active</c> or <c>inactive</c>).</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(ApsOptionalConverter<HqUserStatus?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<HqUserStatus?> Status { get; set; }

    /// <summary>Gets or sets the default company; <see langword="null"/> clears it.</summary>
    [JsonPropertyName("company_id")]
    [JsonConverter(typeof(ApsOptionalConverter<string?>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ApsOptional<string?> CompanyId { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
