using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>A sort rule of <see cref="RfisClient.SearchRfisAsync"/>.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-search-rfis-POST/">APS reference</see>.</remarks>
public sealed class RfiSort
{
    /// <summary>Gets or initializes the field (for example <c>createdAt</c>).</summary>
    [JsonPropertyName("field")]
    public string? Field { get; init; }

    /// <summary>Gets or initializes the order: <c>ASC</c> or <c>DESC</c>.</summary>
    [JsonPropertyName("order")]
    public string? Order { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
