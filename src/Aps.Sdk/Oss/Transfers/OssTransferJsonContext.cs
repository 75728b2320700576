using System.Text.Json.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>The source-generated JSON metadata of the transfer checkpoint (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(OssUploadCheckpoint))]
internal sealed partial class OssTransferJsonContext : JsonSerializerContext
{
}
