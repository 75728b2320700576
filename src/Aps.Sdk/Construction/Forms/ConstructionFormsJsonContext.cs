using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Forms;

/// <summary>Source-generated JSON metadata of the ACC Forms models (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Form))]
[JsonSerializable(typeof(FormTemplateSummary))]
[JsonSerializable(typeof(FormPdfValue))]
[JsonSerializable(typeof(FormWeather))]
[JsonSerializable(typeof(FormHourlyWeather))]
[JsonSerializable(typeof(FormTemplate))]
[JsonSerializable(typeof(FormsPage<Form>))]
[JsonSerializable(typeof(FormsPage<FormTemplate>))]
internal sealed partial class ConstructionFormsJsonContext : JsonSerializerContext
{
}
