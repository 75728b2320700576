using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.AutoSpecs;

/// <summary>The source-generated JSON metadata of the AutoSpecs models.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(AutoSpecsMetadata))]
[JsonSerializable(typeof(AutoSpecsVersion))]
[JsonSerializable(typeof(AutoSpecsSubmittal))]
[JsonSerializable(typeof(List<AutoSpecsSubmittal>))]
[JsonSerializable(typeof(AutoSpecsRequirement))]
[JsonSerializable(typeof(List<AutoSpecsRequirement>))]
[JsonSerializable(typeof(AutoSpecsSection))]
[JsonSerializable(typeof(AutoSpecsGroupCount))]
[JsonSerializable(typeof(AutoSpecsTypeCount))]
[JsonSerializable(typeof(AutoSpecsSubmittalsSummary))]
internal sealed partial class AutoSpecsJsonContext : JsonSerializerContext
{
}
