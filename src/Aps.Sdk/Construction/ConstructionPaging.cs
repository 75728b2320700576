using System.Text.Json.Serialization.Metadata;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction;

/// <summary>
/// The two offset/limit list shapes of the ACC family, both as <see cref="ApsPageable{T}"/>: the
/// <c>{results, pagination}</c> envelope (Issues, <c>/construction/admin</c> and most ACC modules) and the bare JSON
/// arrays of <c>/hq/v1</c> (no totals: a short page is the last). The next page repeats the request with a later
/// <c>offset</c>, so filters and sorts are kept exactly; the continuation token is that offset.
/// </summary>
internal static class ConstructionPaging
{
    /// <summary>Checks a page size against the API's range before any call.</summary>
    public static void CheckLimit(int? limit, int max, string parameterName)
    {
        if (limit is { } l && (l < 1 || l > max))
        {
            throw new ArgumentOutOfRangeException(parameterName, l, $"The page size must be 1 to {max}.");
        }
    }

    /// <summary>A <c>{results, pagination}</c> list.</summary>
    public static ApsPageable<T> Envelope<T>(
        ApsPipeline pipeline,
        OperationSpec spec,
        ApsRequestOptions? options,
        string?[] pathValues,
        Func<QueryBuilder> query,
        int? limit,
        int maxLimit,
        int defaultLimit,
        JsonTypeInfo<ConstructionPage<T>> typeInfo)
    {
        CheckLimit(limit, maxLimit, "options");
        var strategy = new OffsetPaging<ConstructionPage<T>, T>(
            (offset, hint) => Request(pipeline, spec, options, pathValues, query, hint ?? limit, maxLimit, offset),
            page => page.Items,
            page => page.Pagination?.ToOffsetInfo() ?? default,
            limit ?? defaultLimit);
        return new ApsPagedEnumerable<ConstructionPage<T>, T>(pipeline, typeInfo, strategy, options);
    }

    /// <summary>A bare-array <c>/hq/v1</c> list.</summary>
    public static ApsPageable<T> BareArray<T>(
        ApsPipeline pipeline,
        OperationSpec spec,
        ApsRequestOptions? options,
        string?[] pathValues,
        Func<QueryBuilder> query,
        int? limit,
        int maxLimit,
        int defaultLimit,
        JsonTypeInfo<List<T>> typeInfo)
    {
        CheckLimit(limit, maxLimit, "options");
        var strategy = new OffsetPaging<List<T>, T>(
            (offset, hint) => Request(pipeline, spec, options, pathValues, query, hint ?? limit, maxLimit, offset),
            page => page,
            _ => default,
            limit ?? defaultLimit);
        return new ApsPagedEnumerable<List<T>, T>(pipeline, typeInfo, strategy, options);
    }

    private static HttpRequestMessage Request(ApsPipeline pipeline, OperationSpec spec, ApsRequestOptions? options, string?[] pathValues, Func<QueryBuilder> query, int? limit, int maxLimit, int offset)
    {
        CheckLimit(limit, maxLimit, "pageSizeHint");
        var q = query().Add("limit", limit);
        if (offset > 0)
        {
            q.Add("offset", offset);
        }

        return pipeline.CreateRequest(spec, options, pathValues, q);
    }

    /// <summary>Joins extensible values for a comma-separated filter.</summary>
    public static IEnumerable<string>? Values<TValue>(IEnumerable<TValue>? values, Func<TValue, string> text)
        => values?.Select(text);
}
