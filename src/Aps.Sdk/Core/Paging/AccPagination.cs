using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Core.Paging;

/// <summary>The ACC <c>pagination</c> object and its variants (cursor, nested RCM <c>nextOffset</c>, <c>nextPost</c>).</summary>
internal sealed class AccPagination
{
    private string? _nextUrl;

    [JsonPropertyName("limit")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Limit { get; init; }

    [JsonPropertyName("offset")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Offset { get; init; }

    [JsonPropertyName("totalResults")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TotalResults { get; init; }

    [JsonPropertyName("nextOffset")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? NextOffset { get; init; }

    [JsonPropertyName("cursorState")]
    public string? CursorState { get; init; }

    /// <summary>Gets the next link; setting it (even to null) records that the field was present.</summary>
    /// <remarks>
    /// Settable, not init-only: the source generator passes every init-only property to the object initializer, absent
    /// or not, which would mark the field present on every page; a setter is only called for a field in the JSON.
    /// </remarks>
    [JsonPropertyName("nextUrl")]
    public string? NextUrl
    {
        get => _nextUrl;
        set
        {
            _nextUrl = value;
            HasNextUrl = true;
        }
    }

    [JsonIgnore]
    public bool HasNextUrl { get; private set; }

    [JsonPropertyName("previousUrl")]
    public string? PreviousUrl { get; init; }

    [JsonPropertyName("nextPost")]
    public AccNextPost? NextPost { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    public OffsetPageInfo ToOffsetInfo() => new(
        (int?)Offset,
        (int?)Limit,
        TotalResults,
        HasNextUrl,
        NextUrl,
        (int?)NextOffset);
}

/// <summary>The <c>nextPost</c> of a POST-body cursor page.</summary>
internal sealed class AccNextPost
{
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("body")]
    public JsonElement? Body { get; init; }
}

/// <summary>The ACC list envelope: <c>results</c> (or <c>data</c>, as Forms sends) with <c>pagination</c>.</summary>
internal sealed class AccPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<T>? Results { get; init; }

    [JsonPropertyName("data")]
    public List<T>? Data { get; init; }

    [JsonIgnore]
    public IReadOnlyList<T> Items => (IReadOnlyList<T>?)Results ?? Data ?? [];
}
