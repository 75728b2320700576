using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>
/// The baselines: what a caller writes by hand without the transfer manager. The signed URLs come from the same OSS
/// endpoints through <see cref="OssClient"/> (<c>signeds3upload</c> GET and POST, <c>signeds3download</c>); the bytes go
/// through a plain <see cref="HttpClient"/> of their own. No retries, no progress, no checkpoints, no verification.
/// </summary>
internal static class RawS3Transfers
{
    private const int UrlsPerCall = 25;

    /// <summary>A plain client for the raw requests: its own connection pool, no decompression, no SDK handlers.</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// Parallel multipart upload of a file: every part URL fetched first (25 per call), then <paramref name="concurrency"/>
    /// PUTs at a time behind a <see cref="SemaphoreSlim"/>, each part read from the file at its offset into one of
    /// <paramref name="concurrency"/> buffers of its own (allocated on first use, reused), then the completion.
    /// </summary>
    public static async Task<OssObjectDetails> UploadParallelAsync(ApsClient aps, HttpClient http, string bucketKey, string objectKey, string path, int partSize, int concurrency, CancellationToken cancellationToken)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        var length = RandomAccess.GetLength(file);
        var partCount = (int)Math.Max(1, (length + partSize - 1) / partSize);
        var (uploadKey, urls) = await GetAllUploadUrlsAsync(aps, bucketKey, objectKey, partCount, cancellationToken).ConfigureAwait(false);

