using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Aps.Sdk.Core.Errors;

namespace Aps.Sdk.JsonApi;

/// <summary>A JSON:API resource whose attributes are kept raw; read them typed with <see cref="GetAttributes{T}"/>.</summary>
public sealed class JsonApiResource
{
    // One shared empty instance: the generated reader always assigns the property, so a per-resource default would be
    // allocated for nothing.
    private IReadOnlyDictionary<string, JsonApiRelationship> _relationships = ReadOnlyDictionary<string, JsonApiRelationship>.Empty;

    /// <summary>Gets the resource type (for example <c>folders</c>, <c>items</c>, <c>versions</c>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the resource id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the attributes, raw.</summary>
    [JsonPropertyName("attributes")]
    public JsonElement? Attributes { get; init; }

    /// <summary>Gets the relationships by name (never null).</summary>
    [JsonPropertyName("relationships")]
    public IReadOnlyDictionary<string, JsonApiRelationship> Relationships
    {
        get => _relationships;

        // The source generator assigns every init-only property, absent ones with null: coalesce to keep "never null".
        init => _relationships = value ?? ReadOnlyDictionary<string, JsonApiRelationship>.Empty;
    }

    /// <summary>Gets the resource links.</summary>
    [JsonPropertyName("links")]
    public JsonApiLinks? Links { get; init; }

    /// <summary>Gets the resource meta, raw.</summary>
    [JsonPropertyName("meta")]
    public JsonElement? Meta { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Reads the attributes as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The attributes model.</typeparam>
    /// <param name="typeInfo">Source-generated metadata of the model.</param>
    /// <returns>The attributes, or default when there are none.</returns>
    /// <exception cref="ApsException">The attributes do not have the expected shape.</exception>
    public T? GetAttributes<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (Attributes is not { ValueKind: JsonValueKind.Object } attributes)
        {
            return default;
        }

        try
        {
            return attributes.Deserialize(typeInfo);
        }
        catch (JsonException ex)
        {
            throw new ApsException($"The attributes of {Type} resource '{ApsRedaction.RedactText(Id)}' are not the expected {typeof(T).Name}.", ex);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Type}:{Id}";
}
