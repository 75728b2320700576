using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Forms;

/// <summary>
/// ACC Forms: form templates and forms of a project. Every call needs a user context (a 3-legged or secure service
/// account token); project ids are accepted with or without <c>b.</c> and sent without, as the Forms API requires.
/// Lists page with offset and limit (1 to 50); the envelope carries the items in <c>data</c>.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-forms-GET/">APS Forms reference</see>.</remarks>
public partial class FormsClient
{
    internal const string Area = "Construction.Forms";
    internal const string BasePath = "/construction";

    internal static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected FormsClient()
    {
    }

    internal FormsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec ListFormTemplates = new(Area, "ListFormTemplates", HttpMethod.Get, "/construction/forms/v1/projects/{projectId}/form-templates")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            Paging = PagingStyle.AccOffsetLimit,
        };

        internal static readonly OperationSpec ListForms = new(Area, "ListForms", HttpMethod.Get, "/construction/forms/v1/projects/{projectId}/forms")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            Paging = PagingStyle.AccOffsetLimit,
        };
    }

    /// <summary>Lists the form templates of a project, lazily, page by page.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Update-time window, sort order, page size and per-call settings.</param>
    /// <returns>The templates.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not 1 to 50.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-form-templates-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<FormTemplate> ListFormTemplatesAsync(ProjectId projectId, FormTemplateListOptions? options = null)
        => Offset(Specs.ListFormTemplates, ProjectValue(projectId), options, options?.Limit, ConstructionFormsJsonContext.Default.FormsPageFormTemplate, query =>
            query.Add("updatedAfter", options?.UpdatedAfter).Add("updatedBefore", options?.UpdatedBefore).Add("sortOrder", options?.SortOrder));

    /// <summary>Lists the forms of a project (most recently updated first unless sorted otherwise), lazily, page by page.</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Filters, sort, page size and per-call settings.</param>
    /// <returns>The forms.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not 1 to 50.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/forms-forms-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<Form> ListFormsAsync(ProjectId projectId, FormListOptions? options = null)
        => Offset(Specs.ListForms, ProjectValue(projectId), options, options?.Limit, ConstructionFormsJsonContext.Default.FormsPageForm, query =>
            query.AddRepeated("ids", options?.Ids)
                .Add("formDateMin", options?.FormDateMin)
                .Add("formDateMax", options?.FormDateMax)
                .Add("updatedAfter", options?.UpdatedAfter)
                .Add("updatedBefore", options?.UpdatedBefore)
                .Add("templateId", options?.TemplateId)
                .AddRepeated("statuses", options?.Statuses)
                .Add("sortBy", options?.SortBy)
                .Add("sortOrder", options?.SortOrder)
                .AddRepeated("locationIds", options?.LocationIds));

    private ApsPagedEnumerable<FormsPage<T>, T> Offset<T>(OperationSpec spec, string project, ApsRequestOptions? options, int? limit, System.Text.Json.Serialization.Metadata.JsonTypeInfo<FormsPage<T>> typeInfo, Action<QueryBuilder> filters)
    {
        CheckLimit(limit, nameof(options));
        var strategy = new OffsetPaging<FormsPage<T>, T>(
            (offset, hint) =>
            {
                CheckLimit(hint, "pageSizeHint");
                var query = new QueryBuilder();
                if (offset > 0)
                {
                    query.Add("offset", offset);
                }

                query.Add("limit", hint ?? limit);
                filters(query);
                return _pipeline.CreateRequest(spec, options, [project], query);
            },
            page => page.Data,
            page => page.Pagination?.ToOffsetInfo() ?? default,
            defaultLimit: 50);
        return new ApsPagedEnumerable<FormsPage<T>, T>(_pipeline, typeInfo, strategy, options);
    }

    internal static string ProjectValue(ProjectId projectId, string parameterName = "projectId")
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", parameterName) : projectId.ConstructionValue;

    private static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "The Forms page size (limit) is 1 to 50.");
        }
    }
}
