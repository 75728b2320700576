using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Photos;

/// <summary>Source-generated JSON metadata of the ACC Photos models (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Photo))]
[JsonSerializable(typeof(PhotoUrls))]
[JsonSerializable(typeof(PhotoFilter))]
[JsonSerializable(typeof(PhotosPage))]
[JsonSerializable(typeof(PhotosFilterBody))]
internal sealed partial class ConstructionPhotosJsonContext : JsonSerializerContext
{
}
