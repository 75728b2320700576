namespace Aps.Sdk.Construction.Rfis;

/// <summary>Options of <see cref="RfisClient.SearchRfisAsync"/>: the body of <c>search:rfis</c> and per-call settings.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-search-rfis-POST/">APS reference</see>.</remarks>
public sealed class RfiSearchOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 200 (APS default 10). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets text searched in the title, question and official response.</summary>
    public string? Search { get; set; }

    /// <summary>Gets or sets the filter.</summary>
    public RfiSearchFilter? Filter { get; set; }

    /// <summary>Gets the sort rules, applied in order.</summary>
    public IList<RfiSort> Sort { get; } = [];

    /// <summary>Gets the fields to return (all when empty), for example <c>id</c> and <c>title</c>.</summary>
    public IList<string> Fields { get; } = [];
}
