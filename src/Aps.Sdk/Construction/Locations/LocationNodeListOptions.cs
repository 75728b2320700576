namespace Aps.Sdk.Construction.Locations;

/// <summary>Options of <see cref="LocationsClient.ListNodesAsync"/>.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/locations-nodes-GET/">APS reference</see>.</remarks>
public sealed class LocationNodeListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the page size, 1 to 10000 (APS default 10000). A page size hint given to <c>AsPages</c> wins.</summary>
    public int? Limit { get; set; }

    /// <summary>
    /// Gets the ids of the nodes to get (sent comma-separated as <c>filter[id]</c>); APS then ignores limit and offset
    /// and includes each node's ancestors.
    /// </summary>
    public IList<string> NodeIds { get; } = [];
}
