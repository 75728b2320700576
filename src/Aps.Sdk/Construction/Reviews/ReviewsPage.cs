using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>The Reviews list envelope: <c>{results, pagination{limit, offset, totalResults, nextUrl}}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ReviewsPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<T>? Results { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
