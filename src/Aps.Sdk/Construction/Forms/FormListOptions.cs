namespace Aps.Sdk.Construction.Forms;

/// <summary>Options of <see cref="FormsClient.ListFormsAsync"/>: every filter set narrows the list.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-forms-GET/">APS reference</see>.</remarks>
public sealed class FormListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 50 (APS default 50). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets a time: only forms updated after it are listed (<c>updatedAfter</c>).</summary>
    public DateTimeOffset? UpdatedAfter { get; set; }

    /// <summary>Gets or sets a time: only forms updated before it are listed (<c>updatedBefore</c>).</summary>
    public DateTimeOffset? UpdatedBefore { get; set; }

    /// <summary>Gets or sets the sort order, <c>asc</c> or <c>desc</c> (<c>sortOrder</c>).</summary>
    public string? SortOrder { get; set; }

    /// <summary>Gets the form ids (<c>ids</c>, one parameter per value).</summary>
    public IList<string> Ids { get; } = [];

    /// <summary>Gets or sets the earliest form date, <c>YYYY-MM-DD</c> (<c>formDateMin</c>).</summary>
    public string? FormDateMin { get; set; }

    /// <summary>Gets or sets the latest form date, <c>YYYY-MM-DD</c> (<c>formDateMax</c>).</summary>
    public string? FormDateMax { get; set; }

    /// <summary>Gets or sets the template id (<c>templateId</c>).</summary>
    public string? TemplateId { get; set; }

    /// <summary>Gets the statuses (<c>statuses</c>, one parameter per value).</summary>
    public IList<string> Statuses { get; } = [];

    /// <summary>Gets or sets the attribute to sort by (<c>sortBy</c>, for example <c>updatedAt</c>).</summary>
    public string? SortBy { get; set; }

    /// <summary>Gets the location ids (<c>locationIds</c>, one parameter per value).</summary>
    public IList<string> LocationIds { get; } = [];
}
