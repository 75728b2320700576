using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The body of a translation job (<c>POST designdata/job</c>): the source design and the derivatives to make.
/// Build one with <see cref="Create(ApsUrn, ModelDerivativeOutputFormat[])"/>.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/jobs/job-POST/">APS reference</see>.</remarks>
public sealed class ModelDerivativeJob
{
    /// <summary>Gets or sets the source design.</summary>
    [JsonPropertyName("input")]
    public ModelDerivativeJobInput Input { get; set; } = new();

    /// <summary>Gets or sets the derivatives to make.</summary>
    [JsonPropertyName("output")]
    public ModelDerivativeJobOutput Output { get; set; } = new();

    /// <summary>Gets or sets the webhook workflow settings (<c>misc</c>), if any.</summary>
    [JsonPropertyName("misc")]
    public ModelDerivativeJobMisc? Misc { get; set; }

    /// <summary>Gets or sets fields the SDK does not model; they are sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Creates a job that translates <paramref name="urn"/> to <paramref name="formats"/>.</summary>
    /// <param name="urn">The source design.</param>
    /// <param name="formats">One or more output formats, for example <see cref="ModelDerivativeOutputFormat.Svf2"/>.</param>
    /// <returns>The job.</returns>
    /// <exception cref="ArgumentException">The URN is empty or no format is given.</exception>
    public static ModelDerivativeJob Create(ApsUrn urn, params ModelDerivativeOutputFormat[] formats)
    {
        ApsUrn.Require(urn, nameof(urn));
        ArgumentNullException.ThrowIfNull(formats);
        if (formats.Length == 0)
        {
            throw new ArgumentException("At least one output format is required.", nameof(formats));
        }

        return new ModelDerivativeJob
        {
            Input = new ModelDerivativeJobInput { Urn = urn },
            Output = new ModelDerivativeJobOutput { Formats = formats },
        };
    }
}

/// <summary>The source design of a translation job (<c>input</c>).</summary>
public sealed class ModelDerivativeJobInput
{
    /// <summary>Gets or sets the encoded URN of the source design.</summary>
    [JsonPropertyName("urn")]
    public ApsUrn Urn { get; set; }

    /// <summary>Gets or sets a value indicating whether the source is a zip file; then <see cref="RootFilename"/> is required.</summary>
    [JsonPropertyName("compressedUrn")]
    public bool? CompressedUrn { get; set; }

    /// <summary>Gets or sets the file name of the top-level component inside the zip.</summary>
    [JsonPropertyName("rootFilename")]
    public string? RootFilename { get; set; }

    /// <summary>Gets or sets a value indicating whether to fetch the references declared with <see cref="ModelDerivativeClient.SpecifyReferencesAsync"/>.</summary>
    [JsonPropertyName("checkReferences")]
    public bool? CheckReferences { get; set; }