        var eTags = new string[partCount];
        var buffers = new ConcurrentStack<byte[]>();
        using var gate = new SemaphoreSlim(concurrency);
        var running = new List<Task>(partCount);
        for (var index = 0; index < partCount; index++)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            var part = index;
            running.Add(Task.Run(
                async () =>
                {
                    var buffer = buffers.TryPop(out var free) ? free : new byte[partSize];
                    try
                    {
                        var offset = (long)part * partSize;
                        var count = (int)Math.Min(partSize, length - offset);
                        await ReadExactlyAtAsync(file, buffer.AsMemory(0, count), offset, cancellationToken).ConfigureAwait(false);
                        eTags[part] = await PutAsync(http, urls[part], buffer, count, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        buffers.Push(buffer);
                        gate.Release();
                    }
                },
                CancellationToken.None));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        return await aps.Oss.CompleteSignedS3UploadAsync(bucketKey, objectKey, new OssCompleteUploadRequest { UploadKey = uploadKey, Size = length, ETags = eTags }, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sequential multipart upload, one part at a time, the way single-threaded uploaders work: URLs fetched 25 at a
    /// time when the next part needs one, the file read in order into one buffer, each part PUT and its ETag kept,
    /// then the completion.
    /// </summary>
    public static async Task<OssObjectDetails> UploadSequentialAsync(ApsClient aps, HttpClient http, string bucketKey, string objectKey, string path, int partSize, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, Options = FileOptions.Asynchronous | FileOptions.SequentialScan, BufferSize = 0 });
        await using (stream.ConfigureAwait(false))
        {
            var length = stream.Length;
            var partCount = (int)Math.Max(1, (length + partSize - 1) / partSize);
            var buffer = new byte[partSize];
            var eTags = new List<string>(partCount);
            string? uploadKey = null;
            IReadOnlyList<string> urls = [];
            var firstInBatch = 1;
            for (var part = 1; part <= partCount; part++)
            {
                if (part - firstInBatch >= urls.Count)
                {
                    var batch = await aps.Oss.GetSignedS3UploadUrlsAsync(bucketKey, objectKey, new OssSignedS3UploadOptions { FirstPart = part, Parts = Math.Min(UrlsPerCall, partCount - part + 1), UploadKey = uploadKey }, cancellationToken).ConfigureAwait(false);
                    uploadKey ??= batch.UploadKey;
                    urls = batch.Urls;
                    firstInBatch = part;
                }

                var count = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                eTags.Add(await PutAsync(http, urls[part - firstInBatch], buffer, count, cancellationToken).ConfigureAwait(false));
            }

            return await aps.Oss.CompleteSignedS3UploadAsync(bucketKey, objectKey, new OssCompleteUploadRequest { UploadKey = uploadKey!, Size = length, ETags = eTags }, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Parallel ranged download into a file: one signed URL, then <paramref name="concurrency"/> ranged GETs at a time
    /// behind a <see cref="SemaphoreSlim"/>, each read into one of <paramref name="concurrency"/> buffers of its own
    /// and written at its offset. Returns the object size.
    /// </summary>
    public static async Task<long> DownloadParallelAsync(ApsClient aps, HttpClient http, string bucketKey, string objectKey, string path, int partSize, int concurrency, CancellationToken cancellationToken)
    {
        var signed = await aps.Oss.GetSignedS3DownloadUrlAsync(bucketKey, objectKey, null, cancellationToken).ConfigureAwait(false);
        var info = signed.Value ?? throw new InvalidOperationException("signeds3download answered without a body.");
        var url = new Uri(info.Url ?? throw new InvalidOperationException("signeds3download gave no URL."), UriKind.Absolute);
        var size = info.Size ?? throw new InvalidOperationException("signeds3download gave no size.");
        var partCount = (int)((size + partSize - 1) / partSize);

        using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.Asynchronous);
        var buffers = new ConcurrentStack<byte[]>();
        using var gate = new SemaphoreSlim(concurrency);
        var running = new List<Task>(partCount);
        for (var index = 0; index < partCount; index++)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            var part = index;
            running.Add(Task.Run(
                async () =>
                {
                    var buffer = buffers.TryPop(out var free) ? free : new byte[partSize];
                    try
                    {
                        var offset = (long)part * partSize;
                        var count = (int)Math.Min(partSize, size - offset);
                        using var request = new HttpRequestMessage(HttpMethod.Get, url);
                        request.Headers.Range = new RangeHeaderValue(offset, offset + count - 1);
                        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                        response.EnsureSuccessStatusCode();
                        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                        await using (body.ConfigureAwait(false))
                        {
                            await body.ReadExactlyAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
                        }

                        await RandomAccess.WriteAsync(file, buffer.AsMemory(0, count), offset, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        buffers.Push(buffer);
                        gate.Release();
                    }
                },
                CancellationToken.None));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        return size;
    }

    private static async Task<(string UploadKey, string[] Urls)> GetAllUploadUrlsAsync(ApsClient aps, string bucketKey, string objectKey, int partCount, CancellationToken cancellationToken)
    {
        var urls = new string[partCount];
        string? uploadKey = null;
        for (var first = 1; first <= partCount; first += UrlsPerCall)
        {
            var count = Math.Min(UrlsPerCall, partCount - first + 1);
            var batch = await aps.Oss.GetSignedS3UploadUrlsAsync(bucketKey, objectKey, new OssSignedS3UploadOptions { FirstPart = first, Parts = count, UploadKey = uploadKey }, cancellationToken).ConfigureAwait(false);
            uploadKey ??= batch.UploadKey;
            for (var i = 0; i < count; i++)
            {
                urls[first - 1 + i] = batch.Urls[i];
            }
        }

        return (uploadKey!, urls);
    }

    private static async Task<string> PutAsync(HttpClient http, string url, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(buffer, 0, count);
        using var response = await http.PutAsync(new Uri(url, UriKind.Absolute), content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return response.Headers.TryGetValues("ETag", out var values) ? values.First() : throw new InvalidOperationException("S3 answered without an ETag.");
    }

    private static async Task ReadExactlyAtAsync(Microsoft.Win32.SafeHandles.SafeFileHandle file, Memory<byte> buffer, long offset, CancellationToken cancellationToken)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var read = await RandomAccess.ReadAsync(file, buffer[done..], offset + done, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException("The file is shorter than expected.");
            }

            done += read;
        }
    }
}
