using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk.Core.Paging;

/// <summary>
/// Follows a next link the service returns: ACC cursors (<c>nextUrl</c> followed verbatim), Webhooks
/// <c>links.next</c> (relative to <c>/webhooks/v1</c>), JSON:API <c>links.next.href</c>, OSS <c>next</c>. The
/// continuation token is the absolute address of the next page; an empty link ends the list.
/// </summary>
internal sealed class LinkPaging<TEnvelope, T> : PagingStrategy<TEnvelope, T>
{
    private readonly ApsPipeline _pipeline;
    private readonly OperationSpec _spec;
    private readonly ApsRequestOptions? _options;
    private readonly Func<int?, HttpRequestMessage> _first;
    private readonly Func<TEnvelope, IReadOnlyList<T>?> _items;
    private readonly Func<TEnvelope, string?> _next;

    public LinkPaging(
        ApsPipeline pipeline,
        OperationSpec spec,
        ApsRequestOptions? options,
        Func<int?, HttpRequestMessage> first,
        Func<TEnvelope, IReadOnlyList<T>?> items,
        Func<TEnvelope, string?> next)
    {
        _pipeline = pipeline;
        _spec = spec;
        _options = options;
        _first = first;
        _items = items;
        _next = next;
    }

    /// <summary>Gets or sets how the total is read, when the envelope has one.</summary>
    public Func<TEnvelope, long?>? Total { get; init; }

    /// <summary>Gets or sets how included resources are read (JSON:API).</summary>
    public Func<TEnvelope, IReadOnlyList<JsonApiResource>?>? Included { get; init; }

    /// <summary>Gets or sets how the meta is read (JSON:API).</summary>
    public Func<TEnvelope, System.Text.Json.JsonElement?>? Meta { get; init; }

    public override HttpRequestMessage CreateRequest(string? continuationToken, int? pageSizeHint)
        => continuationToken is null ? _first(pageSizeHint) : _pipeline.CreateLinkRequest(_spec, _options, continuationToken, HttpMethod.Get);

    public override ApsPage<T> ReadPage(TEnvelope envelope, string? continuationToken, int? pageSizeHint)
    {
        var link = _next(envelope);
        var next = string.IsNullOrWhiteSpace(link) ? null : _pipeline.ResolveLink(_spec, link).AbsoluteUri;
        var meta = Meta?.Invoke(envelope);
        return new ApsPage<T>(_items(envelope) ?? [], next)
        {
            TotalResults = Total?.Invoke(envelope),
            Included = Included?.Invoke(envelope) ?? [],
            Meta = meta,
            Warnings = JsonApiWarnings.Read(meta),
        };
    }
}
