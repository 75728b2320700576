using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Forms;

/// <summary>The weather recorded on a form.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-forms-GET/">APS reference</see>.</remarks>
public sealed class FormWeather
{
    /// <summary>Gets the summary (for example <c>Clear</c>).</summary>
    [JsonPropertyName("summaryKey")]
    public string? SummaryKey { get; init; }

    /// <summary>Gets the weather provider.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>Gets the precipitation.</summary>
    [JsonPropertyName("precipitationAccumulation")]
    public double? PrecipitationAccumulation { get; init; }

    /// <summary>Gets the unit of <see cref="PrecipitationAccumulation"/>.</summary>
    [JsonPropertyName("precipitationAccumulationUnit")]
    public string? PrecipitationAccumulationUnit { get; init; }

    /// <summary>Gets the lowest temperature.</summary>
    [JsonPropertyName("temperatureMin")]
    public double? TemperatureMin { get; init; }

    /// <summary>Gets the highest temperature.</summary>
    [JsonPropertyName("temperatureMax")]
    public double? TemperatureMax { get; init; }

    /// <summary>Gets the temperature unit.</summary>
    [JsonPropertyName("temperatureUnit")]
    public string? TemperatureUnit { get; init; }

    /// <summary>Gets the humidity, 0 to 1.</summary>
    [JsonPropertyName("humidity")]
    public double? Humidity { get; init; }

    /// <summary>Gets the wind speed.</summary>
    [JsonPropertyName("windSpeed")]
    public double? WindSpeed { get; init; }

    /// <summary>Gets the wind gust speed.</summary>
    [JsonPropertyName("windGust")]
    public double? WindGust { get; init; }

    /// <summary>Gets the unit of the wind speeds.</summary>
    [JsonPropertyName("speedUnit")]
    public string? SpeedUnit { get; init; }

    /// <summary>Gets the wind bearing, in degrees.</summary>
    [JsonPropertyName("windBearing")]
    public double? WindBearing { get; init; }

    /// <summary>Gets the hourly readings (never null).</summary>
    [JsonPropertyName("hourlyWeather")]
    public IReadOnlyList<FormHourlyWeather> HourlyWeather { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
