using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Locations;

/// <summary>Source-generated JSON metadata of the ACC Locations models (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(LocationNode))]
[JsonSerializable(typeof(LocationsPage))]
internal sealed partial class ConstructionLocationsJsonContext : JsonSerializerContext
{
}
