using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Files;

/// <summary>The body of <see cref="FilesClient.StartExportAsync"/>: the file versions to export as PDFs and the markups to include.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/files-export-pdf-files-POST/">APS reference</see>.</remarks>
public sealed class FilesExportRequest
{
    /// <summary>Gets or sets the markup and output options.</summary>
    [JsonPropertyName("options")]
    public FilesExportOptions? Options { get; set; }

    /// <summary>Gets or sets the file version URNs to export (1 to 200).</summary>
    [JsonPropertyName("fileVersions")]
    public IReadOnlyList<string> FileVersions { get; set => field = value ?? []; } = [];

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>What an export includes.</summary>
public sealed class FilesExportOptions
{
    /// <summary>Gets or sets the name of the output file.</summary>
    [JsonPropertyName("outputFileName")]
    public string? OutputFileName { get; set; }

    /// <summary>Gets or sets which standard markups (and their links) to include.</summary>
    [JsonPropertyName("standardMarkups")]
    public FilesMarkupOptions? StandardMarkups { get; set; }

    /// <summary>Gets or sets which Issues markups to include.</summary>
    [JsonPropertyName("issueMarkups")]
    public FilesMarkupOptions? IssueMarkups { get; set; }

    /// <summary>Gets or sets which Photos markups to include.</summary>
    [JsonPropertyName("photoMarkups")]
    public FilesMarkupOptions? PhotoMarkups { get; set; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>Which markups of one kind an export includes (unpublished markups are those only their creator sees).</summary>
public sealed class FilesMarkupOptions
{
    /// <summary>Gets or sets a value indicating whether published markups are included.</summary>
    [JsonPropertyName("includePublishedMarkups")]
    public bool? IncludePublishedMarkups { get; set; }

    /// <summary>Gets or sets a value indicating whether unpublished markups are included.</summary>
    [JsonPropertyName("includeUnpublishedMarkups")]
    public bool? IncludeUnpublishedMarkups { get; set; }

    /// <summary>Gets or sets a value indicating whether markup links are included (standard markups only).</summary>
    [JsonPropertyName("includeMarkupLinks")]
    public bool? IncludeMarkupLinks { get; set; }

    /// <summary>Gets or sets extra fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>An export job: its status and, once done, its result.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/files-export-status-and-result-GET/">APS reference</see>.</remarks>
public sealed class FilesExport
{
    /// <summary>Gets the export id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the status: <c>processing</c>, <c>successful</c>, <c>partialSuccess</c> or <c>failed</c>.</summary>
    [JsonPropertyName("status")]
    public FilesExportStatus? Status { get; init; }

    /// <summary>Gets the result of a finished job.</summary>
    [JsonPropertyName("result")]
    public FilesExportResult? Result { get; init; }

    /// <summary>
    /// Gets the signed download URL (valid one hour, only for the user who started the export), wherever APS put it:
    /// <c>result.output.signedUrl</c> as documented, or <c>result.signedUrl</c> as the partial-success example sends it
    /// (001:L6202).
    /// </summary>
    [JsonIgnore]
    public string? SignedUrl => Result?.Output?.SignedUrl ?? Result?.SignedUrl;

    /// <summary>Gets the files that could not be exported, wherever APS put them (<c>result.output.failedFiles</c> or <c>result.failedFiles</c>).</summary>
    [JsonIgnore]
    public IReadOnlyList<FilesExportFailedFile> FailedFiles => Result?.Output?.FailedFiles is { Count: > 0 } nested ? nested : Result?.FailedFiles ?? [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Status})";
}

/// <summary>The <c>result</c> of an export.</summary>
public sealed class FilesExportResult
{
    /// <summary>Gets the output of a successful (or partially successful) export.</summary>
    [JsonPropertyName("output")]
    public FilesExportOutput? Output { get; init; }

    /// <summary>Gets the error of a failed export (APS reports it inside a 200 response).</summary>
    [JsonPropertyName("error")]
    public FilesExportError? Error { get; init; }

    /// <summary>Gets the signed URL when APS puts it directly under <c>result</c> (partial-success example).</summary>
    [JsonPropertyName("signedUrl")]
    public string? SignedUrl { get; init; }

    /// <summary>Gets the failed files when APS puts them directly under <c>result</c> (partial-success example).</summary>
    [JsonPropertyName("failedFiles")]
    public IReadOnlyList<FilesExportFailedFile> FailedFiles { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => Error is { } e ? $"error {e.Title}" : "result (signed URL hidden)";
}

/// <summary>The <c>result.output</c> of an export.</summary>
public sealed class FilesExportOutput
{
    /// <summary>Gets the signed URL of the ZIP or PDF (valid one hour; a secret, never logged by the SDK).</summary>
    [JsonPropertyName("signedUrl")]
    public string? SignedUrl { get; init; }

    /// <summary>Gets the files that could not be exported.</summary>
    [JsonPropertyName("failedFiles")]
    public IReadOnlyList<FilesExportFailedFile> FailedFiles { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => "output (signed URL hidden)";
}

/// <summary>The error of a failed export.</summary>
public sealed class FilesExportError
{
    /// <summary>Gets the code (for example <c>401</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets the title (for example <c>ERR_AUTHORIZATION_ERROR</c>).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the detail.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A file an export skipped, with the reason.</summary>
public sealed class FilesExportFailedFile
{
    /// <summary>Gets the file version URN.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the reason code (for example <c>ERR_NO_PROCESSABLE_FILES</c>).</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>Gets the detail.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
