using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Forms;

/// <summary>The Forms list envelope: <c>{data, pagination{offset, limit, totalResults, nextUrl}}</c> (<c>data</c>, not <c>results</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class FormsPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("data")]
    public List<T>? Data { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
