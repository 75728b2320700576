using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>A company of the account directory (<c>/construction/admin</c>, camelCase).</summary>
public sealed class AccountCompany
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the account id.</summary>
    [JsonPropertyName("accountId")]
    public string? AccountId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the trade.</summary>
    [JsonPropertyName("trade")]
    public string? Trade { get; init; }

    /// <summary>Gets the addresses.</summary>
    [JsonPropertyName("addresses")]
    public IReadOnlyList<CompanyAddress> Addresses { get; init => field = value ?? []; } = [];

    /// <summary>Gets the website.</summary>
    [JsonPropertyName("websiteUrl")]
    public string? WebsiteUrl { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the ERP id.</summary>
    [JsonPropertyName("erpId")]
    public string? ErpId { get; init; }

    /// <summary>Gets the tax id.</summary>
    [JsonPropertyName("taxId")]
    public string? TaxId { get; init; }

    /// <summary>Gets the image URL.</summary>
    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the original name.</summary>
    [JsonPropertyName("originalName")]
    public string? OriginalName { get; init; }

    /// <summary>Gets the number of projects.</summary>
    [JsonPropertyName("projectSize")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? ProjectSize { get; init; }

    /// <summary>Gets the number of users.</summary>
    [JsonPropertyName("userSize")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? UserSize { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
