using System.Net;
using System.Net.Http.Headers;
using Aps.Sdk.Core.Operations;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.AccountAdmin;

public partial class AccountAdminClient
{
    /// <summary>Lists the account's projects, lazily, one offset/limit page per request, with every documented filter.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="options">Filters, fields, sort, page size (1 to 200), region.</param>
    /// <returns>The projects.</returns>
    /// <exception cref="ArgumentException">The account id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-accounts-accountidprojects-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AccountProject> ListProjectsAsync(AccountId accountId, AccountProjectsListOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.ListProjects,
            options,
            [account],
            () => new QueryBuilder()
                .AddCommaSeparated("fields", options?.Fields)
                .AddCommaSeparated("filter[classification]", ConstructionPaging.Values(options?.Classifications, v => v.Value))
                .AddCommaSeparated("filter[platform]", ConstructionPaging.Values(options?.Platforms, v => v.Value))
                .AddCommaSeparated("filter[products]", options?.Products)
                .Add("filter[name]", options?.Name)
                .AddCommaSeparated("filter[type]", options?.Types)
                .AddCommaSeparated("filter[status]", ConstructionPaging.Values(options?.Statuses, v => v.Value))
                .Add("filter[businessUnitId]", options?.BusinessUnitId)
                .Add("filter[jobNumber]", options?.JobNumber)
                .Add("filter[updatedAt]", options?.UpdatedAt)
                .Add("filterTextMatch", options?.FilterTextMatch?.Value)
                .AddCommaSeparated("sort", options?.Sort),
            options?.Limit,
            200,
            20,
            AccountAdminJsonContext.Default.ConstructionPageAccountProject);
    }

    /// <summary>
    /// Creates a project (or clones a template). APS accepts the request (202) and returns the project while it is still
    /// being set up (<see cref="AccountProject.Status"/> <c>pending</c>); use <see cref="StartCreateProjectAsync"/> to
    /// wait until it is active before adding users. With a 2-legged token, set <see cref="ApsRequestOptions.UserId"/>.
    /// </summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="request">The project; name and type are required.</param>
    /// <param name="options">Region, acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project as APS accepted it.</returns>
    /// <exception cref="ArgumentException">The account id, name or type is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-accounts-accountidprojects-POST/">APS reference</see>.</remarks>
    public virtual Task<AccountProject> CreateProjectAsync(AccountId accountId, AccountProjectCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Type))
        {
            throw new ArgumentException("A new project needs a name and a type.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.CreateProject, options, [account]);
        ApsPipeline.SetJsonBody(message, request, AccountAdminJsonContext.Default.AccountProjectCreateRequest);
        return _pipeline.SendAsync(message, AccountAdminJsonContext.Default.AccountProject, options, cancellationToken);
    }

    /// <summary>
    /// Creates a project and returns an operation that polls the project until its status is <c>active</c>
    /// (<see cref="ApsOperation{T}.WaitForCompletionAsync(IProgress{ApsOperationProgress}?, CancellationToken)"/>).
    /// </summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="request">The project; name and type are required.</param>
    /// <param name="polling">Delays and timeout of the wait; the defaults when <see langword="null"/>.</param>
    /// <param name="options">Region, acting user and per-call settings (used by the polls too).</param>
    /// <param name="cancellationToken">Cancels the creation call.</param>
    /// <returns>The operation; its <see cref="ApsOperation{T}.Id"/> is the new project id.</returns>
    /// <exception cref="ArgumentException">The account id, name or type is missing.</exception>
    /// <exception cref="ApsException">APS did not return the new project's id.</exception>
    public virtual async Task<ApsOperation<AccountProject>> StartCreateProjectAsync(AccountId accountId, AccountProjectCreateRequest request, ApsPollingOptions? polling = null, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = await CreateProjectAsync(accountId, request, options, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(project.Id))
        {
            throw new ApsException("CreateProject: APS accepted the project but returned no id to follow.");
        }

        return WaitForProjectActive(new ProjectId(project.Id), polling, options);
    }

    /// <summary>
    /// An operation that polls a project (<c>GET projects/{projectId}</c>) until its status is <c>active</c>: for a
    /// project created earlier, or by another process. A 404 while polling counts as "not visible yet".
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="polling">Delays and timeout; the defaults when <see langword="null"/>.</param>
    /// <param name="options">Region and per-call settings of the polls.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentException">The project id is missing.</exception>
    public virtual ApsOperation<AccountProject> WaitForProjectActive(ProjectId projectId, ApsPollingOptions? polling = null, ApsRequestOptions? options = null)
    {
        var project = ConstructionIds.Project(projectId);
        return new PollingOperation<AccountProject>(
            project,
            async ct =>
            {
                AccountProject current;
                try
                {
                    current = await GetProjectCoreAsync(project, null, options, ct).ConfigureAwait(false);
                }
                catch (ApsException ex) when (ex.StatusCode == (int)HttpStatusCode.NotFound)
                {
                    return PollResult<AccountProject>.Running(new ApsOperationProgress { Status = "pending", Message = "the project is not visible yet" });
                }

                var status = current.Status?.Value is { Length: > 0 } s ? s : "pending";
                var done = current.Status == ProjectStatus.Active;
                var progress = new ApsOperationProgress { Status = status, IsTerminal = done };
                return done ? PollResult<AccountProject>.Done(progress, current) : PollResult<AccountProject>.Running(progress);
            },
            _pipeline.Time,
            polling,
            "project creation");
    }

    /// <summary>Gets a project.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="options">The <c>fields</c> projection, region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project.</returns>
    /// <exception cref="ArgumentException">The project id is missing.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-projectsprojectId-GET/">APS reference</see>.</remarks>
    public virtual Task<AccountProject> GetProjectAsync(ProjectId projectId, AccountAdminGetOptions? options = null, CancellationToken cancellationToken = default)
        => GetProjectCoreAsync(ConstructionIds.Project(projectId), options?.Fields, options, cancellationToken);

    private Task<AccountProject> GetProjectCoreAsync(string project, IList<string>? fields, ApsRequestOptions? options, CancellationToken cancellationToken)
    {
        var request = _pipeline.CreateRequest(Specs.GetProject, options, [project], new QueryBuilder().AddCommaSeparated("fields", fields));
        return _pipeline.SendAsync(request, AccountAdminJsonContext.Default.AccountProject, options, cancellationToken);
    }

    /// <summary>
    /// Sets or replaces a project's image (legacy <c>/hq/v1</c>, app-only). Sent as <c>multipart/form-data</c> with the
    /// file in the <c>chunk</c> part, as the reference page describes ("HTTP multipart (chunk) data"), although the
    /// OpenAPI file declares a form-urlencoded body.
    /// </summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="image">The image: PNG, JPEG, BMP or GIF. Read from its current position; not disposed.</param>
    /// <param name="fileName">The file name; its extension gives the content type.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project, as <c>/hq/v1</c> returns it.</returns>
    /// <exception cref="ArgumentException">An id or the file name is missing, or the extension is not an image type APS takes.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/projects-:project_id-image-PATCH/">APS reference</see>.</remarks>
    public virtual Task<HqProject> UpdateProjectImageAsync(AccountId accountId, ProjectId projectId, Stream image, string fileName, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = ConstructionIds.Account(accountId);
        var project = ConstructionIds.Project(projectId);
        var content = ImageContent(image, fileName);
        var request = _pipeline.CreateRequest(Specs.UpdateProjectImage, options, [account, project]);
        SetImage(request, content, image);
        return _pipeline.SendAsync(request, AccountAdminJsonContext.Default.HqProject, options, cancellationToken);
    }

    /// <summary>Lists the projects a user of the account belongs to (account admins only), lazily, by offset/limit.</summary>
    /// <param name="accountId">The account (hub id with or without <c>b.</c>).</param>
    /// <param name="userId">The user: ACC user id or Autodesk id.</param>
    /// <param name="options">Filters, fields, sort, page size (1 to 200), region.</param>
    /// <returns>The projects, with the user's <see cref="AccountProject.AccessLevels"/>.</returns>
    /// <exception cref="ArgumentException">An id is missing or the page size is out of range.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/admin-users-userId-projects-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<AccountProject> ListUserProjectsAsync(AccountId accountId, string userId, AccountUserProjectsListOptions? options = null)
    {
        var account = ConstructionIds.Account(accountId);
        ConstructionIds.Required(userId, nameof(userId));
        return ConstructionPaging.Envelope(
            _pipeline,
            Specs.ListUserProjects,
            options,
            [account, userId],
            () => new QueryBuilder()
                .AddCommaSeparated("filter[id]", options?.Ids)
                .AddCommaSeparated("fields", options?.Fields)
                .AddCommaSeparated("filter[classification]", ConstructionPaging.Values(options?.Classifications, v => v.Value))
                .Add("filter[name]", options?.Name)
                .AddCommaSeparated("filter[platform]", ConstructionPaging.Values(options?.Platforms, v => v.Value))
                .AddCommaSeparated("filter[status]", ConstructionPaging.Values(options?.Statuses, v => v.Value))
                .AddCommaSeparated("filter[type]", options?.Types)
                .Add("filter[jobNumber]", options?.JobNumber)
                .Add("filter[updatedAt]", options?.UpdatedAt)
                .AddCommaSeparated("filter[accessLevels]", options?.AccessLevels)
                .Add("filterTextMatch", options?.FilterTextMatch?.Value)
                .AddCommaSeparated("sort", options?.Sort),
            options?.Limit,
            200,
            20,
            AccountAdminJsonContext.Default.ConstructionPageAccountProject);
    }

    /// <summary>The multipart body of an image upload: one <c>chunk</c> part with the file.</summary>
    private static MultipartFormDataContent ImageContent(Stream image, string fileName)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var mediaType = Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".PNG" => "image/png",
            ".JPG" => "image/jpg",
            ".JPEG" => "image/jpeg",
            ".BMP" => "image/bmp",
            ".GIF" => "image/gif",
            _ => throw new ArgumentException($"APS takes PNG, JPEG, BMP or GIF images; '{fileName}' is none of them.", nameof(fileName)),
        };

        var part = new StreamContent(image);
        part.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var content = new MultipartFormDataContent();
        content.Add(part, "chunk", Path.GetFileName(fileName));
        return content;
    }

    private static void SetImage(HttpRequestMessage request, MultipartFormDataContent content, Stream image)
    {
        request.Content = content;
        if (ApsRequestContext.Get(request) is { } context)
        {
            context.BodyReplayable = image.CanSeek;
        }
    }
}
