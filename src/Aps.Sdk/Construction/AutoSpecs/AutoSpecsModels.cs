using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AutoSpecs;

/// <summary>The AutoSpecs metadata of a project: its region and specification versions.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-metadata-GET/">APS reference</see>.</remarks>
public sealed class AutoSpecsMetadata
{
    /// <summary>Gets the ACC project id.</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>Gets the region of the specification PDFs (documented <c>USA</c>, <c>Canada</c>, <c>Others</c>; the example sends <c>CANADA</c>).</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>Gets the specification versions.</summary>
    [JsonPropertyName("versions")]
    public IReadOnlyList<AutoSpecsVersion> Versions { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>An AutoSpecs specification version.</summary>
public sealed class AutoSpecsVersion
{
    /// <summary>Gets the version id (pass it to the submittal calls).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the import status; the Smart Register is readable once it is <c>Completed</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets a value indicating whether this is the current version.</summary>
    [JsonPropertyName("currentVersion")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? CurrentVersion { get; init; }

    /// <summary>Gets when the version was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the version was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One submittal of the Smart Register (submittal log).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-smartregister-GET/">APS reference</see>.</remarks>
public sealed class AutoSpecsSubmittal
{
    /// <summary>Gets the sub-section name.</summary>
    [JsonPropertyName("submittalsHeading")]
    public string? SubmittalsHeading { get; init; }

    /// <summary>Gets the division code.</summary>
    [JsonPropertyName("divisionCode")]
    public string? DivisionCode { get; init; }

    /// <summary>Gets the division name.</summary>
    [JsonPropertyName("divisionName")]
    public string? DivisionName { get; init; }

    /// <summary>Gets the submittal number in the log.</summary>
    [JsonPropertyName("submittalId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SubmittalId { get; init; }

    /// <summary>Gets the CSI section number.</summary>
    [JsonPropertyName("specNumber")]
    public string? SpecNumber { get; init; }

    /// <summary>Gets the CSI section name.</summary>
    [JsonPropertyName("specName")]
    public string? SpecName { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("submittalDescription")]
    public string? SubmittalDescription { get; init; }

    /// <summary>Gets the submittal type (for example <c>Shop Drawings</c>).</summary>
    [JsonPropertyName("specCategory")]
    public string? SpecCategory { get; init; }

    /// <summary>Gets the target date.</summary>
    [JsonPropertyName("targetDate")]
    public string? TargetDate { get; init; }

    /// <summary>Gets the user notes.</summary>
    [JsonPropertyName("userNotes")]
    public string? UserNotes { get; init; }

    /// <summary>Gets the sub-section number.</summary>
    [JsonPropertyName("paraCode")]
    public string? ParaCode { get; init; }

    /// <summary>Gets the submittal group.</summary>
    [JsonPropertyName("targetGroup")]
    public string? TargetGroup { get; init; }

    /// <summary>Gets the version name.</summary>
    [JsonPropertyName("versionName")]
    public string? VersionName { get; init; }

    /// <summary>Gets the submittal number within its section.</summary>
    [JsonPropertyName("specSubmittalNumber")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? SpecSubmittalNumber { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The submittal counts of one division, by section and group.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-requirements-GET/">APS reference</see>.</remarks>
public sealed class AutoSpecsRequirement
{
    /// <summary>Gets the division code.</summary>
    [JsonPropertyName("divisionCode")]
    public string? DivisionCode { get; init; }

    /// <summary>Gets the division name.</summary>
    [JsonPropertyName("divisionName")]
    public string? DivisionName { get; init; }

    /// <summary>Gets the sections.</summary>
    [JsonPropertyName("specSections")]
    public IReadOnlyList<AutoSpecsSection> SpecSections { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A specification section with its submittal counts by group.</summary>
public sealed class AutoSpecsSection
{
    /// <summary>Gets the section name.</summary>
    [JsonPropertyName("specName")]
    public string? SpecName { get; init; }

    /// <summary>Gets the section code.</summary>
    [JsonPropertyName("specCode")]
    public string? SpecCode { get; init; }

    /// <summary>Gets the counts by group.</summary>
    [JsonPropertyName("submittalGroups")]
    public IReadOnlyList<AutoSpecsGroupCount> SubmittalGroups { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The number of submittals of one group, and by type where APS breaks it down.</summary>
public sealed class AutoSpecsGroupCount
{
    /// <summary>Gets the group.</summary>
    [JsonPropertyName("submittalGroup")]
    public string? SubmittalGroup { get; init; }

    /// <summary>Gets the count.</summary>
    [JsonPropertyName("total")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Total { get; init; }

    /// <summary>Gets the counts by submittal type (summary only).</summary>
    [JsonPropertyName("submittalGroupTypes")]
    public IReadOnlyList<AutoSpecsTypeCount> SubmittalGroupTypes { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The number of submittals of one type.</summary>
public sealed class AutoSpecsTypeCount
{
    /// <summary>Gets the submittal type.</summary>
    [JsonPropertyName("submittalType")]
    public string? SubmittalType { get; init; }

    /// <summary>Gets the count.</summary>
    [JsonPropertyName("total")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Total { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The submittal counts of a version, by group and type.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-submittalsSummary-GET/">APS reference</see>.</remarks>
public sealed class AutoSpecsSubmittalsSummary
{
    /// <summary>Gets the groups.</summary>
    [JsonPropertyName("submittalGroups")]
    public IReadOnlyList<AutoSpecsGroupCount> SubmittalGroups { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
