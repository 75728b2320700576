using System.Net;
using System.Text.Json;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Operations;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.DataManagement;

public partial class DataManagementClient
{
    /// <summary>
    /// Creates a storage location (step 1 of an upload): the answer's id is an OSS object id
    /// (<c>urn:adsk.objects:os.object:{bucket}/{key}</c>, read it with <see cref="DmResource{TAttributes}.TryGetStorageId"/>)
    /// to upload to with <c>aps.Oss.Transfers</c>. Do not create buckets for BIM 360 Docs.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.CreateStorage"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The storage location (201).</returns>
    /// <exception cref="ArgumentException">The project id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-storage-POST/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmEntryAttributes>>> CreateStorageAsync(ProjectId projectId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendDocumentAsync(Specs.CreateStorage, options, [Project(projectId)], null, body, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmEntryAttributes, cancellationToken);

    /// <summary>
    /// Runs a command (<c>CheckPermission</c>, <c>ListItems</c>, <c>ListRefs</c>, <c>PublishModel</c>, ...); the
    /// command is named in <c>data.attributes.extension.type</c> and its result is in the answer's extension data.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.Command"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The command's result.</returns>
    /// <exception cref="ArgumentException">The project id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-commands-POST/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmCommandAttributes>>> ExecuteCommandAsync(ProjectId projectId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => SendDocumentAsync(Specs.ExecuteCommand, options, [Project(projectId)], null, body, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmCommandAttributes, cancellationToken);

    /// <summary>Gets a download (the result of a finished download job): its format and the storage to fetch.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="downloadId">The download id (the job id that produced it).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The download.</returns>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-downloads-download_id-GET/">APS reference</see>.</remarks>
    public virtual Task<JsonApiDocument<DmResource<DmDownloadAttributes>>> GetDownloadAsync(ProjectId projectId, string downloadId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(downloadId);
        return GetDocumentAsync(Specs.GetDownload, options, [Project(projectId), downloadId], null, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmDownloadAttributes, cancellationToken);
    }

    /// <summary>
    /// Starts a download job (202 Accepted) that converts a version to a format from
    /// <see cref="GetVersionDownloadFormatsAsync"/>. <see cref="StartDownloadAsync"/> also waits for it.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="body">The body, usually <see cref="DmRequests.CreateDownload"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job (the spec lists <c>data</c> as an array of one, the example as one object: both are read).</returns>
    /// <exception cref="ArgumentException">The project id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-downloads-POST/">APS reference</see>.</remarks>
    public virtual async Task<JsonApiDocument<DmResource<DmJobAttributes>>> CreateDownloadAsync(ProjectId projectId, DmRequestDocument body, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var raw = await SendDocumentAsync(Specs.CreateDownload, options, [Project(projectId)], null, body, DataManagementJsonContext.Default.JsonApiDocumentJsonElement, cancellationToken).ConfigureAwait(false);
        var data = raw.Data is { ValueKind: JsonValueKind.Array } array ? (array.GetArrayLength() > 0 ? array[0] : (JsonElement?)null) : raw.Data;
        return new JsonApiDocument<DmResource<DmJobAttributes>>
        {
            JsonApi = raw.JsonApi,
            Links = raw.Links,
            Data = data is { ValueKind: JsonValueKind.Object } one ? one.Deserialize(DataManagementJsonContext.Default.DmResourceDmJobAttributes) : null,
            Included = raw.Included,
            Meta = raw.Meta,
            AdditionalData = raw.AdditionalData,
        };
    }

    /// <summary>
    /// Polls a download job once: 200 while it runs (<see cref="DmDownloadJobStatus.Job"/>), 303 See Other when it is
    /// done (<see cref="DmDownloadJobStatus.Location"/> is the download; the SDK never follows redirects by itself).
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="jobId">The job id.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's status.</returns>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-jobs-job_id-GET/">APS reference</see>.</remarks>
    public virtual async Task<DmDownloadJobStatus> GetDownloadJobAsync(ProjectId projectId, string jobId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        RefuseConditions(options, "an unconditional call");
        using var request = _pipeline.CreateRequest(Specs.GetDownloadJob, options, [Project(projectId), jobId]);
        using var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.Found or HttpStatusCode.MovedPermanently or HttpStatusCode.TemporaryRedirect)
        {
            var location = response.Headers.Location
                ?? throw new ApsException(ApsException.Describe(ApsErrorParser.FromBody(response, []), "APS answered 303 without a Location"), ApsErrorParser.FromBody(response, []));
            var absolute = location.IsAbsoluteUri ? location : _pipeline.ResolveLink(Specs.GetDownload, location.OriginalString);
            return new DmDownloadJobStatus { Location = absolute };
        }

