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
    [JsonIgnore]
    public IDictionary<string, JsonElement>? AdditionalData { get => ExtensionData; init => ExtensionData = value; }

    // System.Text.Json's source generator cannot fill an init-only [JsonExtensionData] property (it would bind it to
    // the deserialization constructor and throw at run time, dotnet/runtime#107898); it fills this settable one.
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Type}:{Id}";
}
