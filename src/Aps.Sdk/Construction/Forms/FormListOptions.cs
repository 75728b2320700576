namespace Aps.Sdk.Construction.Forms;

/// <summary>Options of <see cref="FormsClient.ListFormsAsync"/>: every filter set narrows the list.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-forms-GET/">APS reference</see>.</remarks>
public class FormListOptions : FormTemplateListOptions
{
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