        await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
        var job = await ApsPipeline.ReadJsonAsync(response, DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmJobAttributes, cancellationToken).ConfigureAwait(false);
        return new DmDownloadJobStatus { Job = job };
    }

    /// <summary>
    /// Converts a version to another format as an operation: creates the download job, polls it (200 while it runs)
    /// and, on 303 See Other, follows the <c>Location</c> itself to read the download. The redirect is followed by
    /// the SDK, never by the HTTP stack: to an APS address with the APS token and <c>x-user-id</c>, to any other host
    /// with neither.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="versionId">The version URN.</param>
    /// <param name="fileType">A format from <see cref="GetVersionDownloadFormatsAsync"/>, for example <c>dwf</c>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="polling">Polling delays and timeout; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the creation call.</param>
    /// <returns>The running operation; <see cref="ApsOperation{T}.WaitForCompletionAsync(IProgress{ApsOperationProgress}, CancellationToken)"/> gives the download.</returns>
    /// <exception cref="ArgumentException">An id is the default value or the file type is blank.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/projects-project_id-downloads-POST/">APS reference</see>.</remarks>
    public virtual async Task<ApsOperation<JsonApiDocument<DmResource<DmDownloadAttributes>>>> StartDownloadAsync(ProjectId projectId, VersionId versionId, string fileType, ApsRequestOptions? options = null, ApsPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        var body = DmRequests.CreateDownload(new VersionId(Version(versionId)), fileType);
        var created = await CreateDownloadAsync(projectId, body, options, cancellationToken).ConfigureAwait(false);
        var jobId = created.Data?.Id ?? throw new ApsException("createDownload answered without a job id.");
        return new PollingOperation<JsonApiDocument<DmResource<DmDownloadAttributes>>>(
            jobId,
            async ct =>
            {
                var status = await GetDownloadJobAsync(projectId, jobId, options, ct).ConfigureAwait(false);
                if (status.Location is { } location)
                {
                    var download = await FollowDownloadAsync(location, options, ct).ConfigureAwait(false);
                    return PollResult<JsonApiDocument<DmResource<DmDownloadAttributes>>>.Done(new ApsOperationProgress { Status = "success", PercentComplete = 100, IsTerminal = true }, download);
                }

                var state = status.Job?.Data?.Attributes?.Status ?? "queued";
                if (string.Equals(state, "failed", StringComparison.OrdinalIgnoreCase))
                {
                    return PollResult<JsonApiDocument<DmResource<DmDownloadAttributes>>>.Failed(new ApsOperationProgress { Status = state, IsTerminal = true }, new ApsException($"The download job '{jobId}' failed."));
                }

                return PollResult<JsonApiDocument<DmResource<DmDownloadAttributes>>>.Running(new ApsOperationProgress { Status = state });
            },
            _pipeline.Time,
            polling,
            "download job");
    }

    private async Task<JsonApiDocument<DmResource<DmDownloadAttributes>>> FollowDownloadAsync(Uri location, ApsRequestOptions? options, CancellationToken cancellationToken)
    {
        var typeInfo = DataManagementJsonContext.Default.JsonApiDocumentDmResourceDmDownloadAttributes;
        if (_pipeline.IsApsHost(location))
        {
            // Same host: through the pipeline, which adds the token, x-user-id, retries and diagnostics.
            var request = _pipeline.CreateLinkRequest(Specs.GetDownload, options, location.AbsoluteUri, HttpMethod.Get);
            return await _pipeline.SendAsync(request, typeInfo, options, cancellationToken).ConfigureAwait(false);
        }

        // Another host: no APS token and no x-user-id may go there.
        using var plain = new HttpRequestMessage(HttpMethod.Get, location);
        using var response = await _pipeline.TransferClient.SendAsync(plain, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
        return await ApsPipeline.ReadJsonAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>One poll of a download job: still running (<see cref="Job"/>) or done (<see cref="Location"/>).</summary>
public sealed class DmDownloadJobStatus
{
    /// <summary>Gets the job while it runs (200).</summary>
    public JsonApiDocument<DmResource<DmJobAttributes>>? Job { get; init; }

    /// <summary>Gets the address of the download once the job is done (the 303's <c>Location</c>, made absolute).</summary>
    public Uri? Location { get; init; }

    /// <summary>Gets whether the job is done.</summary>
    public bool IsCompleted => Location is not null;

    /// <inheritdoc />
    public override string ToString() => IsCompleted ? "done" : Job?.Data?.Attributes?.Status ?? "running";
}
