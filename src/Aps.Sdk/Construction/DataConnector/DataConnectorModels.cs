using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.DataConnector;

/// <summary>
/// A Data Connector data request: what to extract (service groups, projects, date range) and when (one time or on a
/// schedule). Each run spawns a <see cref="DataConnectorJob"/>.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-requestId-GET/">APS reference</see>.</remarks>
public sealed class DataConnectorRequest
{
    /// <summary>Gets the request id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the request is active.</summary>
    [JsonPropertyName("isActive")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsActive { get; init; }

    /// <summary>Gets the account id (no <c>b.</c> prefix).</summary>
    [JsonPropertyName("accountId")]
    public string? AccountId { get; init; }

    /// <summary>Gets the single project id of legacy requests (superseded by <see cref="ProjectIdList"/>).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>
    /// Gets the projects (up to 50) of the request. APS documents an array of strings; its example sends the array
    /// encoded inside a string (001:L4924): both forms are read.
    /// </summary>
    [JsonPropertyName("projectIdList")]
    [JsonConverter(typeof(DataConnectorStringListConverter))]
    public IReadOnlyList<string> ProjectIdList { get; init => field = value ?? []; } = [];

    /// <summary>Gets the ACC user id of the creator.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets the creator's email.</summary>
    [JsonPropertyName("createdByEmail")]
    public string? CreatedByEmail { get; init; }

    /// <summary>Gets when the request was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the ACC user id of the last updater.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the request was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the schedule unit: <c>ONE_TIME</c>, <c>DAY</c>, <c>WEEK</c>, <c>MONTH</c> or <c>YEAR</c>.</summary>
    [JsonPropertyName("scheduleInterval")]
    public DataConnectorScheduleInterval? ScheduleInterval { get; init; }

    /// <summary>Gets how many <see cref="ScheduleInterval"/> units pass between jobs (the wire name keeps APS's spelling, <c>reoccuringInterval</c>).</summary>
    [JsonPropertyName("reoccuringInterval")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? RecurringInterval { get; init; }

    /// <summary>Gets when the schedule (or the one-time run) starts.</summary>
    [JsonPropertyName("effectiveFrom")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? EffectiveFrom { get; init; }

    /// <summary>Gets when the schedule ends.</summary>
    [JsonPropertyName("effectiveTo")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? EffectiveTo { get; init; }

    /// <summary>Gets when the last job was queued.</summary>
    [JsonPropertyName("lastQueuedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastQueuedAt { get; init; }

    /// <summary>Gets the service groups extracted (<c>admin</c>, <c>issues</c>, <c>all</c>, …).</summary>
    [JsonPropertyName("serviceGroups")]
    public IReadOnlyList<string> ServiceGroups { get; init => field = value ?? []; } = [];

    /// <summary>Gets the URL APS POSTs to each time a job runs.</summary>
    [JsonPropertyName("callbackUrl")]
    public string? CallbackUrl { get; init; }

    /// <summary>Gets a value indicating whether an email is sent when a job completes.</summary>
    [JsonPropertyName("sendEmail")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? SendEmail { get; init; }

    /// <summary>Gets the start of the extraction's date range (schemas that support one).</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; init; }

    /// <summary>Gets the end of the extraction's date range.</summary>
    [JsonPropertyName("endDate")]
    public string? EndDate { get; init; }

    /// <summary>Gets the relative date range (<c>TODAY</c>, <c>LAST_MONTH</c>, …; Activities only).</summary>
    [JsonPropertyName("dateRange")]
    public string? DateRange { get; init; }

    /// <summary>Gets which projects are included: <c>all</c>, <c>archived</c> or <c>active</c>.</summary>
    [JsonPropertyName("projectStatus")]
    public string? ProjectStatus { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A job spawned by a data request: its execution status and, once complete, its data extract.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-GET/">APS reference</see>.</remarks>
public sealed class DataConnectorJob
{
    /// <summary>Gets the job id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the id of the request that spawned the job.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; init; }

    /// <summary>Gets the account id.</summary>
    [JsonPropertyName("accountId")]
    public string? AccountId { get; init; }

    /// <summary>Gets the project id (legacy single project).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>Gets the projects (array, or an array encoded in a string as in the APS example).</summary>
    [JsonPropertyName("projectIdList")]
    [JsonConverter(typeof(DataConnectorStringListConverter))]
    public IReadOnlyList<string> ProjectIdList { get; init => field = value ?? []; } = [];

    /// <summary>Gets the ACC user id of the request's creator.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets the email of the request's creator.</summary>
    [JsonPropertyName("createdByEmail")]
    public string? CreatedByEmail { get; init; }

    /// <summary>Gets when the job was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the execution status: <c>queued</c>, <c>running</c> or <c>complete</c>.</summary>
    [JsonPropertyName("status")]
    public DataConnectorJobStatus? Status { get; init; }

    /// <summary>Gets the outcome of a complete job: <c>success</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    [JsonPropertyName("completionStatus")]
    public DataConnectorCompletionStatus? CompletionStatus { get; init; }

    /// <summary>Gets when the job started (null until it does).</summary>
    [JsonPropertyName("startedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets when the job completed (null until it does).</summary>
    [JsonPropertyName("completedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets a value indicating whether an email is sent on completion.</summary>
    [JsonPropertyName("sendEmail")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? SendEmail { get; init; }

    /// <summary>Gets the progress, 0 to 100 (APS documents an int; its example sends <c>""</c>, read as null).</summary>
    [JsonPropertyName("progress")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Progress { get; init; }

    /// <summary>Gets who last downloaded the job's data.</summary>
    [JsonPropertyName("lastDownloadedBy")]
    public string? LastDownloadedBy { get; init; }

    /// <summary>Gets when the job's data was last downloaded.</summary>
    [JsonPropertyName("lastDownloadedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastDownloadedAt { get; init; }

    /// <summary>Gets the start of the extraction's date range.</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; init; }

    /// <summary>Gets the end of the extraction's date range.</summary>
    [JsonPropertyName("endDate")]
    public string? EndDate { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>One file of a job's data extract (a CSV per service group, the README, or the master ZIP).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-data-listing-GET/">APS reference</see>.</remarks>
public sealed class DataConnectorDataFile
{
    /// <summary>Gets the file name, as passed to <see cref="DataConnectorClient.GetJobDataSignedUrlAsync"/>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets when the file was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the size in bytes (documented as int, sent as a string in the APS example: both are read).</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A signed, unauthenticated download URL for one extract file, valid for 60 seconds.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-jobs-jobId-data-name-GET/">APS reference</see>.</remarks>
public sealed class DataConnectorSignedFile
{
    /// <summary>Gets the file name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets the signed URL (a secret: valid 60 s, never logged by the SDK).</summary>
    [JsonPropertyName("signedUrl")]
    public string? SignedUrl { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Size} bytes, signed URL hidden)";
}

/// <summary>
/// The body of <see cref="DataConnectorClient.CreateRequestAsync"/>: what to extract and when. Taken from the public
/// APS reference (data-connector-requests-POST); the seeds have no example of it.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-POST/">APS reference</see>.</remarks>
public sealed class DataConnectorCreateRequest
{
    /// <summary>Gets or sets a description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets a value indicating whether APS emails the user when a job completes (APS default true).</summary>
    [JsonPropertyName("isActive")]
    public bool? IsActive { get; set; }

    /// <summary>Gets or sets the schedule unit (required).</summary>
    [JsonPropertyName("scheduleInterval")]
    public DataConnectorScheduleInterval ScheduleInterval { get; set; }

    /// <summary>Gets or sets how many units pass between jobs (wire name <c>reoccuringInterval</c>, as APS spells it).</summary>
    [JsonPropertyName("reoccuringInterval")]
    public int? RecurringInterval { get; set; }

    /// <summary>Gets or sets when the schedule or the one-time run starts (required).</summary>
    [JsonPropertyName("effectiveFrom")]
    public DateTimeOffset EffectiveFrom { get; set; }

    /// <summary>Gets or sets when the schedule ends.</summary>
    [JsonPropertyName("effectiveTo")]
    public DateTimeOffset? EffectiveTo { get; set; }

    /// <summary>Gets or sets the service groups to extract (<c>all</c>, <c>admin</c>, <c>issues</c>, …).</summary>
    [JsonPropertyName("serviceGroups")]
    public IReadOnlyList<string> ServiceGroups { get; set => field = value ?? []; } = [];

    /// <summary>Gets or sets the projects (up to 50, without <c>b.</c>); empty extracts the whole account.</summary>
    [JsonPropertyName("projectIdList")]
    public IReadOnlyList<string>? ProjectIdList { get; set; }

    /// <summary>Gets or sets a URL APS POSTs to when each job runs.</summary>
    [JsonPropertyName("callbackUrl")]
    public string? CallbackUrl { get; set; }

    /// <summary>Gets or sets a value indicating whether to email the user on job completion.</summary>
    [JsonPropertyName("sendEmail")]
    public bool? SendEmail { get; set; }

    /// <summary>Gets or sets the start of the date range (ISO 8601).</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; set; }

    /// <summary>Gets or sets the end of the date range (ISO 8601).</summary>
    [JsonPropertyName("endDate")]
    public string? EndDate { get; set; }

    /// <summary>Gets or sets the relative date range (<c>TODAY</c>, <c>YESTERDAY</c>, <c>PAST_7_DAYS</c>, <c>MONTH_TO_DATE</c>, <c>LAST_MONTH</c>).</summary>
    [JsonPropertyName("dateRange")]
    public string? DateRange { get; set; }

    /// <summary>Gets or sets which projects to include: <c>all</c>, <c>archived</c> or <c>active</c>.</summary>
    [JsonPropertyName("projectStatus")]
    public string? ProjectStatus { get; set; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>Options of the Data Connector list operations: sort, filters, page size.</summary>
public sealed class DataConnectorListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size (APS default 20).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the date sort order: <c>asc</c> or <c>desc</c>.</summary>
    public string? Sort { get; set; }

    /// <summary>Gets the fields to sort by, in order; prefix a field with <c>-</c> for descending (sent as <c>sortFields</c>).</summary>
    public IList<string> SortFields { get; } = [];

    /// <summary>
    /// Gets the filters, one value per field, sent as <c>filter[field]=value</c> (for example <c>projectId</c>,
    /// <c>createdAt</c> with a <c>first..last</c> range; <c>projectId</c> = <c>null</c> for account-wide). Ignored by
    /// the jobs of one request, which take no filter.
    /// </summary>
    public IDictionary<string, string> Filters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>Options of <see cref="DataConnectorClient.ListJobsAsync"/>: those of the other lists, plus the project.</summary>
public sealed class DataConnectorListJobsOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size (APS default 20).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the date sort order: <c>asc</c> or <c>desc</c>.</summary>
    public string? Sort { get; set; }

    /// <summary>Gets the fields to sort by, in order; prefix a field with <c>-</c> for descending (sent as <c>sortFields</c>).</summary>
    public IList<string> SortFields { get; } = [];

    /// <summary>Gets the filters, one value per field, sent as <c>filter[field]=value</c> (<c>projectId</c>, <c>status</c>, <c>createdAt</c>, …).</summary>
    public IDictionary<string, string> Filters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the project whose jobs to list (project administrators must pass one; sent without <c>b.</c>).</summary>
    public ProjectId? ProjectId { get; set; }
}

/// <summary>Options of <see cref="DataConnectorClient.DownloadJobFilesAsync"/>.</summary>
public sealed class DataConnectorDownloadOptions : ApsRequestOptions
{
    /// <summary>Gets or sets how the job is polled until complete.</summary>
    public ApsPollingOptions? Polling { get; set; }

    /// <summary>Gets or sets which files to download by name; null downloads every listed file.</summary>
    public Func<string, bool>? FileFilter { get; set; }

    /// <summary>Gets or sets a value indicating whether existing files are overwritten (default true).</summary>
    public bool Overwrite { get; set; } = true;
}

/// <summary>A file written by <see cref="DataConnectorClient.DownloadJobFilesAsync"/>.</summary>
public sealed class DataConnectorDownloadedFile
{
    /// <summary>Gets the file name as APS lists it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the local path written.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the number of bytes written.</summary>
    public required long Length { get; init; }
}

/// <summary>
/// The body of <see cref="DataConnectorClient.UpdateRequestAsync"/>: only the fields set are sent (a PATCH). Taken
/// from the public APS reference (data-connector-requests-requestId-PATCH); the seeds have no example of it.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/data-connector-requests-requestId-PATCH/">APS reference</see>.</remarks>
public sealed class DataConnectorUpdateRequest
{
    /// <summary>Gets or sets a new description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets a value activating or deactivating the request.</summary>
    [JsonPropertyName("isActive")]
    public bool? IsActive { get; set; }

    /// <summary>Gets or sets a new schedule unit.</summary>
    [JsonPropertyName("scheduleInterval")]
    public DataConnectorScheduleInterval? ScheduleInterval { get; set; }

    /// <summary>Gets or sets a new number of units between jobs (wire name <c>reoccuringInterval</c>).</summary>
    [JsonPropertyName("reoccuringInterval")]
    public int? RecurringInterval { get; set; }

    /// <summary>Gets or sets a new schedule start.</summary>
    [JsonPropertyName("effectiveFrom")]
    public DateTimeOffset? EffectiveFrom { get; set; }

    /// <summary>Gets or sets a new schedule end.</summary>
    [JsonPropertyName("effectiveTo")]
    public DateTimeOffset? EffectiveTo { get; set; }

    /// <summary>Gets or sets new service groups; null leaves them unchanged.</summary>
    [JsonPropertyName("serviceGroups")]
    public IReadOnlyList<string>? ServiceGroups { get; set; }

    /// <summary>Gets or sets a new callback URL.</summary>
    [JsonPropertyName("callbackUrl")]
    public string? CallbackUrl { get; set; }

    /// <summary>Gets or sets whether to email the user on job completion.</summary>
    [JsonPropertyName("sendEmail")]
    public bool? SendEmail { get; set; }

    /// <summary>Gets or sets new projects; null leaves them unchanged.</summary>
    [JsonPropertyName("projectIdList")]
    public IReadOnlyList<string>? ProjectIdList { get; set; }

    /// <summary>Gets or sets a new date range start (ISO 8601).</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; set; }

    /// <summary>Gets or sets a new date range end (ISO 8601).</summary>
    [JsonPropertyName("endDate")]
    public string? EndDate { get; set; }

    /// <summary>Gets or sets a new relative date range.</summary>
    [JsonPropertyName("dateRange")]
    public string? DateRange { get; set; }

    /// <summary>Gets or sets which projects to include.</summary>
    [JsonPropertyName("projectStatus")]
    public string? ProjectStatus { get; set; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
