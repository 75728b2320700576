using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Issues;

public partial class IssuesClient
{
    /// <summary>
    /// Gets the current user's Issues permissions in a project: permission levels and the actions, attributes and
    /// statuses allowed on new issues. Check it before assigning or updating issues.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The permissions.</returns>
    /// <exception cref="ArgumentException">The project id is missing.</exception>
    /// <exception cref="ApsException">APS refused the call (403 without access, 404 for an unknown or BIM 360 project).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-users-me-GET/">APS reference</see>.</remarks>
    public virtual Task<IssuesUserProfile> GetUserProfileAsync(ProjectId projectId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Specs.UserProfile, options, [ConstructionIds.Project(projectId)]);
        return _pipeline.SendAsync(request, IssuesJsonContext.Default.IssuesUserProfile, options, cancellationToken);
    }

    /// <summary>
    /// Lists the project's issue types (the UI's <em>categories</em>), with their subtypes (the UI's <em>types</em>) when
    /// <see cref="IssueTypesListOptions.IncludeSubtypes"/> is set. Paged by offset/limit, lazily.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">Subtypes, filters, page size, region.</param>
    /// <returns>The types.</returns>
    /// <exception cref="ArgumentException">The project id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issue-types-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<IssueType> ListIssueTypesAsync(ProjectId projectId, IssueTypesListOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.IssueTypes,
            options,
            [project],
            () => new QueryBuilder()
                .Add("include", options?.IncludeSubtypes == true ? "subtypes" : null)
                .Add("filter[updatedAt]", options?.UpdatedAt)
                .Add("filter[isActive]", options?.IsActive),
            options?.Limit,
            200,
            200,
            IssuesJsonContext.Default.ConstructionPageIssueType);
    }

    /// <summary>Lists the project's issue custom attribute definitions (custom fields), paged by offset/limit, lazily.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">Filters, page size (1 to 200), region.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="ArgumentException">The project id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issue-attribute-definitions-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<IssueAttributeDefinition> ListAttributeDefinitionsAsync(ProjectId projectId, IssueAttributeDefinitionsListOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.AttributeDefinitions,
            options,
            [project],
            () => new QueryBuilder()
                .Add("filter[createdAt]", options?.CreatedAt)
                .Add("filter[updatedAt]", options?.UpdatedAt)
                .Add("filter[deletedAt]", options?.DeletedAt)
                .AddCommaSeparated("filter[dataType]", ConstructionPaging.Values(options?.DataTypes, v => v.Value)),
            options?.Limit,
            200,
            200,
            IssuesJsonContext.Default.ConstructionPageIssueAttributeDefinition);
    }

    /// <summary>
    /// Lists which custom attributes are assigned to the project, types and subtypes (direct mappings only), paged by
    /// offset/limit, lazily.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">Filters, page size (1 to 200), region.</param>
    /// <returns>The mappings.</returns>
    /// <exception cref="ArgumentException">The project id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issue-attribute-mappings-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<IssueAttributeMapping> ListAttributeMappingsAsync(ProjectId projectId, IssueAttributeMappingsListOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.AttributeMappings,
            options,
            [project],
            () => new QueryBuilder()
                .Add("filter[createdAt]", options?.CreatedAt)
                .Add("filter[updatedAt]", options?.UpdatedAt)
                .Add("filter[deletedAt]", options?.DeletedAt)
                .AddCommaSeparated("filter[attributeDefinitionId]", options?.AttributeDefinitionIds)
                .AddCommaSeparated("filter[mappedItemId]", options?.MappedItemIds),
            options?.Limit,
            200,
            200,
            IssuesJsonContext.Default.ConstructionPageIssueAttributeMapping);
    }

    /// <summary>
    /// Lists the root-cause categories, with their root causes when
    /// <see cref="IssueRootCauseCategoriesListOptions.IncludeRootCauses"/> is set; paged by offset/limit, lazily.
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">Root causes, filter, page size, region.</param>
    /// <returns>The categories.</returns>
    /// <exception cref="ArgumentException">The project id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/issues-issue-root-cause-categories-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<IssueRootCauseCategory> ListRootCauseCategoriesAsync(ProjectId projectId, IssueRootCauseCategoriesListOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.RootCauseCategories,
            options,
            [project],
            () => new QueryBuilder()
                .Add("include", options?.IncludeRootCauses == true ? "rootcauses" : null)
                .Add("filter[updatedAt]", options?.UpdatedAt),
            options?.Limit,
            200,
            200,
            IssuesJsonContext.Default.ConstructionPageIssueRootCauseCategory);
    }
}
