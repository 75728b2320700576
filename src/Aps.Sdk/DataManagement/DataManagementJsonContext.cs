using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.DataManagement;

/// <summary>The source-generated JSON metadata of the Data Management models (design 009).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(DmRequestDocument))]
[JsonSerializable(typeof(DmHubAttributes))]
[JsonSerializable(typeof(DmProjectAttributes))]
[JsonSerializable(typeof(DmFolderAttributes))]
[JsonSerializable(typeof(DmItemAttributes))]
[JsonSerializable(typeof(DmVersionAttributes))]
[JsonSerializable(typeof(DmEntryAttributes))]
[JsonSerializable(typeof(DmJobAttributes))]
[JsonSerializable(typeof(DmDownloadAttributes))]
[JsonSerializable(typeof(DmDownloadFormatsAttributes))]
[JsonSerializable(typeof(DmCommandAttributes))]
[JsonSerializable(typeof(DmRelationshipRef))]
[JsonSerializable(typeof(DmRelationshipLink))]
[JsonSerializable(typeof(DmResource<DmJobAttributes>))]
[JsonSerializable(typeof(JsonApiDocument<JsonElement>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmHubAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<DmResource<DmHubAttributes>>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmProjectAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<DmResource<DmProjectAttributes>>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmFolderAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<DmResource<DmFolderAttributes>>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmItemAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmVersionAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<DmResource<DmVersionAttributes>>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmEntryAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<DmResource<DmEntryAttributes>>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmJobAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmDownloadAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<DmResource<DmDownloadAttributes>>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmDownloadFormatsAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<DmResource<DmCommandAttributes>>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<DmRelationshipRef>>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<DmRelationshipLink>>))]
internal sealed partial class DataManagementJsonContext : JsonSerializerContext
{
}
