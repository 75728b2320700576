using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Docs;

/// <summary>The ACC <c>{results, pagination}</c> envelope of the Docs lists.</summary>
internal sealed class DocsPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<T>? Results { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The source-generated JSON metadata of the Docs models.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(DocsSubjectPermissions))]
[JsonSerializable(typeof(List<DocsSubjectPermissions>))]
[JsonSerializable(typeof(DocsCustomAttributeDefinition))]
[JsonSerializable(typeof(DocsCreateCustomAttributeDefinition))]
[JsonSerializable(typeof(DocsPage<DocsCustomAttributeDefinition>))]
[JsonSerializable(typeof(DocsNamingStandard))]
[JsonSerializable(typeof(DocsNamingStandardDefinition))]
[JsonSerializable(typeof(DocsNamingStandardField))]
[JsonSerializable(typeof(DocsNamingStandardOption))]
[JsonSerializable(typeof(DocsBatchGetBody))]
[JsonSerializable(typeof(DocsVersionsBatch))]
[JsonSerializable(typeof(DocsVersion))]
[JsonSerializable(typeof(DocsApprovalStatus))]
[JsonSerializable(typeof(DocsCustomAttributeValue))]
[JsonSerializable(typeof(DocsBatchError))]
[JsonSerializable(typeof(List<DocsCustomAttributeUpdate>))]
[JsonSerializable(typeof(DocsCustomAttributeValues))]
[JsonSerializable(typeof(DocsVersionExportRequest))]
[JsonSerializable(typeof(DocsVersionExportOptions))]
[JsonSerializable(typeof(DocsMarkupOptions))]
[JsonSerializable(typeof(DocsVersionExport))]
[JsonSerializable(typeof(DocsVersionExportData))]
internal sealed partial class DocsJsonContext : JsonSerializerContext
{
}
