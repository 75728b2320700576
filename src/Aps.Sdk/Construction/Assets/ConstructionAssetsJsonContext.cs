using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Assets;

/// <summary>Source-generated JSON metadata of the ACC Assets models (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Asset))]
[JsonSerializable(typeof(List<Asset>))]
[JsonSerializable(typeof(AssetCreateRequest))]
[JsonSerializable(typeof(List<AssetCreateRequest>))]
[JsonSerializable(typeof(AssetCategory))]
[JsonSerializable(typeof(AssetStatusStepSet))]
[JsonSerializable(typeof(AssetStatus))]
[JsonSerializable(typeof(AssetCustomAttributeDefinition))]
[JsonSerializable(typeof(AssetCustomAttributeValue))]
[JsonSerializable(typeof(AssetsPage<Asset>))]
[JsonSerializable(typeof(AssetsPage<AssetCategory>))]
[JsonSerializable(typeof(AssetsPage<AssetStatusStepSet>))]
[JsonSerializable(typeof(AssetsPage<AssetStatus>))]
[JsonSerializable(typeof(AssetsPage<AssetCustomAttributeDefinition>))]
internal sealed partial class ConstructionAssetsJsonContext : JsonSerializerContext
{
}
