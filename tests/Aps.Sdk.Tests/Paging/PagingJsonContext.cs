using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Serialization;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.Tests.Paging;

/// <summary>A list item with an id and a name (ids may come as numbers, as in Docs custom attributes).</summary>
public sealed class TestItem
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

/// <summary>An RCM linked file (no id; identified by its item id).</summary>
public sealed class TestLinkedFile
{
    [JsonPropertyName("modelName")]
    public string? ModelName { get; init; }

    [JsonPropertyName("itemId")]
    public string? ItemId { get; init; }
}

/// <summary>The RCM answer: the page envelope is nested under <c>linkedFiles</c>.</summary>
internal sealed class TestRcmResponse
{
    [JsonPropertyName("hostFile")]
    public JsonElement? HostFile { get; init; }

    [JsonPropertyName("linkedFiles")]
    public AccPage<TestLinkedFile>? LinkedFiles { get; init; }
}

/// <summary>A webhook as the Webhooks list returns it.</summary>
public sealed class TestHook
{
    [JsonPropertyName("hookId")]
    public string? HookId { get; init; }

    [JsonPropertyName("event")]
    public string? Event { get; init; }

    [JsonPropertyName("createdDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedDate { get; init; }
}

public sealed class TestWebhooksLinks
{
    [JsonPropertyName("next")]
    public string? Next { get; init; }
}

/// <summary>The Webhooks envelope: <c>{links:{next}, data:[]}</c>.</summary>
public sealed class TestWebhooksPage
{
    [JsonPropertyName("links")]
    public TestWebhooksLinks? Links { get; init; }

    [JsonPropertyName("data")]
    public List<TestHook>? Data { get; init; }
}

public sealed class TestBucket
{
    [JsonPropertyName("bucketKey")]
    public string? BucketKey { get; init; }

    [JsonPropertyName("createdDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedDate { get; init; }

    [JsonPropertyName("policyKey")]
    public string? PolicyKey { get; init; }
}

/// <summary>The OSS envelope: <c>{items, next}</c>.</summary>
public sealed class TestOssPage
{
    [JsonPropertyName("items")]
    public List<TestBucket>? Items { get; init; }

    [JsonPropertyName("next")]
    public string? Next { get; init; }
}

/// <summary>The body of a body-offset list call (<c>properties:query</c> style).</summary>
public sealed class TestQueryBody
{
    [JsonPropertyName("query")]
    public string? Query { get; init; }

    [JsonPropertyName("pagination")]
    public TestBodyPagination? Pagination { get; init; }
}

public sealed class TestBodyPagination
{
    [JsonPropertyName("offset")]
    public int Offset { get; init; }

    [JsonPropertyName("limit")]
    public int Limit { get; init; }
}

/// <summary>Fields the lenient converters read.</summary>
public sealed class TestLenientModel
{
    [JsonPropertyName("count")]
    public int Count { get; init; }

    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    [JsonPropertyName("flag")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Flag { get; init; }

    [JsonPropertyName("at")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? At { get; init; }

    [JsonPropertyName("text")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Text { get; init; }

    [JsonPropertyName("region")]
    public ApsRegion Region { get; init; }

    [JsonPropertyName("regions")]
    public List<ApsRegion>? Regions { get; init; }
}

/// <summary>Attributes of a Data Management version.</summary>
public sealed class TestVersionAttributes
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("versionNumber")]
    public int VersionNumber { get; init; }

    [JsonPropertyName("mimeType")]
    public string? MimeType { get; init; }
}

/// <summary>A model whose <c>displayName</c> is declared as a number: the wrong shape for DM attributes.</summary>
public sealed class TestWrongAttributes
{
    [JsonPropertyName("displayName")]
    public int DisplayName { get; init; }
}

/// <summary>Source-generated metadata of the test envelopes (the SDK reads JSON only through generated metadata).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(AccPage<TestItem>))]
[JsonSerializable(typeof(List<TestItem>))]
[JsonSerializable(typeof(TestRcmResponse))]
[JsonSerializable(typeof(TestWebhooksPage))]
[JsonSerializable(typeof(TestOssPage))]
[JsonSerializable(typeof(TestQueryBody))]
[JsonSerializable(typeof(TestLenientModel))]
[JsonSerializable(typeof(TestVersionAttributes))]
[JsonSerializable(typeof(TestWrongAttributes))]
[JsonSerializable(typeof(JsonApiDocument<List<JsonApiResource>>))]
internal sealed partial class PagingJsonContext : JsonSerializerContext
{
}
