using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Aps.Sdk.JsonApi;

/// <summary>
/// A JSON:API document as Data Management returns it: <see cref="Data"/>, the <see cref="Included"/> resources
/// (resolved by type and id with <see cref="FindIncluded(string, string)"/>), <see cref="Links"/>, <see cref="Meta"/> and the
/// <c>meta.warnings</c> APS puts there.
/// </summary>
/// <typeparam name="TData">The primary data: one resource or a list.</typeparam>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/developers_guide/basics/">Data Management basics</see>.</remarks>
public sealed class JsonApiDocument<TData>
{
    private Dictionary<(string Type, string Id), JsonApiResource>? _index;

    // The source generator assigns every init-only property, absent ones with null: coalesce to keep "never null".
    private IReadOnlyList<JsonApiResource> _included = [];

    /// <summary>Gets the JSON:API version object.</summary>
    [JsonPropertyName("jsonapi")]
    public JsonElement? JsonApi { get; init; }

    /// <summary>Gets the document links (<c>self</c>, <c>next</c>, …).</summary>
    [JsonPropertyName("links")]
    public JsonApiLinks? Links { get; init; }

    /// <summary>Gets the primary data.</summary>
    [JsonPropertyName("data")]
    public TData? Data { get; init; }

    /// <summary>Gets the included resources (never null).</summary>
    [JsonPropertyName("included")]
    public IReadOnlyList<JsonApiResource> Included { get => _included; init => _included = value ?? []; }

    /// <summary>Gets the document meta, raw.</summary>
    [JsonPropertyName("meta")]
    public JsonElement? Meta { get; init; }

    /// <summary>Gets top-level members this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets the warnings in <c>meta.warnings</c> (never null).</summary>
    [JsonIgnore]
    public IReadOnlyList<ApsWarning> Warnings => JsonApiWarnings.Read(Meta);

    /// <summary>Finds an included resource by type and id.</summary>
    /// <param name="type">The resource type (for example <c>versions</c>).</param>
    /// <param name="id">The resource id.</param>
    /// <returns>The resource, or <see langword="null"/> when it was not included.</returns>
    public JsonApiResource? FindIncluded(string type, string id)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(id);
        _index ??= BuildIndex();
        return _index.TryGetValue((type, id), out var resource) ? resource : null;
    }

    /// <summary>Finds the included resource a relationship points to.</summary>
    /// <param name="identifier">The relationship's resource identifier.</param>
    /// <returns>The resource, or <see langword="null"/> when it was not included.</returns>
    public JsonApiResource? FindIncluded(JsonApiResourceIdentifier identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return identifier.Type is null || identifier.Id is null ? null : FindIncluded(identifier.Type, identifier.Id);
    }

    /// <summary>Reads an included resource's attributes as <typeparamref name="TAttributes"/>.</summary>
    /// <typeparam name="TAttributes">The attributes model.</typeparam>
    /// <param name="type">The resource type.</param>
    /// <param name="id">The resource id.</param>
    /// <param name="typeInfo">Source-generated metadata of the attributes model.</param>
    /// <returns>The attributes, or default when the resource was not included.</returns>
    public TAttributes? GetIncludedAttributes<TAttributes>(string type, string id, JsonTypeInfo<TAttributes> typeInfo)
        => FindIncluded(type, id) is { } resource ? resource.GetAttributes(typeInfo) : default;

    private Dictionary<(string, string), JsonApiResource> BuildIndex()
    {
        var index = new Dictionary<(string, string), JsonApiResource>();
        foreach (var resource in Included)
        {
            if (resource.Type is not null && resource.Id is not null)
            {
                index.TryAdd((resource.Type, resource.Id), resource);
            }
        }

        return index;
    }
}
