using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Forms;

/// <summary>A form of an ACC project (a filled-in template: daily report, inspection, …).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-forms-GET/">APS reference</see>.</remarks>
public sealed class Form
{
    /// <summary>Gets the form id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the project id (ACC form).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>Gets the form's number in the project.</summary>
    [JsonPropertyName("formNum")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? FormNum { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the status (for example <c>draft</c>, <c>submitted</c>, <c>archived</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the form's date, <c>YYYY-MM-DD</c>.</summary>
    [JsonPropertyName("formDate")]
    public string? FormDate { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the notes.</summary>
    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    /// <summary>Gets the id of the assignee (a user, company or role, per <see cref="AssigneeType"/>).</summary>
    [JsonPropertyName("assigneeId")]
    public string? AssigneeId { get; init; }

    /// <summary>Gets the kind of assignee: <c>user</c>, <c>company</c> or <c>role</c>.</summary>
    [JsonPropertyName("assigneeType")]
    public string? AssigneeType { get; init; }

    /// <summary>Gets the id of the form's location.</summary>
    [JsonPropertyName("locationId")]
    public string? LocationId { get; init; }

    /// <summary>Gets the template the form was created from.</summary>
    [JsonPropertyName("formTemplate")]
    public FormTemplateSummary? FormTemplate { get; init; }

    /// <summary>Gets the values of a PDF form's fields (never null).</summary>
    [JsonPropertyName("pdfValues")]
    public IReadOnlyList<FormPdfValue> PdfValues { get; init => field = value ?? []; } = [];

    /// <summary>Gets the address of the form's PDF.</summary>
    [JsonPropertyName("pdfUrl")]
    public string? PdfUrl { get; init; }

    /// <summary>Gets the weather recorded on the form (daily reports).</summary>
    [JsonPropertyName("weather")]
    public FormWeather? Weather { get; init; }

    /// <summary>Gets the tabular sections (work log, materials, equipment), raw.</summary>
    [JsonPropertyName("tabularValues")]
    public JsonElement? TabularValues { get; init; }

    /// <summary>Gets the values of the template's custom fields, raw (never null).</summary>
    [JsonPropertyName("customValues")]
    public IReadOnlyList<JsonElement> CustomValues { get; init => field = value ?? []; } = [];

    /// <summary>Gets the Autodesk id of the user who last reopened the form.</summary>
    [JsonPropertyName("lastReopenedBy")]
    public string? LastReopenedBy { get; init; }

    /// <summary>Gets the last submitter's signature (a Base64 SVG).</summary>
    [JsonPropertyName("lastSubmitterSignature")]
    public string? LastSubmitterSignature { get; init; }

    /// <summary>Gets the Autodesk id of the creator.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the user created the form (possibly offline).</summary>
    [JsonPropertyName("userCreatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UserCreatedAt { get; init; }

    /// <summary>Gets when the form reached the server.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the form was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
