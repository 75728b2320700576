namespace Aps.Sdk.Construction.Forms;

/// <summary>Options of <see cref="FormsClient.ListFormTemplatesAsync"/>.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-form-templates-GET/">APS reference</see>.</remarks>
public sealed class FormTemplateListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 50 (APS default 50). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets a time: only templates updated after it are listed.</summary>
    public DateTimeOffset? UpdatedAfter { get; set; }

    /// <summary>Gets or sets a time: only templates updated before it are listed.</summary>
    public DateTimeOffset? UpdatedBefore { get; set; }

    /// <summary>Gets or sets the sort order, <c>asc</c> or <c>desc</c>.</summary>
    public string? SortOrder { get; set; }
}
