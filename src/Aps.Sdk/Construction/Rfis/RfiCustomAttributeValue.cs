using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>The value of a custom attribute on an RFI.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfis-rfiId-GET/">APS reference</see>.</remarks>
public sealed class RfiCustomAttributeValue
{
    /// <summary>Gets the custom attribute id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the values, raw (text, numbers or value ids, per the attribute's type) (never null).</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<JsonElement> Values { get; init => field = value ?? []; } = [];

    /// <summary>Gets a value indicating whether the attribute's values are picked from a list.</summary>
    [JsonPropertyName("isSelectable")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsSelectable { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
