using System.Globalization;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Operations;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.DataConnector;

/// <summary>
/// ACC Data Connector: data extraction requests, the jobs they spawn and the files of each job's extract.
/// Every call needs a 3-legged token of a user with executive overview or project administrator permission; the
/// account id is sent without <c>b.</c>. BIM 360 and ACC.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/overview/field-guide/data-connector/">APS field guide</see>.</remarks>
public partial class DataConnectorClient
{
    private const string Area = "DataConnector";
    private const string BasePath = "/data-connector/v1";

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected DataConnectorClient()
    {
    }

    internal DataConnectorClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    /// <summary>The operations. A nested class so its initializers run after the constants above.</summary>
    private static class Specs
    {
        private static readonly ApsScopes Read = ApsScopes.Create(ApsScopes.DataRead);
        private static readonly ApsScopes Write = ApsScopes.Create(ApsScopes.DataWrite);

        internal static readonly OperationSpec ListRequests = Spec("ListRequests", HttpMethod.Get, "/data-connector/v1/accounts/{accountId}/requests", Read, PagingStyle.AccOffsetLimit);
        internal static readonly OperationSpec CreateRequest = Spec("CreateRequest", HttpMethod.Post, "/data-connector/v1/accounts/{accountId}/requests", Write);
        internal static readonly OperationSpec GetRequest = Spec("GetRequest", HttpMethod.Get, "/data-connector/v1/accounts/{accountId}/requests/{requestId}", Read);
        internal static readonly OperationSpec UpdateRequest = Spec("UpdateRequest", HttpMethod.Patch, "/data-connector/v1/accounts/{accountId}/requests/{requestId}", Write);
        internal static readonly OperationSpec DeleteRequest = Spec("DeleteRequest", HttpMethod.Delete, "/data-connector/v1/accounts/{accountId}/requests/{requestId}", Write);
        internal static readonly OperationSpec ListRequestJobs = Spec("ListRequestJobs", HttpMethod.Get, "/data-connector/v1/accounts/{accountId}/requests/{requestId}/jobs", Read, PagingStyle.AccOffsetLimit);
        internal static readonly OperationSpec ListJobs = Spec("ListJobs", HttpMethod.Get, "/data-connector/v1/accounts/{accountId}/jobs", Read, PagingStyle.AccOffsetLimit);

        // The reference page lists data:write for this GET (001:L5497); a read needs data:read like its siblings.
        internal static readonly OperationSpec GetJob = Spec("GetJob", HttpMethod.Get, "/data-connector/v1/accounts/{accountId}/jobs/{jobId}", Read);
        internal static readonly OperationSpec CancelJob = Spec("CancelJob", HttpMethod.Delete, "/data-connector/v1/accounts/{accountId}/jobs/{jobId}", Write);
        internal static readonly OperationSpec ListJobData = Spec("ListJobData", HttpMethod.Get, "/data-connector/v1/accounts/{accountId}/jobs/{jobId}/data-listing", Read);
        internal static readonly OperationSpec GetJobData = Spec("GetJobDataSignedUrl", HttpMethod.Get, "/data-connector/v1/accounts/{accountId}/jobs/{jobId}/data/{name}", Read);

        private static OperationSpec Spec(string name, HttpMethod method, string path, ApsScopes scopes, PagingStyle paging = PagingStyle.None) => new(Area, name, method, path)
        {
            Scopes = scopes,
            ServiceBasePath = BasePath,
            Paging = paging,
            UserIdHeader = UserIdStyle.None,
        };
    }

    /// <summary>
    /// Lists the data requests the signed-in user created in the account, lazily, page by page (offset/limit).
    /// </summary>
    /// <param name="accountId">The account (with or without <c>b.</c>; sent without).</param>
    /// <param name="options">Sort, sort fields, filters, page size.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentException">The account id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DataConnectorRequest> ListRequestsAsync(AccountId accountId, DataConnectorListOptions? options = null)
    {
        var account = AccountOf(accountId);
        return List(Specs.ListRequests, new ListQuery(options?.Limit, options?.Sort, options?.SortFields, options?.Filters, null), [account], options, DataConnectorJsonContext.Default.DataConnectorPageDataConnectorRequest);
    }

