using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Locations;

/// <summary>The Locations list envelope: <c>{pagination{limit, offset, totalResults, nextUrl (relative)}, results}</c>.</summary>
internal sealed class LocationsPage
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<LocationNode>? Results { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
