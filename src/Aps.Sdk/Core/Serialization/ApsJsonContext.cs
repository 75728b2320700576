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
[JsonSerializable(typeof(OssBucket))]
[JsonSerializable(typeof(OssBucketGrant))]
[JsonSerializable(typeof(OssCreateBucketRequest))]
[JsonSerializable(typeof(OssBucketsPage))]
[JsonSerializable(typeof(OssObjectsPage))]
[JsonSerializable(typeof(OssCreateSignedResourceBody))]
[JsonSerializable(typeof(OssSignedResource))]
[JsonSerializable(typeof(OssBatchRequest<OssBatchSignedS3UploadItem>))]
[JsonSerializable(typeof(OssBatchSignedS3UploadItem))]
[JsonSerializable(typeof(OssBatchSignedS3UploadResult))]
[JsonSerializable(typeof(OssBatchSignedS3UploadItemResult))]
[JsonSerializable(typeof(OssBatchRequest<OssBatchCompleteUploadItem>))]
[JsonSerializable(typeof(OssBatchCompleteUploadItem))]
[JsonSerializable(typeof(OssBatchCompleteUploadResult))]
[JsonSerializable(typeof(OssBatchCompletedObject))]
[JsonSerializable(typeof(OssCompletedPart))]
[JsonSerializable(typeof(OssBatchRequest<OssBatchSignedS3DownloadItem>))]
[JsonSerializable(typeof(OssBatchSignedS3DownloadItem))]
[JsonSerializable(typeof(OssBatchSignedS3DownloadResult))]
[JsonSerializable(typeof(OssBatchSignedS3DownloadItemResult))]
internal sealed partial class ApsJsonContext : JsonSerializerContext
{
}
