using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Authentication;
using Aps.Sdk.JsonApi;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Core.Serialization;

/// <summary>
/// The source-generated JSON metadata of every model (no reflection, Native AOT safe). Every closed generic the
/// SDK reads or writes is listed here.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(ApsError))]
[JsonSerializable(typeof(ApsWarning))]
[JsonSerializable(typeof(ApsTokenResponse))]
[JsonSerializable(typeof(ApsJsonWebKeySet))]
[JsonSerializable(typeof(ApsTokenIntrospection))]
[JsonSerializable(typeof(ApsOidcConfiguration))]
[JsonSerializable(typeof(ApsUserInfo))]
[JsonSerializable(typeof(JsonApiResource))]
[JsonSerializable(typeof(JsonApiResourceIdentifier))]
[JsonSerializable(typeof(JsonApiDocument<JsonApiResource>))]
[JsonSerializable(typeof(JsonApiDocument<IReadOnlyList<JsonApiResource>>))]
[JsonSerializable(typeof(OssSignedS3Upload))]
[JsonSerializable(typeof(OssSignedS3Download))]
[JsonSerializable(typeof(OssCompleteUploadRequest))]
[JsonSerializable(typeof(OssObjectDetails))]
internal sealed partial class ApsJsonContext : JsonSerializerContext
{
}
