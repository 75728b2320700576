namespace Aps.Sdk.Core.Paging;

/// <summary>How one paging style builds the request of a page and reads the next continuation token.</summary>
/// <typeparam name="TEnvelope">The response body type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
internal abstract class PagingStrategy<TEnvelope, T>
{
    /// <summary>Builds the request of the page <paramref name="continuationToken"/> (null: the first page).</summary>
    public abstract HttpRequestMessage CreateRequest(string? continuationToken, int? pageSizeHint);

    /// <summary>Reads a page from its body; the page's continuation token is null on the last page.</summary>
    public abstract ApsPage<T> ReadPage(TEnvelope envelope, string? continuationToken, int? pageSizeHint);
}
