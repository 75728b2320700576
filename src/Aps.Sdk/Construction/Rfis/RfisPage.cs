using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>The RFIs list envelope: <c>{results, pagination{limit, offset, totalResults}}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class RfisPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<T>? Results { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The body of <c>search:rfis</c>.</summary>
internal sealed class RfiSearchBody
{
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    [JsonPropertyName("offset")]
    public int? Offset { get; init; }

    [JsonPropertyName("search")]
    public string? Search { get; init; }

    [JsonPropertyName("sort")]
    public List<RfiSort>? Sort { get; init; }

    [JsonPropertyName("filter")]
    public RfiSearchFilter? Filter { get; init; }

    [JsonPropertyName("fields")]
    public List<string>? Fields { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
