namespace Aps.Sdk.Construction.Assets;

/// <summary>
/// Options of the Assets settings lists (<see cref="AssetsClient.ListStatusStepSetsAsync"/>,
/// <see cref="AssetsClient.ListAssetStatusesAsync"/>, <see cref="AssetsClient.ListCustomAttributesAsync"/>).
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-asset-statuses-GET/">APS reference</see>.</remarks>
public sealed class AssetSettingsListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 200 (APS default 25). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets a cursor (<c>pagination.cursorState</c> of an earlier page) to start from.</summary>
    public string? CursorState { get; set; }

    /// <summary>Gets or sets whether soft-deleted entries are listed.</summary>
    public bool? IncludeDeleted { get; set; }

    /// <summary>Gets or sets an update time or range (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }
}
