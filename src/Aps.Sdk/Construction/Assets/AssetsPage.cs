using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Assets;

/// <summary>The Assets list envelope: <c>{pagination{limit, cursorState, nextUrl} | {limit, offset, totalResults}, results}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class AssetsPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<T>? Results { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
