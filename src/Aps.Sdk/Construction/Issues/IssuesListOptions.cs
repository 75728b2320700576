namespace Aps.Sdk.Construction.Issues;

/// <summary>
/// Filters, projection, sort and page size of <see cref="IssuesClient.ListIssuesAsync"/>. Every list is sent as one
/// comma-separated <c>filter[...]</c> value; date filters take <c>YYYY-MM-DD</c>, <c>YYYY-MM-DDThh:mm:ss.sZ</c> or a
/// range <c>start..end</c>, as APS documents.
/// </summary>
public sealed class IssuesListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets issue ids (<c>filter[id]</c>).</summary>
    public IList<string>? Ids { get; set; }

    /// <summary>Gets or sets type (UI category) ids (<c>filter[issueTypeId]</c>).</summary>
    public IList<string>? IssueTypeIds { get; set; }

    /// <summary>Gets or sets subtype (UI type) ids (<c>filter[issueSubtypeId]</c>).</summary>
    public IList<string>? IssueSubtypeIds { get; set; }

    /// <summary>Gets or sets statuses (<c>filter[status]</c>).</summary>
    public IList<IssueStatus>? Statuses { get; set; }

    /// <summary>Gets or sets document lineage URNs of pushpin issues (<c>filter[linkedDocumentUrn]</c>).</summary>
    public IList<string>? LinkedDocumentUrns { get; set; }

    /// <summary>Gets or sets due dates (<c>filter[dueDate]</c>).</summary>
    public string? DueDate { get; set; }

    /// <summary>Gets or sets start dates (<c>filter[startDate]</c>).</summary>
    public string? StartDate { get; set; }

    /// <summary>Gets or sets creation dates (<c>filter[createdAt]</c>).</summary>
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets creators (<c>filter[createdBy]</c>).</summary>
    public IList<string>? CreatedBy { get; set; }

    /// <summary>Gets or sets update dates (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets updaters (<c>filter[updatedBy]</c>).</summary>
    public IList<string>? UpdatedBy { get; set; }

    /// <summary>Gets or sets assignees: user, company or role Autodesk ids (<c>filter[assignedTo]</c>).</summary>
    public IList<string>? AssignedTo { get; set; }

    /// <summary>Gets or sets root causes (<c>filter[rootCauseId]</c>).</summary>
    public IList<string>? RootCauseIds { get; set; }

    /// <summary>Gets or sets locations, without their sublocations (<c>filter[locationId]</c>).</summary>
    public IList<string>? LocationIds { get; set; }

    /// <summary>Gets or sets locations, with their sublocations (<c>filter[subLocationId]</c>).</summary>
    public IList<string>? SubLocationIds { get; set; }

    /// <summary>Gets or sets who closed the issues (<c>filter[closedBy]</c>).</summary>
    public IList<string>? ClosedBy { get; set; }

    /// <summary>Gets or sets closing dates (<c>filter[closedAt]</c>).</summary>
    public string? ClosedAt { get; set; }

    /// <summary>Gets or sets a search in titles and display ids (<c>filter[search]</c>).</summary>
    public string? Search { get; set; }

    /// <summary>Gets or sets display ids (<c>filter[displayId]</c>).</summary>
    public IList<long>? DisplayIds { get; set; }

    /// <summary>Gets or sets assignee kinds (<c>filter[assignedToType]</c>); APS also accepts <c>null</c> for unassigned.</summary>
    public IList<string>? AssignedToTypes { get; set; }

    /// <summary>
    /// Gets custom attribute filters: attribute definition id → accepted values
    /// (<c>filter[customAttributes][&lt;id&gt;]=a,b</c>).
    /// </summary>
    public IDictionary<string, IList<string>> CustomAttributes { get; } = new Dictionary<string, IList<string>>(StringComparer.Ordinal);

    /// <summary>Gets or sets a value indicating whether to return only valid issues, with a type and subtype (<c>filter[valid]</c>).</summary>
    public bool? Valid { get; set; }

    /// <summary>Gets or sets the page size: 1 to 100 (APS default 100).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the sort: field names, <c>-</c> before a name for descending (<c>sortBy</c>), for example <c>-createdAt</c>.</summary>
    public IList<string>? SortBy { get; set; }

    /// <summary>Gets or sets the fields to return (<c>fields</c>); all when empty.</summary>
    public IList<IssueField>? Fields { get; set; }
}

/// <summary>Options of <see cref="IssuesClient.ListIssueTypesAsync"/>.</summary>
public sealed class IssueTypesListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets a value indicating whether to include each type's subtypes (<c>include=subtypes</c>).</summary>
    public bool IncludeSubtypes { get; set; }

    /// <summary>Gets or sets update dates (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets the status filter (<c>filter[isActive]</c>); both when <see langword="null"/>.</summary>
    public bool? IsActive { get; set; }

    /// <summary>Gets or sets the page size (1 to 200).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="IssuesClient.ListAttributeDefinitionsAsync"/>.</summary>
public sealed class IssueAttributeDefinitionsListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets creation dates (<c>filter[createdAt]</c>).</summary>
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets update dates (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets deletion dates (<c>filter[deletedAt]</c>).</summary>
    public string? DeletedAt { get; set; }

    /// <summary>Gets or sets data types (<c>filter[dataType]</c>).</summary>
    public IList<IssueAttributeDataType>? DataTypes { get; set; }

    /// <summary>Gets or sets the page size: 1 to 200 (APS default 200).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="IssuesClient.ListAttributeMappingsAsync"/>.</summary>
public sealed class IssueAttributeMappingsListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets creation dates (<c>filter[createdAt]</c>).</summary>
    public string? CreatedAt { get; set; }

    /// <summary>Gets or sets update dates (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets deletion dates (<c>filter[deletedAt]</c>).</summary>
    public string? DeletedAt { get; set; }

    /// <summary>Gets or sets attribute definitions (<c>filter[attributeDefinitionId]</c>).</summary>
    public IList<string>? AttributeDefinitionIds { get; set; }

    /// <summary>Gets or sets mapped items: project, type or subtype ids (<c>filter[mappedItemId]</c>).</summary>
    public IList<string>? MappedItemIds { get; set; }

    /// <summary>Gets or sets the page size: 1 to 200 (APS default 200).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="IssuesClient.ListRootCauseCategoriesAsync"/>.</summary>
public sealed class IssueRootCauseCategoriesListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets a value indicating whether to include each category's root causes (<c>include=rootcauses</c>).</summary>
    public bool IncludeRootCauses { get; set; }

    /// <summary>Gets or sets update dates (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets the page size (1 to 200).</summary>
    public int? Limit { get; set; }
}

/// <summary>Options of <see cref="IssuesClient.ListCommentsAsync"/>.</summary>
public sealed class IssueCommentsListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the sort: field names, <c>-</c> before a name for descending (<c>sortBy</c>).</summary>
    public IList<string>? SortBy { get; set; }

    /// <summary>Gets or sets the page size (1 to 100).</summary>
    public int? Limit { get; set; }
}