    /// <summary>Gets or sets fields the SDK does not model; they are sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The requested derivatives of a translation job (<c>output</c>).</summary>
/// <remarks>
/// The deprecated <c>output.destination.region</c> is not modelled: the region goes in the <c>region</c> header,
/// from <see cref="ApsRequestOptions.Region"/> (modelderivative.yaml <c>JobPayload</c>).
/// </remarks>
public sealed class ModelDerivativeJobOutput
{
    /// <summary>Gets the requested formats.</summary>
    [JsonPropertyName("formats")]
    public IReadOnlyList<ModelDerivativeOutputFormat> Formats { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets fields the SDK does not model; they are sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>Webhook settings of a translation job (<c>misc</c>).</summary>
public sealed class ModelDerivativeJobMisc
{
    /// <summary>Gets or sets the workflow id of the webhook listening to Model Derivative events (36 characters or fewer, letters, digits and hyphens).</summary>
    [JsonPropertyName("workflow")]
    public string? Workflow { get; set; }

    /// <summary>Gets or sets a JSON object (under 1 KB) passed to the webhook.</summary>
    [JsonPropertyName("workflowAttribute")]
    public JsonElement? WorkflowAttribute { get; set; }

    /// <summary>Gets or sets fields the SDK does not model; they are sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// One requested derivative format: its type, the views (SVF, SVF2) and the advanced options. The static factories
/// cover every type of modelderivative.yaml <c>OutputType</c>; a type the SDK does not know yet goes through the
/// constructor and <see cref="AdditionalData"/>.
/// </summary>
public sealed class ModelDerivativeOutputFormat
{
    /// <summary>Gets or sets the output type.</summary>
    [JsonPropertyName("type")]
    public ModelDerivativeOutputType Type { get; set; }

    /// <summary>Gets or sets the views to generate (SVF and SVF2 only); <see langword="null"/> sends none.</summary>
    [JsonPropertyName("views")]
    public IReadOnlyList<ModelDerivativeViewType>? Views { get; set; }

    /// <summary>Gets or sets the advanced options; only the ones set are sent.</summary>
    [JsonPropertyName("advanced")]
    public ModelDerivativeAdvancedOptions? Advanced { get; set; }

    /// <summary>Gets or sets fields the SDK does not model; they are sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>SVF2 (the current viewer format) with the given views (2D and 3D when none are given).</summary>
    /// <param name="views">The views.</param>
    /// <returns>The format.</returns>
    public static ModelDerivativeOutputFormat Svf2(params ModelDerivativeViewType[] views)
        => new() { Type = ModelDerivativeOutputType.Svf2, Views = views is { Length: > 0 } ? views : [ModelDerivativeViewType.TwoD, ModelDerivativeViewType.ThreeD] };

    /// <summary>SVF (the legacy viewer format) with the given views (2D and 3D when none are given).</summary>
    /// <param name="views">The views.</param>
    /// <returns>The format.</returns>
    public static ModelDerivativeOutputFormat Svf(params ModelDerivativeViewType[] views)
        => new() { Type = ModelDerivativeOutputType.Svf, Views = views is { Length: > 0 } ? views : [ModelDerivativeViewType.TwoD, ModelDerivativeViewType.ThreeD] };

    /// <summary>Thumbnails, optionally of one size.</summary>
    /// <param name="size">100, 200 or 400 pixels square; <see langword="null"/> for the service's choice.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The size is not 100, 200 or 400.</exception>
    public static ModelDerivativeOutputFormat Thumbnail(int? size = null)
    {
        ModelDerivativeClient.CheckThumbnailSize(size, nameof(size));
        return new() { Type = ModelDerivativeOutputType.Thumbnail, Advanced = size is { } s ? new ModelDerivativeAdvancedOptions { Width = s, Height = s } : null };
    }

    /// <summary>Wavefront OBJ (optionally a geometry extraction: set <see cref="ModelDerivativeAdvancedOptions.ModelGuid"/> and <see cref="ModelDerivativeAdvancedOptions.ObjectIds"/>).</summary>
    /// <param name="advanced">The options, or <see langword="null"/>.</param>
    /// <returns>The format.</returns>
    public static ModelDerivativeOutputFormat Obj(ModelDerivativeAdvancedOptions? advanced = null) => new() { Type = ModelDerivativeOutputType.Obj, Advanced = advanced };

    /// <summary>STL (<see cref="ModelDerivativeAdvancedOptions.Format"/>, <see cref="ModelDerivativeAdvancedOptions.ExportColor"/>, <see cref="ModelDerivativeAdvancedOptions.ExportFileStructure"/>).</summary>
    /// <param name="advanced">The options, or <see langword="null"/>.</param>
    /// <returns>The format.</returns>
    public static ModelDerivativeOutputFormat Stl(ModelDerivativeAdvancedOptions? advanced = null) => new() { Type = ModelDerivativeOutputType.Stl, Advanced = advanced };

    /// <summary>STEP (<see cref="ModelDerivativeAdvancedOptions.ApplicationProtocol"/>, <see cref="ModelDerivativeAdvancedOptions.Tolerance"/>).</summary>
    /// <param name="advanced">The options, or <see langword="null"/>.</param>
    /// <returns>The format.</returns>
    public static ModelDerivativeOutputFormat Step(ModelDerivativeAdvancedOptions? advanced = null) => new() { Type = ModelDerivativeOutputType.Step, Advanced = advanced };

    /// <summary>IGES (<see cref="ModelDerivativeAdvancedOptions.Tolerance"/>, surface, sheet and solid types).</summary>
    /// <param name="advanced">The options, or <see langword="null"/>.</param>
    /// <returns>The format.</returns>
    public static ModelDerivativeOutputFormat Iges(ModelDerivativeAdvancedOptions? advanced = null) => new() { Type = ModelDerivativeOutputType.Iges, Advanced = advanced };

    /// <summary>IFC from Revit, optionally with a saved export setting.</summary>
    /// <param name="exportSettingName">An IFC export setting saved in the source design, or <see langword="null"/>.</param>
    /// <returns>The format.</returns>
    public static ModelDerivativeOutputFormat Ifc(string? exportSettingName = null)
        => new() { Type = ModelDerivativeOutputType.Ifc, Advanced = exportSettingName is null ? null : new ModelDerivativeAdvancedOptions { ExportSettingName = exportSettingName } };

    /// <summary>DWG from Revit, optionally with a saved export setting.</summary>
    /// <param name="exportSettingName">A DWG export setting saved in the source design, or <see langword="null"/>.</param>
    /// <returns>The format.</returns>
    public static ModelDerivativeOutputFormat Dwg(string? exportSettingName = null)
        => new() { Type = ModelDerivativeOutputType.Dwg, Advanced = exportSettingName is null ? null : new ModelDerivativeAdvancedOptions { ExportSettingName = exportSettingName } };
}

/// <summary>
/// The <c>advanced</c> options of an output format. Which apply depends on the output type and the input type
/// (modelderivative.yaml <c>JobPayloadFormat*Advanced*</c>); only the properties set are sent, and
/// <see cref="AdditionalData"/> carries options the SDK does not know yet.
/// </summary>
/// <remarks>
/// For OBJ and STL the YAML nests a second <c>advanced</c> object inside <c>advanced</c>; the APS job reference
/// (and the service) take the options directly in <c>advanced</c>, which is what the SDK sends.
/// </remarks>
public sealed class ModelDerivativeAdvancedOptions
{
    /// <summary>Gets or sets how 2D views are rendered (SVF/SVF2 from Revit or DWG): <c>legacy</c> or <c>pdf</c>.</summary>
    [JsonPropertyName("2dviews")]
    public ModelDerivativeTwoDViews? TwoDViews { get; set; }

    /// <summary>Gets or sets the Revit extractor version (SVF/SVF2 from Revit): <c>next</c> or <c>previous</c>.</summary>
    [JsonPropertyName("extractorVersion")]
    public string? ExtractorVersion { get; set; }

    /// <summary>Gets or sets a value indicating whether to generate master views per phase (SVF/SVF2 from Revit).</summary>
    [JsonPropertyName("generateMasterViews")]
    public bool? GenerateMasterViews { get; set; }

    /// <summary>Gets or sets the materials (SVF/SVF2 from Revit): <c>auto</c>, <c>basic</c> or <c>autodesk</c>.</summary>
    [JsonPropertyName("materialMode")]
    public string? MaterialMode { get; set; }

    /// <summary>Gets or sets the IFC loader (SVF/SVF2 from IFC).</summary>
    [JsonPropertyName("conversionMethod")]
    public ModelDerivativeIfcConversionMethod? ConversionMethod { get; set; }

    /// <summary>Gets or sets how storeys are translated (SVF/SVF2 from IFC).</summary>
    [JsonPropertyName("buildingStoreys")]
    public ModelDerivativeIfcElementMode? BuildingStoreys { get; set; }

    /// <summary>Gets or sets how spaces are translated (SVF/SVF2 from IFC).</summary>
    [JsonPropertyName("spaces")]
    public ModelDerivativeIfcElementMode? Spaces { get; set; }

    /// <summary>Gets or sets how openings are translated (SVF/SVF2 from IFC).</summary>
    [JsonPropertyName("openingElements")]
    public ModelDerivativeIfcElementMode? OpeningElements { get; set; }

    /// <summary>Gets or sets the user-data linkage ids to extract (SVF/SVF2 from DGN).</summary>
    [JsonPropertyName("requestedLinkageIDs")]
    public IReadOnlyList<int>? RequestedLinkageIds { get; set; }

    /// <summary>Gets or sets a value indicating whether to extract hidden objects (SVF/SVF2 from Navisworks).</summary>
    [JsonPropertyName("hiddenObjects")]
    public bool? HiddenObjects { get; set; }

    /// <summary>Gets or sets a value indicating whether to extract basic material properties (SVF/SVF2 from Navisworks).</summary>
    [JsonPropertyName("basicMaterialProperties")]
    public bool? BasicMaterialProperties { get; set; }

    /// <summary>Gets or sets a value indicating whether to extract Autodesk material properties (SVF/SVF2 from Navisworks).</summary>
    [JsonPropertyName("autodeskMaterialProperties")]
    public bool? AutodeskMaterialProperties { get; set; }

    /// <summary>Gets or sets a value indicating whether to extract timeliner properties (SVF/SVF2 from Navisworks).</summary>
    [JsonPropertyName("timelinerProperties")]
    public bool? TimelinerProperties { get; set; }

    /// <summary>Gets or sets how the item hierarchy is built (SVF/SVF2 from VUE): <c>Classic</c> or <c>SystemPath</c>.</summary>
    [JsonPropertyName("hierarchy")]
    public string? Hierarchy { get; set; }

    /// <summary>Gets or sets the thumbnail width: 100, 200 or 400.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Gets or sets the thumbnail height: 100, 200 or 400.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Gets or sets the STL encoding: <c>binary</c> (default) or <c>ascii</c>.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; set; }

    /// <summary>Gets or sets a value indicating whether STL output carries colour (default <see langword="true"/>).</summary>
    [JsonPropertyName("exportColor")]
    public bool? ExportColor { get; set; }

    /// <summary>Gets or sets the file structure (STL, OBJ): <c>single</c> (default) or <c>multiple</c>.</summary>
    [JsonPropertyName("exportFileStructure")]
    public string? ExportFileStructure { get; set; }

    /// <summary>Gets or sets the STEP application protocol: <c>203</c>, <c>214</c> (default) or <c>242</c>.</summary>
    [JsonPropertyName("applicationProtocol")]
    public string? ApplicationProtocol { get; set; }

    /// <summary>Gets or sets the tolerance (STEP, IGES), 0 to 1; 0.001 by default.</summary>
    [JsonPropertyName("tolerance")]
    public double? Tolerance { get; set; }

    /// <summary>Gets or sets the IGES surface type: <c>bounded</c> (default), <c>trimmed</c> or <c>wireframe</c>.</summary>
    [JsonPropertyName("surfaceType")]
    public string? SurfaceType { get; set; }

    /// <summary>Gets or sets the IGES sheet type: <c>open</c>, <c>shell</c>, <c>surface</c> (default) or <c>wireframe</c>.</summary>
    [JsonPropertyName("sheetType")]
    public string? SheetType { get; set; }

    /// <summary>Gets or sets the IGES solid type: <c>solid</c> (default), <c>surface</c> or <c>wireframe</c>.</summary>
    [JsonPropertyName("solidType")]
    public string? SolidType { get; set; }

    /// <summary>Gets or sets the unit OBJ output is converted to.</summary>
    [JsonPropertyName("unit")]
    public ModelDerivativeObjUnit? Unit { get; set; }

    /// <summary>Gets or sets the model view to extract geometry from (OBJ geometry extraction).</summary>
    [JsonPropertyName("modelGuid")]
    public string? ModelGuid { get; set; }

    /// <summary>Gets or sets the object ids to extract (OBJ geometry extraction); <c>-1</c> extracts the whole model.</summary>
    [JsonPropertyName("objectIds")]
    public IReadOnlyList<long>? ObjectIds { get; set; }

    /// <summary>Gets or sets an export setting saved in the source design (IFC and DWG from Revit).</summary>
    [JsonPropertyName("exportSettingName")]
    public string? ExportSettingName { get; set; }

    /// <summary>Gets or sets options the SDK does not model yet; they are sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The answer to a translation job: <c>{result, urn, acceptedJobs}</c>.</summary>
public sealed class ModelDerivativeJobResult
{
    /// <summary>Gets the result, <c>success</c> or <c>created</c>.</summary>
    [JsonPropertyName("result")]
    public string? Result { get; init; }

    /// <summary>Gets the encoded URN of the source design.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets the accepted outputs (the request's <c>output</c> echoed).</summary>
    [JsonPropertyName("acceptedJobs")]
    public ModelDerivativeAcceptedJobs? AcceptedJobs { get; init; }

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The accepted outputs of a translation job.</summary>
public sealed class ModelDerivativeAcceptedJobs
{
    /// <summary>Gets the accepted output, as requested.</summary>
    [JsonPropertyName("output")]
    public ModelDerivativeJobOutput? Output { get; init; }

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
