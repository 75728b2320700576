using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk;

/// <summary>One error reported by APS (a JSON:API <c>errors[]</c> entry or an equivalent).</summary>
public sealed class ApsError
{
    /// <summary>Gets the error id, when APS sent one.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the HTTP status APS attached to this error, as text.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the machine-readable code.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets the short title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the detail.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Code ?? Title}: {Detail}";
}
