using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>The supported translations: for each output format, the source file types it can be made from.</summary>
public sealed class ModelDerivativeFormats
{
    /// <summary>Gets the formats: key = output format (<c>svf2</c>, <c>obj</c>...), value = source extensions (some are regular expressions such as <c>prt\.\d+$</c>).</summary>
    [JsonPropertyName("formats")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Formats { get; init => field = value ?? new Dictionary<string, IReadOnlyList<string>>(); } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The model views (viewables) of a source design: <c>{data: {type, metadata: [...]}}</c>.</summary>
public sealed class ModelDerivativeModelViews
{
    /// <summary>Gets the envelope.</summary>
    [JsonPropertyName("data")]
    public ModelDerivativeModelViewsData? Data { get; init; }

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The <c>data</c> of <see cref="ModelDerivativeModelViews"/>.</summary>
public sealed class ModelDerivativeModelViewsData
{
    /// <summary>Gets the type, <c>metadata</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the model views.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyList<ModelDerivativeModelView> Metadata { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One model view: its name, GUID (the <c>modelGuid</c> of the metadata calls) and role.</summary>
public sealed class ModelDerivativeModelView
{
    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the id, passed as <c>modelGuid</c>.</summary>
    [JsonPropertyName("guid")]
    public string? ModelGuid { get; init; }

    /// <summary>Gets the role, <c>2d</c> or <c>3d</c>.</summary>
    [JsonPropertyName("role")]
    public ModelDerivativeViewType Role { get; init; }

    /// <summary>Gets a value indicating whether this is a Revit master view.</summary>
    [JsonPropertyName("isMasterView")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsMasterView { get; init; }

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The object tree of a model view: <c>{data: {type: objects, objects: [...]}}</c>.</summary>
public sealed class ModelDerivativeObjectTree
{
    /// <summary>Gets the envelope.</summary>
    [JsonPropertyName("data")]
    public ModelDerivativeObjectTreeData? Data { get; init; }

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The <c>data</c> of <see cref="ModelDerivativeObjectTree"/>.</summary>
public sealed class ModelDerivativeObjectTreeData
{
    /// <summary>Gets the type, <c>objects</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the root nodes.</summary>
    [JsonPropertyName("objects")]
    public IReadOnlyList<ModelDerivativeObjectNode> Objects { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A node of an object tree.</summary>
public sealed class ModelDerivativeObjectNode
{
    /// <summary>Gets the object id; not stable across translations (use the external id to follow an object).</summary>
    [JsonPropertyName("objectid")]
    public long ObjectId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the children.</summary>
    [JsonPropertyName("objects")]
    public IReadOnlyList<ModelDerivativeObjectNode> Objects { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The properties of the objects of a model view: <c>{data: {type: properties, collection: [...]}}</c>.</summary>
public sealed class ModelDerivativeProperties
{
    /// <summary>Gets the envelope.</summary>
    [JsonPropertyName("data")]
    public ModelDerivativePropertiesData? Data { get; init; }

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The <c>data</c> of <see cref="ModelDerivativeProperties"/>.</summary>
public sealed class ModelDerivativePropertiesData
{
    /// <summary>Gets the type, <c>properties</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the objects, ordered by object id.</summary>
    [JsonPropertyName("collection")]
    public IReadOnlyList<ModelDerivativeObjectProperties> Collection { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One object and its properties.</summary>
public sealed class ModelDerivativeObjectProperties
{
    /// <summary>Gets the object id (not stable across translations).</summary>
    [JsonPropertyName("objectid")]
    public long ObjectId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the id in the source design (Revit <c>UniqueID</c>), stable across translations.</summary>
    [JsonPropertyName("externalId")]
    public string? ExternalId { get; init; }

    /// <summary>Gets the properties: a value is a string (<c>"Name": "Box"</c>) or a category object of strings (<c>"Mass Properties": {...}</c>).</summary>
    [JsonPropertyName("properties")]
    public IReadOnlyDictionary<string, JsonElement> Properties { get; init => field = value ?? new Dictionary<string, JsonElement>(); } = new Dictionary<string, JsonElement>();

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Reads one property as text: a top-level one (<c>Name</c>) or one in a category (<c>Mass Properties</c>, <c>Volume</c>).</summary>
    /// <param name="name">The property, or the category when <paramref name="property"/> is given.</param>
    /// <param name="property">The property inside the category, or <see langword="null"/>.</param>
    /// <returns>The value as text, or <see langword="null"/> when absent.</returns>
    public string? GetProperty(string name, string? property = null)
    {
        if (!Properties.TryGetValue(name, out var value))
        {
            return null;
        }

        if (property is not null)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(property, out value))
            {
                return null;
            }
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
    }
}

/// <summary>One page of <c>properties:query</c>: <c>{pagination, data}</c>.</summary>
internal sealed class ModelDerivativePropertiesPage
{
    [JsonPropertyName("pagination")]
    public ModelDerivativePagination? Pagination { get; init; }

    [JsonPropertyName("data")]
    public ModelDerivativePropertiesData? Data { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The <c>pagination</c> of <c>properties:query</c> (request and response).</summary>
internal sealed class ModelDerivativePagination
{
    [JsonPropertyName("offset")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Offset { get; init; }

    [JsonPropertyName("limit")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Limit { get; init; }

    [JsonPropertyName("totalResults")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TotalResults { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The body of <c>properties:query</c>.</summary>
internal sealed class ModelDerivativePropertiesQueryBody
{
    [JsonPropertyName("query")]
    public JsonElement? Query { get; init; }

    [JsonPropertyName("fields")]
    public IReadOnlyList<string>? Fields { get; init; }

    [JsonPropertyName("pagination")]
    public ModelDerivativePagination? Pagination { get; init; }

    [JsonPropertyName("payload")]
    public ModelDerivativePropertyPayload? Payload { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The answer of delete-manifest and other calls that return <c>{result}</c>.</summary>
public sealed class ModelDerivativeResult
{
    /// <summary>Gets the result, <c>success</c>.</summary>
    [JsonPropertyName("result")]
    public string? Result { get; init; }

    /// <summary>Gets the URN the call was about, when APS returns it.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The files a composite design references (<c>POST {urn}/references</c>), declared before a job with <c>checkReferences</c>.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/jobs/urn-references-POST/">APS reference</see>.</remarks>
public sealed class ModelDerivativeReferences
{
    /// <summary>Gets or sets the encoded URN of the source design; required when the URN in the path is a logical URN.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; set; }

    /// <summary>Gets or sets the region the referenced files are stored in (US, EMEA, ...).</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>Gets or sets the file name of the top-level component.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    /// <summary>Gets the referenced files (at least one).</summary>
    [JsonPropertyName("references")]
    public IReadOnlyList<ModelDerivativeReference> References { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets fields the SDK does not model; they are sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One referenced file.</summary>
public sealed class ModelDerivativeReference
{
    /// <summary>Gets or sets the URN of the referenced file (not encoded).</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; set; }

    /// <summary>Gets or sets the path relative to the top-level component.</summary>
    [JsonPropertyName("relativePath")]
    public string? RelativePath { get; set; }

    /// <summary>Gets or sets the file name.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    /// <summary>Gets or sets custom metadata.</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; set; }

    /// <summary>Gets or sets fields the SDK does not model; they are sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The JSON of <c>signedcookies</c>: the download URL and what is known of the file.</summary>
internal sealed class ModelDerivativeSignedCookiesBody
{
    [JsonPropertyName("etag")]
    public string? ETag { get; init; }

    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("content-type")]
    public string? ContentType { get; init; }

    [JsonPropertyName("expiration")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Expiration { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