    /// <summary>Creates a data request: a one-time or scheduled extraction of the given service groups.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="request">What to extract and when.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentException">The schedule or start time is missing, or no service group is given.</exception>
    /// <remarks>Shape from the public APS reference. <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-POST/">APS reference</see>.</remarks>
    public virtual Task<DataConnectorRequest> CreateRequestAsync(AccountId accountId, DataConnectorCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = AccountOf(accountId);
        ArgumentNullException.ThrowIfNull(request);
        if (request.ScheduleInterval.IsEmpty)
        {
            throw new ArgumentException("A schedule interval (ONE_TIME, DAY, WEEK, MONTH or YEAR) is required.", nameof(request));
        }

        if (request.EffectiveFrom == default)
        {
            throw new ArgumentException("EffectiveFrom (when the request starts) is required.", nameof(request));
        }

        if (request.ServiceGroups.Count == 0)
        {
            throw new ArgumentException("At least one service group (for example \"all\") is required.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.CreateRequest, options, [account]);
        ApsPipeline.SetJsonBody(message, request, DataConnectorJsonContext.Default.DataConnectorCreateRequest);
        return _pipeline.SendAsync(message, DataConnectorJsonContext.Default.DataConnectorRequest, options, cancellationToken);
    }

    /// <summary>Gets a data request.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-requestId-GET/">APS reference</see>.</remarks>
    public virtual Task<DataConnectorRequest> GetRequestAsync(AccountId accountId, string requestId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        var message = _pipeline.CreateRequest(Specs.GetRequest, options, [account, requestId]);
        return _pipeline.SendAsync(message, DataConnectorJsonContext.Default.DataConnectorRequest, options, cancellationToken);
    }

    /// <summary>Changes a data request: only the fields set on <paramref name="update"/> are sent.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="update">The fields to change.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated request.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks>Shape from the public APS reference. <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-requestId-PATCH/">APS reference</see>.</remarks>
    public virtual Task<DataConnectorRequest> UpdateRequestAsync(AccountId accountId, string requestId, DataConnectorUpdateRequest update, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        ArgumentNullException.ThrowIfNull(update);
        var message = _pipeline.CreateRequest(Specs.UpdateRequest, options, [account, requestId]);
        ApsPipeline.SetJsonBody(message, update, DataConnectorJsonContext.Default.DataConnectorUpdateRequest);
        return _pipeline.SendAsync(message, DataConnectorJsonContext.Default.DataConnectorRequest, options, cancellationToken);
    }

    /// <summary>Deletes a data request (204).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS has deleted the request.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-requestId-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteRequestAsync(AccountId accountId, string requestId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        var message = _pipeline.CreateRequest(Specs.DeleteRequest, options, [account, requestId]);
        return _pipeline.SendNoContentAsync(message, options, cancellationToken);
    }

    /// <summary>Lists the jobs a request spawned, lazily (offset/limit; sort and page size apply, filters do not).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="requestId">The request.</param>
    /// <param name="options">Sort and page size.</param>
    /// <returns>The jobs.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-requestId-jobs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DataConnectorJob> ListRequestJobsAsync(AccountId accountId, string requestId, DataConnectorListOptions? options = null)
    {
        var account = AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        return List(Specs.ListRequestJobs, new ListQuery(options?.Limit, options?.Sort, null, null, null), [account, requestId], options, DataConnectorJsonContext.Default.DataConnectorPageDataConnectorJob);
    }

    /// <summary>Lists the jobs of the user's requests in the account or one project, lazily (offset/limit).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="options">Project, sort, sort fields, filters, page size.</param>
    /// <returns>The jobs.</returns>
    /// <exception cref="ArgumentException">The account id is the default value.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DataConnectorJob> ListJobsAsync(AccountId accountId, DataConnectorListJobsOptions? options = null)
    {
        var account = AccountOf(accountId);
        return List(Specs.ListJobs, new ListQuery(options?.Limit, options?.Sort, options?.SortFields, options?.Filters, options?.ProjectId), [account], options, DataConnectorJsonContext.Default.DataConnectorPageDataConnectorJob);
    }

    /// <summary>Gets a job: its status, completion status and progress.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-GET/">APS reference</see>.</remarks>
    public virtual Task<DataConnectorJob> GetJobAsync(AccountId accountId, string jobId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        var message = _pipeline.CreateRequest(Specs.GetJob, options, [account, jobId]);
        return _pipeline.SendAsync(message, DataConnectorJsonContext.Default.DataConnectorJob, options, cancellationToken);
    }

    /// <summary>Cancels a running job (DELETE; the job stays listed with completion status <c>cancelled</c>).</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS has accepted the cancellation.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-DELETE/">APS reference</see>.</remarks>
    public virtual Task CancelJobAsync(AccountId accountId, string jobId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        var message = _pipeline.CreateRequest(Specs.CancelJob, options, [account, jobId]);
        return _pipeline.SendNoContentAsync(message, options, cancellationToken);
    }

    /// <summary>
    /// Lists the files of a job's data extract (one CSV per service group, the README and the master ZIP). A bare
    /// array, returned as one page. A cancelled or failed job answers 404.
    /// </summary>
    /// <param name="accountId">The account.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="options">Per-call settings.</param>
    /// <returns>The files.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-data-listing-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<DataConnectorDataFile> ListJobDataAsync(AccountId accountId, string jobId, ApsRequestOptions? options = null)
    {
        var account = AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        var strategy = new SinglePagePaging<List<DataConnectorDataFile>, DataConnectorDataFile>(
            () => _pipeline.CreateRequest(Specs.ListJobData, options, [account, jobId]),
            list => list);
        return new ApsPagedEnumerable<List<DataConnectorDataFile>, DataConnectorDataFile>(_pipeline, DataConnectorJsonContext.Default.ListDataConnectorDataFile, strategy, options);
    }

    /// <summary>Gets a signed URL for one file of a job's extract. The URL is valid for 60 seconds: start the download at once.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="name">The file name from <see cref="ListJobDataAsync"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file's name, size and signed URL.</returns>
    /// <exception cref="ArgumentException">An id or the name is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-data-name-GET/">APS reference</see>.</remarks>
    public virtual Task<DataConnectorSignedFile> GetJobDataSignedUrlAsync(AccountId accountId, string jobId, string name, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var account = AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var message = _pipeline.CreateRequest(Specs.GetJobData, options, [account, jobId, name]);
        return _pipeline.SendAsync(message, DataConnectorJsonContext.Default.DataConnectorSignedFile, options, cancellationToken);
    }

    /// <summary>
    /// Opens one file of a job's extract as a stream: gets its signed URL and downloads it at once, without APS
    /// credentials (the URL carries its own signature). Dispose the stream.
    /// </summary>
    /// <param name="accountId">The account.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="name">The file name from <see cref="ListJobDataAsync"/>.</param>
    /// <param name="options">Per-call settings of the signed-URL call.</param>
    /// <param name="cancellationToken">Cancels the call and the download.</param>
    /// <returns>The file content.</returns>
    /// <exception cref="ArgumentException">An id or the name is empty.</exception>
    /// <exception cref="ApsException">APS or the storage refused; messages never show the URL's signature.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-data-name-GET/">APS reference</see>.</remarks>
    public virtual async Task<Stream> DownloadJobDataAsync(AccountId accountId, string jobId, string name, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var signed = await GetJobDataSignedUrlAsync(accountId, jobId, name, options, cancellationToken).ConfigureAwait(false);
        return await OpenSignedUrlAsync(signed, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Follows a job until it completes: an operation whose <see cref="ApsOperation{T}.WaitForCompletionAsync(IProgress{ApsOperationProgress}?, CancellationToken)"/>
    /// polls <see cref="GetJobAsync"/> with backoff and returns the job once its status is <c>complete</c> with
    /// completion status <c>success</c>; <c>failed</c> or <c>cancelled</c> raise an <see cref="ApsException"/>.
    /// </summary>
    /// <param name="accountId">The account.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="polling">How to poll; defaults apply when null.</param>
    /// <param name="options">Per-call settings of each poll.</param>
    /// <returns>The operation (nothing is sent until it is polled).</returns>
    /// <exception cref="ArgumentException">An id is empty or the polling options are invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-GET/">APS reference</see>.</remarks>
    public virtual ApsOperation<DataConnectorJob> GetJobOperation(AccountId accountId, string jobId, ApsPollingOptions? polling = null, ApsRequestOptions? options = null)
    {
        AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        return new PollingOperation<DataConnectorJob>(
            jobId,
            async ct =>
            {
                var job = await GetJobAsync(accountId, jobId, options, ct).ConfigureAwait(false);
                var complete = job.Status == DataConnectorJobStatus.Complete;
                var progress = new ApsOperationProgress
                {
                    Status = complete && job.CompletionStatus is { } done ? done.Value : job.Status?.Value ?? "unknown",
                    PercentComplete = complete ? 100 : job.Progress,
                    IsTerminal = complete,
                };
                if (!complete)
                {
                    return PollResult<DataConnectorJob>.Running(progress);
                }

                if (job.CompletionStatus is null || job.CompletionStatus == DataConnectorCompletionStatus.Success)
                {
                    return PollResult<DataConnectorJob>.Done(progress, job);
                }

                return PollResult<DataConnectorJob>.Failed(progress, new ApsException($"Data Connector job '{jobId}' ended with completion status '{job.CompletionStatus}'."));
            },
            _pipeline.Time,
            polling,
            "Data Connector job");
    }

    /// <summary>
    /// Waits for a job to complete, then downloads every file of its extract (or those <see cref="DataConnectorDownloadOptions.FileFilter"/>
    /// keeps) into <paramref name="directory"/>, one at a time, each straight after its 60-second signed URL is issued.
    /// </summary>
    /// <param name="accountId">The account.</param>
    /// <param name="jobId">The job.</param>
    /// <param name="directory">The local directory (created if missing).</param>
    /// <param name="options">Polling, file filter, overwrite and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the wait and the downloads.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ArgumentException">An id or the directory is empty.</exception>
    /// <exception cref="ApsException">The job failed or was cancelled, a call failed, or APS listed a file name that is not a plain file name.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-data-listing-GET/">APS reference</see>.</remarks>
    public virtual async Task<IReadOnlyList<DataConnectorDownloadedFile>> DownloadJobFilesAsync(AccountId accountId, string jobId, string directory, DataConnectorDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        AccountOf(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var operation = GetJobOperation(accountId, jobId, options?.Polling, options);
        await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);

        Directory.CreateDirectory(directory);
        var written = new List<DataConnectorDownloadedFile>();
        await foreach (var file in ListJobDataAsync(accountId, jobId, options).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(file.Name) || (options?.FileFilter is { } filter && !filter(file.Name)))
            {
                continue;
            }

            var local = SafeFileName(file.Name);
            var path = Path.Combine(directory, local);
            var signed = await GetJobDataSignedUrlAsync(accountId, jobId, file.Name, options, cancellationToken).ConfigureAwait(false);
            var body = await OpenSignedUrlAsync(signed, file.Name, cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var target = new FileStream(path, options?.Overwrite == false ? FileMode.CreateNew : FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await using (target.ConfigureAwait(false))
                {
                    await body.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                    written.Add(new DataConnectorDownloadedFile { Name = file.Name, Path = path, Length = target.Length });
                }
            }
        }

        return written;
    }

    private static string SafeFileName(string name)
    {
        var local = Path.GetFileName(name);
        if (local.Length == 0 || local != name || local is "." or ".." || local.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ApsException($"Data Connector listed a file name that is not a plain file name ('{name}'); it was not written.");
        }

        return local;
    }

    private async Task<Stream> OpenSignedUrlAsync(DataConnectorSignedFile signed, string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(signed.SignedUrl) || !Uri.TryCreate(signed.SignedUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ApsException($"Data Connector returned no usable signed URL for '{name}'.");
        }

        // The signed URL is unauthenticated storage: the transfer client sends no APS token.
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.TransferClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ApsException($"Download of '{name}' from {ApsRedaction.RedactUri(url)} failed: {ex.Message}", ex);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new ApsException($"Download of '{name}' from {ApsRedaction.RedactUri(url)} failed with status {status.ToString(CultureInfo.InvariantCulture)}; the signed URL is valid for 60 seconds.");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new ApsResponseStream(response, stream);
    }

    private static string AccountOf(AccountId accountId)
    {
        if (accountId.IsEmpty)
        {
            throw new ArgumentException("An account id is required.", nameof(accountId));
        }

        return accountId.ConstructionValue;
    }

    private ApsPageable<T> List<T>(OperationSpec spec, ListQuery list, string[] pathValues, ApsRequestOptions? options, System.Text.Json.Serialization.Metadata.JsonTypeInfo<DataConnectorPage<T>> typeInfo)
    {
        if (list.Limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), list.Limit, "The page size must be positive.");
        }

        var strategy = new OffsetPaging<DataConnectorPage<T>, T>(
            (offset, hint) =>
            {
                var query = new QueryBuilder();
                if (list.ProjectId is { IsEmpty: false } project)
                {
                    query.Add("projectId", project.ConstructionValue);
                }

                query.Add("sort", list.Sort);
                query.AddCommaSeparated("sortFields", list.SortFields);
                if (list.Filters is not null)
                {
                    foreach (var (field, value) in list.Filters)
                    {
                        query.Add($"filter[{field}]", value);
                    }
                }

                query.Add("limit", hint ?? list.Limit).Add("offset", offset == 0 ? null : offset);
                return _pipeline.CreateRequest(spec, options, pathValues, query);
            },
            page => page.Results,
            page => page.Pagination?.ToOffsetInfo() ?? default,
            defaultLimit: 20);
        return new ApsPagedEnumerable<DataConnectorPage<T>, T>(_pipeline, typeInfo, strategy, options);
    }

    private readonly record struct ListQuery(int? Limit, string? Sort, IEnumerable<string>? SortFields, IDictionary<string, string>? Filters, ProjectId? ProjectId);
}
