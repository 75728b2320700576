namespace Aps.Sdk.Construction.Assets;

/// <summary>Options of <see cref="AssetsClient.ListCategoriesAsync"/>.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/assets-categories-GET/">APS reference</see>.</remarks>
public sealed class AssetCategoryListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets whether only active (true) or only inactive (false) categories are listed (<c>filter[isActive]</c>).</summary>
    public bool? IsActive { get; set; }

    /// <summary>Gets or sets the parent category whose subtree is listed (<c>filter[parentId]</c>).</summary>
    public string? ParentId { get; set; }

    /// <summary>Gets or sets how many levels below the parent (or root) are listed (<c>filter[maxDepth]</c>).</summary>
    public int? MaxDepth { get; set; }

    /// <summary>Gets or sets an update time or range (<c>filter[updatedAt]</c>).</summary>
    public string? UpdatedAt { get; set; }

    /// <summary>Gets or sets whether categories carry their globally unique <c>uid</c>.</summary>
    public bool? IncludeUid { get; set; }
}
