using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.AutoSpecs;

/// <summary>
/// ACC AutoSpecs: the specification versions of a project and their Smart Register (submittal log), read only.
/// 3-legged only; project ids are sent without <c>b.</c>. No pagination: lists come back whole.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-metadata-GET/">APS reference</see>.</remarks>
public partial class AutoSpecsClient
{
    private const string Area = "AutoSpecs";

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected AutoSpecsClient()
    {
    }

    internal AutoSpecsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec Metadata = Spec("GetMetadata", "/construction/autospecs/v1/projects/{projectId}/metadata");

        // The path segment is the singular "version" and the camelCase "submittalsSummary", as APS spells them.
        internal static readonly OperationSpec SmartRegister = Spec("GetSmartRegister", "/construction/autospecs/v1/projects/{projectId}/version/{versionId}/smartregister");
        internal static readonly OperationSpec Requirements = Spec("GetRequirements", "/construction/autospecs/v1/projects/{projectId}/version/{versionId}/requirements");
        internal static readonly OperationSpec Summary = Spec("GetSubmittalsSummary", "/construction/autospecs/v1/projects/{projectId}/version/{versionId}/submittalsSummary");

        private static OperationSpec Spec(string name, string path) => new(Area, name, HttpMethod.Get, path)
        {
            Scopes = ApsScopes.Create(ApsScopes.DataRead),
            ServiceBasePath = "/construction/autospecs/v1",
        };
    }

    /// <summary>Gets a project's AutoSpecs metadata: region and specification versions (with their import status).</summary>
    /// <param name="projectId">The project (sent without <c>b.</c>).</param>
    /// <param name="options">Per-call settings (a 3-legged token provider).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="ArgumentException">The project id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-metadata-GET/">APS reference</see>.</remarks>
    public virtual Task<AutoSpecsMetadata> GetMetadataAsync(ProjectId projectId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        var request = _pipeline.CreateRequest(Specs.Metadata, options, [project]);
        return _pipeline.SendAsync(request, AutoSpecsJsonContext.Default.AutoSpecsMetadata, options, cancellationToken);
    }

    /// <summary>Lists the Smart Register (submittal log) of a version, as one page. The version's import must be <c>Completed</c>.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The AutoSpecs version id (from <see cref="GetMetadataAsync"/>).</param>
    /// <param name="options">Per-call settings.</param>
    /// <returns>The submittals.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-smartregister-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AutoSpecsSubmittal> ListSmartRegisterAsync(ProjectId projectId, string versionId, ApsRequestOptions? options = null)
        => Whole(Specs.SmartRegister, projectId, versionId, options, AutoSpecsJsonContext.Default.ListAutoSpecsSubmittal);

    /// <summary>Lists the submittal counts by division, section and group of a version, as one page.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The AutoSpecs version id.</param>
    /// <param name="options">Per-call settings.</param>
    /// <returns>The divisions.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-requirements-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AutoSpecsRequirement> ListRequirementsAsync(ProjectId projectId, string versionId, ApsRequestOptions? options = null)
        => Whole(Specs.Requirements, projectId, versionId, options, AutoSpecsJsonContext.Default.ListAutoSpecsRequirement);

    /// <summary>Gets the submittal counts by group and type of a version.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The AutoSpecs version id.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/autospecs-submittalsSummary-GET/">APS reference</see>.</remarks>
    public virtual Task<AutoSpecsSubmittalsSummary> GetSubmittalsSummaryAsync(ProjectId projectId, string versionId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        var request = _pipeline.CreateRequest(Specs.Summary, options, [project, versionId]);
        return _pipeline.SendAsync(request, AutoSpecsJsonContext.Default.AutoSpecsSubmittalsSummary, options, cancellationToken);
    }

    private ApsPageable<T> Whole<T>(OperationSpec spec, ProjectId projectId, string versionId, ApsRequestOptions? options, System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<T>> typeInfo)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        var strategy = new SinglePagePaging<List<T>, T>(() => _pipeline.CreateRequest(spec, options, [project, versionId]), list => list);
        return new ApsPagedEnumerable<List<T>, T>(_pipeline, typeInfo, strategy, options);
    }

    private static string ProjectOf(ProjectId projectId)
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", nameof(projectId)) : projectId.ConstructionValue;
}
