using System.Text;
using System.Text.Json;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Core.Paging;

/// <summary>
/// POST-body cursors (<c>photos:filter</c>): each page returns <c>nextPost {url, body}</c>; the next page is that body
/// POSTed to that URL. The continuation token carries both.
/// </summary>
internal sealed class BodyCursorPaging<TEnvelope, T> : PagingStrategy<TEnvelope, T>
{
    private readonly ApsPipeline _pipeline;
    private readonly OperationSpec _spec;
    private readonly ApsRequestOptions? _options;
    private readonly Func<int?, HttpRequestMessage> _first;
    private readonly Func<TEnvelope, IReadOnlyList<T>?> _items;
    private readonly Func<TEnvelope, (string? Url, JsonElement? Body)> _next;

    public BodyCursorPaging(
        ApsPipeline pipeline,
        OperationSpec spec,
        ApsRequestOptions? options,
        Func<int?, HttpRequestMessage> first,
        Func<TEnvelope, IReadOnlyList<T>?> items,
        Func<TEnvelope, (string? Url, JsonElement? Body)> next)
    {
        _pipeline = pipeline;
        _spec = spec;
        _options = options;
        _first = first;
        _items = items;
        _next = next;
    }

    public override HttpRequestMessage CreateRequest(string? continuationToken, int? pageSizeHint)
    {
        if (continuationToken is null)
        {
            return _first(pageSizeHint);
        }

        var split = continuationToken.IndexOf('\n', StringComparison.Ordinal);
        if (split <= 0)
        {
            throw new ArgumentException("The continuation token does not belong to this list.", nameof(continuationToken));
        }

        var request = _pipeline.CreateLinkRequest(_spec, _options, continuationToken[..split], HttpMethod.Post);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(continuationToken[(split + 1)..]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(ApsPipeline.JsonMediaType);
        request.Content = content;
        return request;
    }

    public override ApsPage<T> ReadPage(TEnvelope envelope, string? continuationToken, int? pageSizeHint)
    {
        var (url, body) = _next(envelope);
        string? next = null;
        if (!string.IsNullOrWhiteSpace(url))
        {
            var absolute = _pipeline.ResolveLink(_spec, url).AbsoluteUri;
            next = absolute + "\n" + (body is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } b ? b.GetRawText() : "{}");
        }

        return new ApsPage<T>(_items(envelope) ?? [], next);
    }
}
