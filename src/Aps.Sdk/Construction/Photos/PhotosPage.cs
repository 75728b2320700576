using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Photos;

/// <summary>The <c>photos:filter</c> answer: <c>{pagination{limit, nextPost{url, body}}, results}</c>.</summary>
internal sealed class PhotosPage
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<Photo>? Results { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The body of <c>photos:filter</c>.</summary>
internal sealed class PhotosFilterBody
{
    [JsonPropertyName("cursorState")]
    public string? CursorState { get; init; }

    [JsonPropertyName("filter")]
    public PhotoFilter? Filter { get; init; }

    [JsonPropertyName("include")]
    public List<string>? Include { get; init; }

    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    [JsonPropertyName("sort")]
    public List<string>? Sort { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
