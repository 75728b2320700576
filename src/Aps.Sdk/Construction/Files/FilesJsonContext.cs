using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Files;

/// <summary>The source-generated JSON metadata of the ACC Files models.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(FilesExportRequest))]
[JsonSerializable(typeof(FilesExportOptions))]
[JsonSerializable(typeof(FilesMarkupOptions))]
[JsonSerializable(typeof(FilesExport))]
[JsonSerializable(typeof(FilesExportResult))]
[JsonSerializable(typeof(FilesExportOutput))]
[JsonSerializable(typeof(FilesExportError))]
[JsonSerializable(typeof(FilesExportFailedFile))]
internal sealed partial class FilesJsonContext : JsonSerializerContext
{
}
