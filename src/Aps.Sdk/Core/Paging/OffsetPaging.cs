using System.Globalization;

namespace Aps.Sdk.Core.Paging;

/// <summary>What an offset/limit page says about itself.</summary>
internal readonly record struct OffsetPageInfo(int? Offset, int? Limit, long? Total, bool HasNextUrlField, string? NextUrl, int? NextOffset);

/// <summary>
/// Offset/limit paging, where the next page is the same request with a later offset (so filters and sorts are kept
/// exactly): the ACC <c>{results|data, pagination}</c> envelope and its variants, <c>/hq/v1</c> bare arrays, and body
/// offset/limit (<c>properties:query</c>, <c>search:rfis</c>). The continuation token is the next offset.
/// There is a next page when the envelope's <c>nextUrl</c> is not empty; without a <c>nextUrl</c> field, when the
/// total says so; without a total (bare arrays), when the page was full.
/// </summary>
internal sealed class OffsetPaging<TEnvelope, T> : PagingStrategy<TEnvelope, T>
{
    private readonly Func<int, int?, HttpRequestMessage> _create;
    private readonly Func<TEnvelope, IReadOnlyList<T>?> _items;
    private readonly Func<TEnvelope, OffsetPageInfo> _info;
    private readonly int? _defaultLimit;

    public OffsetPaging(Func<int, int?, HttpRequestMessage> create, Func<TEnvelope, IReadOnlyList<T>?> items, Func<TEnvelope, OffsetPageInfo> info, int? defaultLimit = null)
    {
        _create = create;
        _items = items;
        _info = info;
        _defaultLimit = defaultLimit;
    }

    public override HttpRequestMessage CreateRequest(string? continuationToken, int? pageSizeHint)
        => _create(ParseToken(continuationToken), pageSizeHint);

    public override ApsPage<T> ReadPage(TEnvelope envelope, string? continuationToken, int? pageSizeHint)
    {
        var items = _items(envelope) ?? [];
        var info = _info(envelope);
        var offset = info.Offset ?? ParseToken(continuationToken);
        bool more;
        if (items.Count == 0)
        {
            more = false;
        }
        else if (info.HasNextUrlField)
        {
            more = !string.IsNullOrWhiteSpace(info.NextUrl);
        }
        else if (info.Total is { } total)
        {
            more = offset + items.Count < total;
        }
        else
        {
            var limit = pageSizeHint ?? info.Limit ?? _defaultLimit;
            more = limit is { } l && items.Count >= l;
        }

        var nextOffset = info.NextOffset ?? offset + items.Count;
        return new ApsPage<T>(items, more ? nextOffset.ToString(CultureInfo.InvariantCulture) : null) { TotalResults = info.Total };
    }

    private static int ParseToken(string? continuationToken)
    {
        if (continuationToken is null)
        {
            return 0;
        }

        if (!int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset < 0)
        {
            throw new ArgumentException($"'{continuationToken}' is not a continuation token of this list (an offset was expected).", nameof(continuationToken));
        }

        return offset;
    }
}
