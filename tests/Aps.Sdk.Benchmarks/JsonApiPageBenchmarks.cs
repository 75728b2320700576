using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;
using Aps.Sdk.JsonApi;
using BenchmarkDotNet.Attributes;

namespace Aps.Sdk.Benchmarks;

/// <summary>
/// A 100-item JSON:API page as Data Management returns it (folder contents: links, 100 resources with attributes,
/// relationships and links, meta) read through the SDK's document model against raw STJ into the smallest DTOs a
/// hand-written caller would declare for the same fields. Target: ≤ 1.2× raw time.
/// </summary>
[MemoryDiagnoser]
public class JsonApiPageBenchmarks
{
    private byte[] _page = null!;

    internal static byte[] BuildPage(int items, int pageNumber = 0, bool next = true)
    {
        var sb = new StringBuilder();
        sb.Append("{\"jsonapi\":{\"version\":\"1.0\"},\"links\":{\"self\":{\"href\":\"/data/v1/projects/b.p/folders/f/contents?page%5Bnumber%5D=").Append(pageNumber).Append("\"}");
        if (next)
        {
            sb.Append(",\"next\":{\"href\":\"/data/v1/projects/b.p/folders/f/contents?page%5Bnumber%5D=").Append(pageNumber + 1).Append("\"}");
        }

        sb.Append("},\"data\":[");
        for (var i = 0; i < items; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"type\":\"items\",\"id\":\"urn:adsk.wipprod:dm.lineage:item").Append(pageNumber).Append('-').Append(i)
              .Append("\",\"attributes\":{\"displayName\":\"file ").Append(i).Append(".rvt\",\"createTime\":\"2015-11-27T11:11:23.000Z\",\"createUserId\":\"BW9RM76WZBGL\",\"createUserName\":\"John Doe\",\"lastModifiedTime\":\"2015-11-27T11:11:27.000Z\",\"hidden\":false,\"reserved\":false,\"extension\":{\"type\":\"items:autodesk.bim360:File\",\"version\":\"1.0\",\"data\":{}}}")
              .Append(",\"links\":{\"self\":{\"href\":\"/data/v1/projects/b.p/items/item").Append(i).Append("\"}}")
              .Append(",\"relationships\":{\"tip\":{\"data\":{\"type\":\"versions\",\"id\":\"urn:adsk.wipprod:fs.file:vf.item").Append(i).Append("?version=1\"},\"links\":{\"related\":{\"href\":\"/data/v1/projects/b.p/items/item").Append(i).Append("/tip\"}}}")
              .Append(",\"parent\":{\"data\":{\"type\":\"folders\",\"id\":\"urn:adsk.wipprod:dm.folder:f\"}}}}");
        }

        sb.Append("],\"meta\":{\"warnings\":[]}}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    [GlobalSetup]
    public void Setup() => _page = BuildPage(100);

    [Benchmark(Baseline = true)]
    public int Raw_Stj()
    {
        var page = JsonSerializer.Deserialize(_page, RawJsonApiContext.Default.RawPage)!;
        return page.Data.Count;
    }

    [Benchmark]
    public int Sdk_JsonApiDocument()
    {
        var page = JsonSerializer.Deserialize(_page, ApsJsonContext.Default.JsonApiDocumentIReadOnlyListJsonApiResource)!;
        return page.Data!.Count;
    }
}

internal sealed class RawPage
{
    [JsonPropertyName("links")]
    public RawLinks? Links { get; set; }

    [JsonPropertyName("data")]
    public List<RawResource> Data { get; set; } = [];

    [JsonPropertyName("meta")]
    public JsonElement? Meta { get; set; }
}

internal sealed class RawLinks
{
    [JsonPropertyName("self")]
    public RawHref? Self { get; set; }

    [JsonPropertyName("next")]
    public RawHref? Next { get; set; }

    [JsonPropertyName("related")]
    public RawHref? Related { get; set; }
}

internal sealed class RawHref
{
    [JsonPropertyName("href")]
    public string? Href { get; set; }
}

internal sealed class RawResource
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("attributes")]
    public JsonElement? Attributes { get; set; }

    [JsonPropertyName("links")]
    public RawLinks? Links { get; set; }

    [JsonPropertyName("relationships")]
    public Dictionary<string, RawRelationship>? Relationships { get; set; }
}

internal sealed class RawRelationship
{
    [JsonPropertyName("data")]
    public RawIdentifier? Data { get; set; }

    [JsonPropertyName("links")]
    public RawLinks? Links { get; set; }
}

internal sealed class RawIdentifier
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }
}

[JsonSerializable(typeof(RawPage))]
internal sealed partial class RawJsonApiContext : JsonSerializerContext;
