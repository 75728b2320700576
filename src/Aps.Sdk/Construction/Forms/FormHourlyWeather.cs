using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Forms;

/// <summary>One hourly weather reading of a form.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-forms-GET/">APS reference</see>.</remarks>
public sealed class FormHourlyWeather
{
    /// <summary>Gets the reading id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the hour, <c>hh:mm:ss</c>.</summary>
    [JsonPropertyName("hour")]
    public string? Hour { get; init; }

    /// <summary>Gets the temperature.</summary>
    [JsonPropertyName("temp")]
    public double? Temp { get; init; }

    /// <summary>Gets the wind speed.</summary>
    [JsonPropertyName("windSpeed")]
    public double? WindSpeed { get; init; }

    /// <summary>Gets the wind bearing, in degrees.</summary>
    [JsonPropertyName("windBearing")]
    public double? WindBearing { get; init; }

    /// <summary>Gets the humidity, 0 to 1.</summary>
    [JsonPropertyName("humidity")]
    public double? Humidity { get; init; }

    /// <summary>Gets when the reading was fetched.</summary>
    [JsonPropertyName("fetchedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>Gets when the reading was recorded.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the reading was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
