using System.Runtime.CompilerServices;

namespace Aps.Sdk;

/// <summary>
/// A list APS returns in pages, enumerated lazily: <c>await foreach</c> over the items fetches one page at a time,
/// as the loop needs it; <see cref="AsPages"/> gives the pages with what came with each (<c>Included</c>, <c>Meta</c>,
/// warnings, totals) and resumes from a continuation token. Enumerating again starts again from the first page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class ApsPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Creates a pageable (for mocks and derived types).</summary>
    protected ApsPageable()
    {
    }

    /// <summary>Enumerates the pages, starting from <paramref name="continuationToken"/> (or the first page).</summary>
    /// <param name="continuationToken">A token from <see cref="ApsPage{T}.ContinuationToken"/>, or <see langword="null"/>.</param>
    /// <param name="pageSizeHint">The page size to ask for, where the API takes one.</param>
    /// <returns>The pages.</returns>
    public abstract IAsyncEnumerable<ApsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Enumerates the items of every page.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The enumerator.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }

    /// <summary>Creates a pageable over fixed pages (for tests and mocks).</summary>
    /// <param name="pages">The pages.</param>
    /// <returns>The pageable.</returns>
    public static ApsPageable<T> FromPages(IEnumerable<ApsPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new StaticPageable(pages.ToArray());
    }

    private sealed class StaticPageable(ApsPage<T>[] pages) : ApsPageable<T>
    {
        public override async IAsyncEnumerable<ApsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            var start = 0;
            if (continuationToken is not null)
            {
                start = Array.FindIndex(pages, p => p.ContinuationToken == continuationToken) + 1;
            }

            for (var i = start; i < pages.Length; i++)
            {
                await Task.Yield();
                yield return pages[i];
            }
        }
    }
}
