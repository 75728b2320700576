using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Rcm;

/// <summary>The source-generated JSON metadata of the Revit Cloud Model (RCM) models.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(RcmLinkedFilesPage))]
[JsonSerializable(typeof(RcmLinkedFiles))]
[JsonSerializable(typeof(RcmPagination))]
[JsonSerializable(typeof(RcmModelFile))]
internal sealed partial class RcmJsonContext : JsonSerializerContext
{
}
