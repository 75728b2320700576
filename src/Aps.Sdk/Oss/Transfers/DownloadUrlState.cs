using System.Globalization;

namespace Aps.Sdk.Oss;

/// <summary>A byte range of the object fetched with one request (1-based number, absolute start).</summary>
internal readonly record struct DownloadPart(int Number, long Start, int Length);

/// <summary>Where to fetch a part: the URL, the start within that URL's resource, and the URL generation.</summary>
internal readonly record struct DownloadTarget(string Url, long Start, bool WholeResource, int Generation);

/// <summary>One chunk URL of a <c>chunked</c> answer: inclusive byte range.</summary>
internal readonly record struct DownloadChunk(long Start, long End, string Url)
{
    public long Length => End - Start + 1;
}

/// <summary>
/// The current signed download URL(s). A URL refused with 403, or older than its lifetime, is replaced by calling
/// <c>signeds3download</c> again (once for all workers that need it); the new answer must describe the same object.
/// </summary>
internal sealed class DownloadUrlState
{
    private readonly object _gate = new();
    private readonly Func<CancellationToken, Task<OssSignedS3Download>> _refresh;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly long _size;
    private readonly string? _sha1;
    private Snapshot _current;
    private TaskCompletionSource? _refreshing;

    public DownloadUrlState(OssSignedS3Download first, long size, Func<CancellationToken, Task<OssSignedS3Download>> refresh, TimeProvider time, TimeSpan lifetime)
    {
        _refresh = refresh;
        _time = time;
        _lifetime = lifetime;
        _size = size;
        _sha1 = first.Sha1;
        _current = new Snapshot(first, ChunksOf(first), 1, time.GetUtcNow());
    }

    /// <summary>Whether an answer hands out one URL per chunk.</summary>
    public static bool IsChunked(OssSignedS3Download info)
        => info.Urls.Count > 0 && (info.Status == OssDownloadStatus.Chunked || string.IsNullOrEmpty(info.Url));

    /// <summary>The chunks of a chunked answer, in byte order (empty otherwise).</summary>
    public static DownloadChunk[] ChunksOf(OssSignedS3Download info)
    {
        if (!IsChunked(info))
        {
            return [];
        }

        var chunks = new List<DownloadChunk>(info.Urls.Count);
        foreach (var (range, url) in info.Urls)
        {
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !long.TryParse(range.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !long.TryParse(range.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start || string.IsNullOrEmpty(url))
            {
                throw new ApsException($"OSS returned a chunk range '{range}' that cannot be read (expected 'start-end').");
            }

            chunks.Add(new DownloadChunk(start, end, url));
        }

        chunks.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. chunks];
    }

    /// <summary>Splits the object into parts of at most <paramref name="partSize"/> that never cross a chunk boundary.</summary>
    public static List<DownloadPart> Plan(OssSignedS3Download info, long size, int partSize)
    {
        var parts = new List<DownloadPart>();
        if (size == 0)
        {
            return parts;
        }

        if (IsChunked(info))
        {
            var expected = 0L;
            foreach (var chunk in ChunksOf(info))
            {
                if (chunk.Start != expected)
                {
                    throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The chunk ranges OSS returned do not cover the object: a chunk starts at byte {chunk.Start} where {expected} was expected."));
                }

                Split(chunk.Start, chunk.End + 1);
                expected = chunk.End + 1;
            }

            if (expected != size)
            {
                throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The chunk ranges OSS returned cover {expected} bytes of a {size}-byte object."));
            }
        }
        else
        {
            if (string.IsNullOrEmpty(info.Url))
            {
                throw new ApsException($"OSS returned no download URL (status '{info.Status}').");
            }

            Split(0, size);
        }

        return parts;

        void Split(long from, long to)
        {
            for (var start = from; start < to; start += partSize)
            {
                parts.Add(new DownloadPart(parts.Count + 1, start, (int)Math.Min(partSize, to - start)));
            }
        }
    }

    /// <summary>Where to fetch <paramref name="part"/>, with a fresh URL when the current generation was refused or is too old.</summary>
    public async ValueTask<DownloadTarget> ResolveAsync(DownloadPart part, int rejectedGeneration, CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            TaskCompletionSource? mine = null;
            Task wait;
            lock (_gate)
            {
                var current = _current;
                if (current.Generation != rejectedGeneration
                    && (round > 0 || _time.GetUtcNow() < current.IssuedAt + _lifetime - OssTransferLimits.ExpiryMargin))
                {
                    return Locate(current, part);
                }

                if (_refreshing is null)
                {
                    _refreshing = mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                wait = _refreshing.Task;
            }

            if (mine is not null)
            {
                await RefreshAsync(mine, cancellationToken).ConfigureAwait(false);
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RefreshAsync(TaskCompletionSource completion, CancellationToken cancellationToken)
    {
        try
        {
            var info = await _refresh(cancellationToken).ConfigureAwait(false);
            if (info.Size is { } size && size != _size)
            {
                throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The object changed during the download: it had {_size} bytes and now has {size}."));
            }

            if (_sha1 is not null && info.Sha1 is not null && !string.Equals(_sha1, info.Sha1, StringComparison.OrdinalIgnoreCase))
            {
                throw new ApsException("The object changed during the download: its SHA-1 is different.");
            }

            var chunks = ChunksOf(info);
            lock (_gate)
            {
                _current = new Snapshot(info, chunks, _current.Generation + 1, _time.GetUtcNow());
                _refreshing = null;
            }

            completion.TrySetResult();
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                _refreshing = null;
            }

            if (ex is OperationCanceledException canceled)
            {
                completion.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                completion.TrySetException(ex);
            }
        }
    }

    private DownloadTarget Locate(Snapshot current, DownloadPart part)
    {
        var end = part.Start + part.Length - 1;
        if (current.Chunks.Length > 0)
        {
            foreach (var chunk in current.Chunks)
            {
                if (chunk.Start <= part.Start && end <= chunk.End)
                {
                    return new DownloadTarget(chunk.Url, part.Start - chunk.Start, part.Start == chunk.Start && part.Length == chunk.Length, current.Generation);
                }
            }

            throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"No chunk URL covers bytes {part.Start}-{end}: the object changed during the download."));
        }

        var url = current.Info.Url;
        if (string.IsNullOrEmpty(url))
        {
            throw new ApsException($"OSS returned no download URL (status '{current.Info.Status}').");
        }

        return new DownloadTarget(url, part.Start, part.Start == 0 && part.Length == _size, current.Generation);
    }

    private sealed record Snapshot(OssSignedS3Download Info, DownloadChunk[] Chunks, int Generation, DateTimeOffset IssuedAt);
}
