using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.JsonApi;

/// <summary>A JSON:API relationship: resource identifiers in <see cref="Data"/> (one or many) and links.</summary>
public sealed class JsonApiRelationship
{
    private IReadOnlyList<JsonApiResourceIdentifier> _data = [];

    /// <summary>Gets the identifiers the relationship points to (a to-one relationship gives one; never null).</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JsonApiIdentifierListConverter))]
    public IReadOnlyList<JsonApiResourceIdentifier> Data
    {
        get => _data;

        // The source generator assigns every init-only property, absent ones with null: coalesce to keep "never null".
        init => _data = value ?? [];
    }

    /// <summary>Gets the relationship links (<c>related</c>, <c>self</c>).</summary>
    [JsonPropertyName("links")]
    public JsonApiLinks? Links { get; init; }

    /// <summary>Gets the relationship meta, raw (Data Management puts storage links here).</summary>
    [JsonPropertyName("meta")]
    public JsonElement? Meta { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
