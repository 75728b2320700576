using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Rcm;

/// <summary>
/// One page of <see cref="RcmClient.GetLinkedFilesAsync"/>: the host model (when asked for) and a page of the Revit
/// files linked to it, each with a signed download URL.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rcm-linked-files-GET/">APS reference</see>.</remarks>
public sealed class RcmLinkedFilesPage
{
    /// <summary>Gets the host model (only when <see cref="RcmLinkedFilesOptions.IncludeHost"/> is not false).</summary>
    [JsonPropertyName("hostFile")]
    public RcmModelFile? HostFile { get; init; }

    /// <summary>Gets the linked files of this page and the pagination.</summary>
    [JsonPropertyName("linkedFiles")]
    public RcmLinkedFiles? LinkedFiles { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The <c>linkedFiles</c> object: one page of results and its pagination.</summary>
public sealed class RcmLinkedFiles
{
    /// <summary>Gets the linked files of this page.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<RcmModelFile> Results { get; init => field = value ?? []; } = [];

    /// <summary>Gets the pagination (limit, offset, next offset and URL, total).</summary>
    [JsonPropertyName("pagination")]
    public RcmPagination? Pagination { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The pagination of the linked files.</summary>
public sealed class RcmPagination
{
    private string? _nextUrl;

    /// <summary>Gets the page size.</summary>
    [JsonPropertyName("limit")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Limit { get; init; }

    /// <summary>Gets the offset of this page.</summary>
    [JsonPropertyName("offset")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Offset { get; init; }

    /// <summary>Gets the offset of the next page.</summary>
    [JsonPropertyName("nextOffset")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? NextOffset { get; init; }

    /// <summary>Gets the link of the next page (absent or empty on the last page).</summary>
    [JsonPropertyName("nextUrl")]
    public string? NextUrl
    {
        get => _nextUrl;
        set
        {
            _nextUrl = value;
            HasNextUrl = true;
        }
    }

    /// <summary>Gets the total number of linked files.</summary>
    [JsonPropertyName("totalResults")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? TotalResults { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    [JsonIgnore]
    internal bool HasNextUrl { get; private set; }

    internal OffsetPageInfo ToOffsetInfo() => new((int?)Offset, (int?)Limit, TotalResults, HasNextUrl, NextUrl, (int?)NextOffset);
}

/// <summary>A Revit model (host or linked) of a published version.</summary>
public sealed class RcmModelFile
{
    /// <summary>Gets the file name.</summary>
    [JsonPropertyName("modelName")]
    public string? ModelName { get; init; }

    /// <summary>Gets the item (lineage) URN.</summary>
    [JsonPropertyName("itemId")]
    public string? ItemId { get; init; }

    /// <summary>Gets the version URN.</summary>
    [JsonPropertyName("versionId")]
    public string? VersionId { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets the publish status: <c>published</c> or <c>notPublished</c>.</summary>
    [JsonPropertyName("publishStatus")]
    public string? PublishStatus { get; init; }

    /// <summary>Gets the signed download URL (a secret; never logged by the SDK).</summary>
    [JsonPropertyName("signedUrl")]
    public string? SignedUrl { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{ModelName} ({PublishStatus}, signed URL hidden)";
}

/// <summary>Options of the linked-files calls.</summary>
public sealed class RcmLinkedFilesOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 600 (APS default 600).</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the offset of the first page (<see cref="RcmClient.GetLinkedFilesAsync"/> only).</summary>
    public int? Offset { get; set; }

    /// <summary>Gets the file names to keep (<c>filter[name]</c>, repeated).</summary>
    public IList<string> Names { get; } = [];

    /// <summary>Gets the publish statuses to keep: <c>published</c>, <c>notPublished</c> (<c>filter[publishStatus]</c>).</summary>
    public IList<string> PublishStatuses { get; } = [];

    /// <summary>Gets or sets a value indicating whether the host model's signed URL is included (APS default true).</summary>
    public bool? IncludeHost { get; set; }
}
