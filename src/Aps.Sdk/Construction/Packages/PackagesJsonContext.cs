using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.Packages;

/// <summary>The ACC <c>{results, pagination}</c> envelope of the Packages lists.</summary>
internal sealed class PackagesPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<T>? Results { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The source-generated JSON metadata of the Packages models.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(AccPackage))]
[JsonSerializable(typeof(AccPackageResource))]
[JsonSerializable(typeof(AccPackageCustomAttributeValue))]
[JsonSerializable(typeof(AccPackageApprovalStatus))]
[JsonSerializable(typeof(PackagesPage<AccPackage>))]
[JsonSerializable(typeof(PackagesPage<AccPackageResource>))]
internal sealed partial class PackagesJsonContext : JsonSerializerContext
{
}
