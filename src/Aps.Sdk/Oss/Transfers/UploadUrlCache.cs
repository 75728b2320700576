namespace Aps.Sdk.Oss;

/// <summary>A part URL and the number of the batch that issued it (every stored batch gets a new one, from 1).</summary>
internal readonly record struct UploadPartUrl(string Url, long Issue);

/// <summary>
/// The signed part URLs of one upload session, fetched just in time in batches of at most 25 starting at the part
/// that needs one. A part whose URL expired (by its <c>urlExpiration</c>, or refused with 403) gets a fresh batch
/// requested with the same upload key and that part as <c>firstPart</c>; workers that need a URL of a batch being
/// fetched wait for that fetch instead of starting another. A refused URL is recognized by the batch that issued it,
/// not by its text: a fresh batch may carry the very same text (a signature made in the same second).
/// </summary>
internal sealed class UploadUrlCache
{
    private readonly object _gate = new();
    private readonly Dictionary<int, Entry> _urls = [];
    private readonly List<PendingBatch> _pending = [];
    private readonly Func<int, int, CancellationToken, Task<OssSignedS3Upload>> _fetch;
    private readonly Func<int, int> _batchSize;
    private readonly TimeProvider _time;
    private readonly TimeSpan _assumedLifetime;
    private long _issues;

    /// <param name="fetch">Requests <c>count</c> URLs from part <c>first</c> for the session.</param>
    /// <param name="batchSize">How many URLs to request from a first part (1 to 25).</param>
    /// <param name="time">The clock expiry is checked against.</param>
    /// <param name="assumedLifetime">How long URLs last when OSS gives no <c>urlExpiration</c>.</param>
    public UploadUrlCache(Func<int, int, CancellationToken, Task<OssSignedS3Upload>> fetch, Func<int, int> batchSize, TimeProvider time, TimeSpan assumedLifetime)
    {
        _fetch = fetch;
        _batchSize = batchSize;
        _time = time;
        _assumedLifetime = assumedLifetime;
    }

    /// <summary>Stores a batch of URLs starting at <paramref name="firstPart"/>.</summary>
    public void Store(int firstPart, OssSignedS3Upload batch)
    {
        // A batch that looks expired on arrival means the clocks disagree: time it from this clock instead.
        var now = _time.GetUtcNow();
        var expires = batch.UrlExpiration is { } given && given > now + OssTransferLimits.ExpiryMargin ? given : now + _assumedLifetime;
        lock (_gate)
        {
            var issue = ++_issues;
            for (var i = 0; i < batch.Urls.Count; i++)
            {
                if (!string.IsNullOrEmpty(batch.Urls[i]))
                {
                    _urls[firstPart + i] = new Entry(batch.Urls[i], expires, issue);
                }
            }
        }
    }

    /// <summary>
    /// Gets a usable URL for <paramref name="partNumber"/>: the cached one unless it expired or was issued by
    /// <paramref name="rejectedIssue"/> (its URL refused by S3; 0 for none), else a fresh one.
    /// </summary>
    public async ValueTask<UploadPartUrl> GetAsync(int partNumber, long rejectedIssue, CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            PendingBatch? mine = null;
            Task wait;
            lock (_gate)
            {
                // After a fetch, a URL that looks expired is used anyway (the clocks may disagree): S3 has the last word.
                if (_urls.TryGetValue(partNumber, out var entry) && entry.Issue != rejectedIssue
                    && (round > 0 || _time.GetUtcNow() < entry.Expires - OssTransferLimits.ExpiryMargin))
                {
                    return new UploadPartUrl(entry.Url, entry.Issue);
                }

                var pending = _pending.Find(p => p.First <= partNumber && partNumber < p.First + p.Count);
                if (pending is null)
                {
                    if (round > 0)
                    {
                        throw new ApsException($"OSS returned no usable upload URL for part {partNumber} (asked twice).");
                    }

                    pending = mine = new PendingBatch(partNumber, Math.Clamp(_batchSize(partNumber), 1, OssTransferLimits.MaxUrlsPerRequest));
                    _pending.Add(pending);
                }

                wait = pending.Completion.Task;
            }

            if (mine is not null)
            {
                await FetchAsync(mine, cancellationToken).ConfigureAwait(false);
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FetchAsync(PendingBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _fetch(batch.First, batch.Count, cancellationToken).ConfigureAwait(false);
            Store(batch.First, result);
            lock (_gate)
            {
                _pending.Remove(batch);
            }

            batch.Completion.TrySetResult();
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                _pending.Remove(batch);
            }

            if (ex is OperationCanceledException canceled)
            {
                batch.Completion.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                batch.Completion.TrySetException(ex);
            }
        }
    }

    private readonly record struct Entry(string Url, DateTimeOffset Expires, long Issue);

    private sealed class PendingBatch(int first, int count)
    {
        public int First { get; } = first;

        public int Count { get; } = count;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
