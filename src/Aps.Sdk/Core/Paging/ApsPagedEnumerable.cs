using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Core.Paging;

/// <summary>
/// The one paging loop behind every list: fetches one page at a time, lazily; 204 is an empty last page; a
/// continuation token that comes back again stops the loop (a server bug must not loop forever).
/// </summary>
internal sealed class ApsPagedEnumerable<TEnvelope, T> : ApsPageable<T>
{
    private readonly ApsPipeline _pipeline;
    private readonly JsonTypeInfo<TEnvelope> _typeInfo;
    private readonly PagingStrategy<TEnvelope, T> _strategy;
    private readonly ApsRequestOptions? _options;

    public ApsPagedEnumerable(ApsPipeline pipeline, JsonTypeInfo<TEnvelope> typeInfo, PagingStrategy<TEnvelope, T> strategy, ApsRequestOptions? options)
    {
        _pipeline = pipeline;
        _typeInfo = typeInfo;
        _strategy = strategy;
        _options = options;
    }

    public override IAsyncEnumerable<ApsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        if (pageSizeHint is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "The page size must be positive.");
        }

        return IterateAsync(continuationToken, pageSizeHint, default);
    }

    private async IAsyncEnumerable<ApsPage<T>> IterateAsync(string? token, int? hint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (token is not null)
        {
            seen.Add(token);
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ApsPage<T> page;
            using (var request = _strategy.CreateRequest(token, hint))
            {
                using var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _options?.Timeout, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.NoContent)
                {
                    page = new ApsPage<T>([], null) { StatusCode = 204 };
                }
                else
                {
                    await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
                    var envelope = await ApsPipeline.ReadJsonAsync(response, _typeInfo, cancellationToken).ConfigureAwait(false);
                    page = _strategy.ReadPage(envelope, token, hint);
                }
            }

            yield return page;
            var next = page.ContinuationToken;
            if (next is null || !seen.Add(next))
            {
                yield break;
            }

            token = next;
        }
    }
}
