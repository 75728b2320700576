using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>A page of "list buckets": <c>{items, next}</c>, where <c>next</c> is the URL of the next page.</summary>
internal sealed class OssBucketsPage
{
    [JsonPropertyName("items")]
    public IReadOnlyList<OssBucket> Items { get; init => field = value ?? []; } = [];

    [JsonPropertyName("next")]
    public string? Next { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A page of "list objects": <c>{items, next}</c>, where <c>next</c> is the URL of the next page.</summary>
internal sealed class OssObjectsPage
{
    [JsonPropertyName("items")]
    public IReadOnlyList<OssObjectDetails> Items { get; init => field = value ?? []; } = [];

    [JsonPropertyName("next")]
    public string? Next { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
