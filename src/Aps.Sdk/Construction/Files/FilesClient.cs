using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Operations;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Files;

/// <summary>
/// ACC Files: export file versions (PDFs, and 2D views and sheets of DWG and RVT files) as PDFs, with their markups,
/// as long-running operations. ACC only (BIM 360 uses <see cref="Docs.DocsClient.StartVersionExportAsync"/>).
/// 2-legged with <see cref="ApsRequestOptions.UserId"/> (<c>x-user-id</c>: ACC id or Autodesk id) or 3-legged.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/tutorials/files/export-files/">APS tutorial</see>.</remarks>
public partial class FilesClient
{
    private const string Area = "Files";
    private const int MaxFileVersions = 200;

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected FilesClient()
    {
    }

    internal FilesClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec StartExport = new(Area, "ExportPdfFiles", HttpMethod.Post, "/construction/files/v1/projects/{projectId}/exports")
        {
            Scopes = ApsScopes.Create(ApsScopes.DataWrite),
            ServiceBasePath = "/construction/files/v1",
            UserIdHeader = UserIdStyle.XUserId,
        };

        internal static readonly OperationSpec GetExport = new(Area, "GetExport", HttpMethod.Get, "/construction/files/v1/projects/{projectId}/exports/{exportId}")
        {
            Scopes = ApsScopes.Create(ApsScopes.DataRead),
            ServiceBasePath = "/construction/files/v1",
            UserIdHeader = UserIdStyle.XUserId,
        };
    }

    /// <summary>
    /// Starts a PDF export of up to 200 file versions (packaged in one ZIP; 10 GB at most, else 422
    /// <c>ERR_FILES_TOO_LARGE</c>) and returns an operation to wait on. APS answers 202 with the export id at once;
    /// <see cref="ApsOperation{T}.WaitForCompletionAsync(IProgress{ApsOperationProgress}?, CancellationToken)"/> polls
    /// <see cref="GetExportAsync"/> until <c>successful</c> or <c>partialSuccess</c> (the value carries the signed URL
    /// and the skipped files), and raises an <see cref="ApsException"/> for <c>failed</c> (reported by APS inside a 200).
    /// </summary>
    /// <param name="projectId">The project (with or without <c>b.</c>; sent without).</param>
    /// <param name="request">The file versions and markup options.</param>
    /// <param name="polling">How to poll; defaults apply when null.</param>
    /// <param name="options">Acting user (<c>x-user-id</c>) and per-call settings, used by every poll too.</param>
    /// <param name="cancellationToken">Cancels the start call.</param>
    /// <returns>The export operation; its <see cref="ApsOperation{T}.Id"/> is the export id.</returns>
    /// <exception cref="ArgumentException">No file version, more than 200, an empty URN, or invalid polling options.</exception>
    /// <remarks>Only the user who started the export may read its signed URL (valid one hour). <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/files-export-pdf-files-POST/">APS reference</see>.</remarks>
    public virtual async Task<ApsOperation<FilesExport>> StartExportAsync(ProjectId projectId, FilesExportRequest request, ApsPollingOptions? polling = null, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentNullException.ThrowIfNull(request);
        if (request.FileVersions.Count is 0 or > MaxFileVersions)
        {
            throw new ArgumentException($"An export takes 1 to {MaxFileVersions} file versions; {request.FileVersions.Count} were given.", nameof(request));
        }

        if (request.FileVersions.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("File version URNs must not be empty.", nameof(request));
        }

        polling?.Validate();
        var message = _pipeline.CreateRequest(Specs.StartExport, options, [project]);
        ApsPipeline.SetJsonBody(message, request, FilesJsonContext.Default.FilesExportRequest);
        var started = await _pipeline.SendAsync(message, FilesJsonContext.Default.FilesExport, options, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(started.Id))
        {
            throw new ApsException("APS accepted the export but returned no export id.");
        }

        return GetExportOperation(projectId, started.Id, polling, options);
    }

    /// <summary>Gets an export's status and, once done, its result (signed URL, skipped files or error).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="exportId">The export id.</param>
    /// <param name="options">Acting user and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The export.</returns>
    /// <exception cref="ArgumentException">The export id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/files-export-status-and-result-GET/">APS reference</see>.</remarks>
    public virtual Task<FilesExport> GetExportAsync(ProjectId projectId, string exportId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(exportId);
        var message = _pipeline.CreateRequest(Specs.GetExport, options, [project, exportId]);
        return _pipeline.SendAsync(message, FilesJsonContext.Default.FilesExport, options, cancellationToken);
    }

    /// <summary>Resumes waiting on an export started earlier (for example by another process).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="exportId">The export id.</param>
    /// <param name="polling">How to poll; defaults apply when null.</param>
    /// <param name="options">Acting user and per-call settings of each poll.</param>
    /// <returns>The operation (nothing is sent until it is polled).</returns>
    /// <exception cref="ArgumentException">The export id is empty or the polling options are invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/files-export-status-and-result-GET/">APS reference</see>.</remarks>
    public virtual ApsOperation<FilesExport> GetExportOperation(ProjectId projectId, string exportId, ApsPollingOptions? polling = null, ApsRequestOptions? options = null)
    {
        ProjectOf(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(exportId);
        return new PollingOperation<FilesExport>(
            exportId,
            async ct =>
            {
                var export = await GetExportAsync(projectId, exportId, options, ct).ConfigureAwait(false);
                var status = export.Status ?? FilesExportStatus.Processing;
                var terminal = status != FilesExportStatus.Processing;
                var progress = new ApsOperationProgress { Status = status.Value, IsTerminal = terminal, Message = export.Result?.Error?.Detail };
                if (status == FilesExportStatus.Successful || status == FilesExportStatus.PartialSuccess)
                {
                    return PollResult<FilesExport>.Done(progress, export);
                }

                if (status == FilesExportStatus.Failed)
                {
                    var error = export.Result?.Error;
                    return PollResult<FilesExport>.Failed(progress, new ApsException($"Files export '{exportId}' failed: {error?.Title ?? "no error given"} ({error?.Code}) {error?.Detail}".TrimEnd()));
                }

                return PollResult<FilesExport>.Running(progress);
            },
            _pipeline.Time,
            polling,
            "Files export");
    }

    private static string ProjectOf(ProjectId projectId)
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", nameof(projectId)) : projectId.ConstructionValue;
}
