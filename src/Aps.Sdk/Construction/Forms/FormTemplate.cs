using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Forms;

/// <summary>A form template of an ACC project. The seed carries no example of it: the fields follow its documented body structure (seed 001, L7566).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-form-templates-GET/">APS reference</see>.</remarks>
public sealed class FormTemplate
{
    /// <summary>Gets the template id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the project id (ACC form).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>Gets the display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the status: <c>active</c>, <c>inactive</c> (archived) or <c>deleted</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the user-supplied template type.</summary>
    [JsonPropertyName("templateType")]
    public string? TemplateType { get; init; }

    /// <summary>Gets the permissions given to users, raw (never null).</summary>
    [JsonPropertyName("userPermissions")]
    public IReadOnlyList<JsonElement> UserPermissions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the permissions given to companies and roles, raw (never null).</summary>
    [JsonPropertyName("groupPermissions")]
    public IReadOnlyList<JsonElement> GroupPermissions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the Autodesk id of the creator.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the template was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets a value indicating whether the template is a PDF form.</summary>
    [JsonPropertyName("isPdf")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsPdf { get; init; }

    /// <summary>Gets the address of the PDF of a PDF template.</summary>
    [JsonPropertyName("pdfUrl")]
    public string? PdfUrl { get; init; }

    /// <summary>Gets the reference to the forms created from the template, raw.</summary>
    [JsonPropertyName("forms")]
    public JsonElement? Forms { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
