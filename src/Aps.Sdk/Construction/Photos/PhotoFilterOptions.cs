namespace Aps.Sdk.Construction.Photos;

/// <summary>Options of <see cref="PhotosClient.FilterPhotosAsync"/>: the body of <c>photos:filter</c> and per-call settings.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-filterphotos-POST/">APS reference</see>.</remarks>
public sealed class PhotoFilterOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the filter.</summary>
    public PhotoFilter? Filter { get; set; }

    /// <summary>Gets or sets the page size, 1 to 50 (APS default 25). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets whether photos carry pre-signed S3 addresses (<c>include: ["signedUrls"]</c>).</summary>
    public bool IncludeSignedUrls { get; set; }

    /// <summary>Gets or sets the sort field, <c>createdAt</c> or <c>takenAt</c> (sent as <c>sort: [field, direction]</c>).</summary>
    public string? SortBy { get; set; }

    /// <summary>Gets or sets whether <see cref="SortBy"/> sorts descending (ascending by default).</summary>
    public bool SortDescending { get; set; }

    /// <summary>Gets or sets a cursor (<c>cursorState</c> of an earlier page's <c>nextPost.body</c>) to start from.</summary>
    public string? CursorState { get; set; }
}
