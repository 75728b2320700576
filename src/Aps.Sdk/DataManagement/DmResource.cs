using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.JsonApi;
using Aps.Sdk.Oss;

namespace Aps.Sdk.DataManagement;

/// <summary>
/// A Data Management resource (hub, project, folder, item, version, ...) with typed attributes, its relationships,
/// links and meta. Related resources that came in the document's <c>included</c> are resolved with
/// <see cref="JsonApiDocument{TData}.FindIncluded(JsonApiResourceIdentifier)"/> or
/// <see cref="ApsPage{T}.Included"/>.
/// </summary>
/// <typeparam name="TAttributes">The attributes model.</typeparam>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/developers_guide/basics/">Data Management basics</see>.</remarks>
public sealed class DmResource<TAttributes>
    where TAttributes : class
{
    /// <summary>Gets the resource type (<c>hubs</c>, <c>projects</c>, <c>folders</c>, <c>items</c>, <c>versions</c>, ...).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the resource id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the attributes.</summary>
    [JsonPropertyName("attributes")]
    public TAttributes? Attributes { get; init; }

    /// <summary>Gets the relationships by name (never null).</summary>
    [JsonPropertyName("relationships")]
    public IReadOnlyDictionary<string, JsonApiRelationship> Relationships { get; init => field = value ?? new Dictionary<string, JsonApiRelationship>(); } = new Dictionary<string, JsonApiRelationship>();

    /// <summary>Gets the resource links (<c>self</c>, <c>webView</c> in <see cref="JsonApiLinks.AdditionalData"/>).</summary>
    [JsonPropertyName("links")]
    public JsonApiLinks? Links { get; init; }

    /// <summary>Gets the resource meta, raw.</summary>
    [JsonPropertyName("meta")]
    public JsonElement? Meta { get; init; }

    /// <summary>Gets fields this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets whether this is a folder.</summary>
    [JsonIgnore]
    public bool IsFolder => Type == "folders";

    /// <summary>Gets whether this is an item (a file).</summary>
    [JsonIgnore]
    public bool IsItem => Type == "items";

    /// <summary>Gets whether this is a version.</summary>
    [JsonIgnore]
    public bool IsVersion => Type == "versions";

    /// <summary>Gets the resource a to-one relationship points to (<c>parent</c>, <c>tip</c>, <c>item</c>, <c>storage</c>, ...).</summary>
    /// <param name="name">The relationship name.</param>
    /// <returns>The identifier, or <see langword="null"/> when the relationship is absent or has no data.</returns>
    public JsonApiResourceIdentifier? GetRelated(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Relationships.TryGetValue(name, out var relationship) && relationship.Data.Count > 0 ? relationship.Data[0] : null;
    }

    /// <summary>
    /// Reads the OSS object that stores this version (its <c>storage</c> relationship), or, for an <c>objects</c>
    /// resource (a storage location just created), this resource's own id. The bucket and key are parsed from the
    /// id, never from the <c>meta.link</c>, which APS has been seen to send malformed (seed 004:L1161).
    /// </summary>
    /// <param name="storageId">The object id.</param>
    /// <returns>Whether there is a readable storage id.</returns>
    public bool TryGetStorageId(out OssObjectId storageId)
    {
        var id = Type == "objects" ? Id : GetRelated("storage")?.Id;
        return OssObjectId.TryParse(id, out storageId);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Type}:{Id}";
}
