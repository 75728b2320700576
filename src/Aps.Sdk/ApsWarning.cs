using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk;

/// <summary>
/// A warning APS put in a response's <c>meta.warnings</c> (Data Management uses PascalCase keys, for example when one
/// region of a hub list failed). Warnings do not fail the call; they are exposed on pages and exceptions.
/// </summary>
public sealed class ApsWarning
{
    /// <summary>Gets the warning id.</summary>
    [JsonPropertyName("Id")]
    public string? Id { get; init; }

    /// <summary>Gets the HTTP status the warning stands for, as text.</summary>
    [JsonPropertyName("HttpStatusCode")]
    public string? HttpStatusCode { get; init; }

    /// <summary>Gets the error code (for example <c>BIM360DM_ERROR</c>).</summary>
    [JsonPropertyName("ErrorCode")]
    public string? ErrorCode { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("Title")]
    public string? Title { get; init; }

    /// <summary>Gets the detail.</summary>
    [JsonPropertyName("Detail")]
    public string? Detail { get; init; }

    /// <summary>Gets a link that explains the warning.</summary>
    [JsonPropertyName("AboutLink")]
    public string? AboutLink { get; init; }

    /// <summary>Gets fields APS sent that this model does not name (for example <c>Source</c> and <c>meta</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{ErrorCode}: {Title} {Detail}".Trim();
}
