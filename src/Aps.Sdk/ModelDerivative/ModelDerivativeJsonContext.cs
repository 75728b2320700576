using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>The source-generated JSON metadata of the Model Derivative models (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ModelDerivativeFormats))]
[JsonSerializable(typeof(ModelDerivativeJob))]
[JsonSerializable(typeof(ModelDerivativeJobInput))]
[JsonSerializable(typeof(ModelDerivativeJobOutput))]
[JsonSerializable(typeof(ModelDerivativeJobMisc))]
[JsonSerializable(typeof(ModelDerivativeOutputFormat))]
[JsonSerializable(typeof(ModelDerivativeAdvancedOptions))]
[JsonSerializable(typeof(ModelDerivativeJobResult))]
[JsonSerializable(typeof(ModelDerivativeAcceptedJobs))]
[JsonSerializable(typeof(ModelDerivativeManifest))]
[JsonSerializable(typeof(ModelDerivativeManifestDerivative))]
[JsonSerializable(typeof(ModelDerivativeManifestResource))]
[JsonSerializable(typeof(ModelDerivativeMessage))]
[JsonSerializable(typeof(ModelDerivativeModelViews))]
[JsonSerializable(typeof(ModelDerivativeModelViewsData))]
[JsonSerializable(typeof(ModelDerivativeModelView))]
[JsonSerializable(typeof(ModelDerivativeObjectTree))]
[JsonSerializable(typeof(ModelDerivativeObjectTreeData))]
[JsonSerializable(typeof(ModelDerivativeObjectNode))]
[JsonSerializable(typeof(ModelDerivativeProperties))]
[JsonSerializable(typeof(ModelDerivativePropertiesData))]
[JsonSerializable(typeof(ModelDerivativeObjectProperties))]
[JsonSerializable(typeof(ModelDerivativePropertiesPage))]
[JsonSerializable(typeof(ModelDerivativePagination))]
[JsonSerializable(typeof(ModelDerivativePropertiesQueryBody))]
[JsonSerializable(typeof(ModelDerivativeResult))]
[JsonSerializable(typeof(ModelDerivativeReferences))]
[JsonSerializable(typeof(ModelDerivativeReference))]
[JsonSerializable(typeof(ModelDerivativeSignedCookiesBody))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ModelDerivativeJsonContext : JsonSerializerContext
{
}
