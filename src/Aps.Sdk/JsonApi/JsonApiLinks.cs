using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.JsonApi;

/// <summary>JSON:API links; each may be a string or an object with <c>href</c> (both are read).</summary>
public sealed class JsonApiLinks
{
    /// <summary>Gets the <c>self</c> link.</summary>
    [JsonPropertyName("self")]
    [JsonConverter(typeof(JsonApiLinkConverter))]
    public JsonApiLink? Self { get; init; }

    /// <summary>Gets the <c>next</c> page link.</summary>
    [JsonPropertyName("next")]
    [JsonConverter(typeof(JsonApiLinkConverter))]
    public JsonApiLink? Next { get; init; }

    /// <summary>Gets the <c>prev</c> page link.</summary>
    [JsonPropertyName("prev")]
    [JsonConverter(typeof(JsonApiLinkConverter))]
    public JsonApiLink? Prev { get; init; }

    /// <summary>Gets the <c>first</c> page link.</summary>
    [JsonPropertyName("first")]
    [JsonConverter(typeof(JsonApiLinkConverter))]
    public JsonApiLink? First { get; init; }

    /// <summary>Gets the <c>last</c> page link.</summary>
    [JsonPropertyName("last")]
    [JsonConverter(typeof(JsonApiLinkConverter))]
    public JsonApiLink? Last { get; init; }

    /// <summary>Gets the <c>related</c> link.</summary>
    [JsonPropertyName("related")]
    [JsonConverter(typeof(JsonApiLinkConverter))]
    public JsonApiLink? Related { get; init; }

    /// <summary>Gets other links (for example <c>webView</c>), raw.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
