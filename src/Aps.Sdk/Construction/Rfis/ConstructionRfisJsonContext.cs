using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>Source-generated JSON metadata of the ACC RFIs models (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Rfi))]
[JsonSerializable(typeof(RfiActor))]
[JsonSerializable(typeof(RfiCustomAttributeValue))]
[JsonSerializable(typeof(RfiResponse))]
[JsonSerializable(typeof(RfiCurrentUser))]
[JsonSerializable(typeof(RfiUser))]
[JsonSerializable(typeof(RfiUserWorkflow))]
[JsonSerializable(typeof(RfiExternalUser))]
[JsonSerializable(typeof(RfiType))]
[JsonSerializable(typeof(RfiSort))]
[JsonSerializable(typeof(RfiSearchFilter))]
[JsonSerializable(typeof(RfiResponseCreateRequest))]
[JsonSerializable(typeof(RfiCreateRequest))]
[JsonSerializable(typeof(RfiSearchBody))]
[JsonSerializable(typeof(RfisPage<Rfi>))]
[JsonSerializable(typeof(RfisPage<RfiType>))]
internal sealed partial class ConstructionRfisJsonContext : JsonSerializerContext
{
}
