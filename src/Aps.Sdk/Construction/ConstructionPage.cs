using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction;

/// <summary>
/// The ACC list envelope <c>{pagination, results}</c> (or <c>data</c>) as the ACC clients read it: the core
/// <see cref="AccPagination"/> plus the fields APS may add next to the list, kept in <see cref="AdditionalData"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ConstructionPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<T>? Results { get; init; }

    [JsonPropertyName("data")]
    public List<T>? Data { get; init; }

    [JsonIgnore]
    public IReadOnlyList<T> Items => (IReadOnlyList<T>?)Results ?? Data ?? [];

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
