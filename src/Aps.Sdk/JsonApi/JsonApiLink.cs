using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.JsonApi;

/// <summary>One JSON:API link.</summary>
public sealed class JsonApiLink
{
    /// <summary>Gets the address.</summary>
    [JsonPropertyName("href")]
    public string? Href { get; init; }

    /// <summary>Gets the link meta, raw.</summary>
    [JsonPropertyName("meta")]
    public JsonElement? Meta { get; init; }

    /// <inheritdoc />
    public override string ToString() => Href ?? string.Empty;
}
