namespace Aps.Sdk.Construction.Assets;

/// <summary>Options of <see cref="AssetsClient.ListAssetsAsync"/>: filters (all combined), sort and page size.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-assets-v2-GET/">APS reference</see>.</remarks>
public sealed class AssetListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 200 (APS default 25). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets a cursor (<c>pagination.cursorState</c> of an earlier page) to start from.</summary>
    public string? CursorState { get; set; }

    /// <summary>Gets the category ids; an asset must be in one of them (<c>filter[categoryId]</c>, one parameter per value).</summary>
    public IList<string> CategoryIds { get; } = [];

    /// <summary>Gets the status labels, case-insensitive (<c>filter[statusLabel]</c>, one parameter per value).</summary>
    public IList<string> StatusLabels { get; } = [];

    /// <summary>Gets the status ids (<c>filter[statusId]</c>, one parameter per value).</summary>
    public IList<string> StatusIds { get; } = [];

    /// <summary>Gets the location ids (<c>filter[locationId]</c>, one parameter per value); see <see cref="IncludeSubLocations"/>.</summary>
    public IList<string> LocationIds { get; } = [];

    /// <summary>
    /// Gets the custom attribute filters, keyed by the attribute's name (<c>ca1</c>, …): one value, several values
    /// (any may match), a range <c>a..b</c>, or a partial range <c>..b</c> / <c>a..</c> for numbers and dates; select
    /// attributes take value ids. Sent as <c>filter[customAttributes][name]=value</c>, one parameter per value.
    /// </summary>
    public IDictionary<string, IList<string>> CustomAttributes { get; } = new Dictionary<string, IList<string>>(StringComparer.Ordinal);

    /// <summary>Gets or sets text searched in the assets' searchable text fields, case-insensitive (<c>filter[searchText]</c>).</summary>
    public string? SearchText { get; set; }

    /// <summary>Gets or sets an update time or range, <c>YYYY-MM-DDThh:mm:ss.SSSZ</c> or <c>start..end</c> (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets the sort, a field with an optional <c>asc</c>/<c>desc</c> (for example <c>clientAssetId desc</c>).</summary>
    public string? Sort { get; set; }

    /// <summary>Gets or sets whether assets carry their custom attribute values.</summary>
    public bool? IncludeCustomAttributes { get; set; }

    /// <summary>Gets or sets whether soft-deleted assets are listed.</summary>
    public bool? IncludeDeleted { get; set; }

    /// <summary>Gets or sets whether a single <see cref="LocationIds"/> entry also matches its sub-locations.</summary>
    public bool? IncludeSubLocations { get; set; }
}
