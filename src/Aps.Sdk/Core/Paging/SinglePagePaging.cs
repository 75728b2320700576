namespace Aps.Sdk.Core.Paging;

/// <summary>
/// Lists that return everything at once, including those with a "fake" pagination object that never pages
/// (Assets categories, category custom attributes).
/// </summary>
internal sealed class SinglePagePaging<TEnvelope, T> : PagingStrategy<TEnvelope, T>
{
    private readonly Func<HttpRequestMessage> _create;
    private readonly Func<TEnvelope, IReadOnlyList<T>?> _items;

    public SinglePagePaging(Func<HttpRequestMessage> create, Func<TEnvelope, IReadOnlyList<T>?> items)
    {
        _create = create;
        _items = items;
    }

    public override HttpRequestMessage CreateRequest(string? continuationToken, int? pageSizeHint) => _create();

    public override ApsPage<T> ReadPage(TEnvelope envelope, string? continuationToken, int? pageSizeHint)
        => new(_items(envelope) ?? [], null);
}
