using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.JsonApi;

/// <summary>A JSON:API resource identifier (<c>{type, id}</c>).</summary>
public sealed class JsonApiResourceIdentifier
{
    /// <summary>Gets the resource type.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the resource id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets fields this model does not name (for example <c>meta</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Type}:{Id}";
}
