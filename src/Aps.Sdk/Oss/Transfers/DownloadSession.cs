using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Win32.SafeHandles;

namespace Aps.Sdk.Oss;

/// <summary>
/// One ranged parallel download. A producer starts the parts in order as slots free up; each worker fetches its range
/// into a buffer of the download's <see cref="PartBufferPool"/>. For a file, the worker writes the buffer at its offset
/// and frees the slot; for a stream, a single writer takes the parts in order (hashing them as it goes) and frees each
/// slot after writing, so at most <see cref="OssDownloadOptions.MaxConcurrency"/> buffers wait to be reordered.
/// </summary>
internal sealed class DownloadSession
{
    private const int HashBufferSize = OssTransferLimits.MiB;

    private readonly OssClient _oss;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly string _bucketKey;
    private readonly string _objectKey;
    private readonly OssDownloadOptions _options;
    private readonly object _gate = new();
    private readonly PartBufferPool _buffers = new();
    private long _bytesDone;
    private int _partsDone;
    private long _size;
    private List<DownloadPart> _parts = [];
    private DownloadUrlState? _urls;

    public DownloadSession(OssClient oss, HttpClient http, TimeProvider time, string bucketKey, string objectKey, OssDownloadOptions options)
    {
        _oss = oss;
        _http = http;
        _time = time;
        _bucketKey = bucketKey;
        _objectKey = objectKey;
        _options = options;
    }

    public async Task<OssDownloadResult> RunAsync(string? filePath, Stream? destination, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var response = await _oss.GetSignedS3DownloadUrlAsync(_bucketKey, _objectKey, SignOptions(conditions: true), cancellationToken).ConfigureAwait(false);
        if (response.IsNotModified)
        {
            return new OssDownloadResult { IsNotModified = true, Elapsed = _time.GetElapsedTime(started) };
        }

        var info = response.Value ?? throw new ApsException("OSS answered signeds3download without a body.");
        _size = info.Size ?? throw new ApsException("OSS did not report the size of the object; it cannot be downloaded in ranges.");
        if (_size < 0)
        {
            throw new ApsException("OSS reported a negative object size.");
        }

        _parts = DownloadUrlState.Plan(info, _size, _options.PartSize);
        var lifetime = _options.MinutesExpiration is { } minutes ? TimeSpan.FromMinutes(minutes) : OssTransferLimits.DefaultUrlLifetime;
        _urls = new DownloadUrlState(info, _size, RefreshAsync, _time, lifetime);
        var expectedSha1 = _options.VerifySha1 && IsSha1(info.Sha1) ? info.Sha1 : null;
        lock (_gate)
        {
            PublishLocked();
        }

        TimeSpan hashing;
        try
        {
            hashing = filePath is not null
                ? await ToFileAsync(filePath, expectedSha1, cancellationToken).ConfigureAwait(false)
                : await ToStreamAsync(destination!, expectedSha1, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Every worker has ended: the part buffers go back to the shared pool.
            _buffers.ReleaseAll();
        }

        return new OssDownloadResult
        {
            Bytes = _size,
            PartCount = _parts.Count,
            Status = info.Status,
            Sha1 = info.Sha1,
            Sha1Verified = expectedSha1 is not null,
            HashingTime = hashing,
            Elapsed = _time.GetElapsedTime(started),
        };
    }

    /// <summary>Downloads into a file created (or truncated) now; any failure deletes it.</summary>
    private async Task<TimeSpan> ToFileAsync(string path, string? expectedSha1, CancellationToken cancellationToken)
    {
        var handle = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, FileOptions.Asynchronous);
        var kept = false;
        try
        {
            using (var workers = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var failure = new TransferFailure(workers);
                await PumpToFileAsync(handle, failure, workers.Token).ConfigureAwait(false);
                failure.ThrowIfAny(cancellationToken);
            }

            var length = RandomAccess.GetLength(handle);
            if (length != _size)
            {
                throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The downloaded file has {length} bytes where the object has {_size}; it was deleted."));
            }

            var hashing = TimeSpan.Zero;
            if (expectedSha1 is not null)
            {
                var start = _time.GetTimestamp();
                var actual = await HashFileAsync(handle, cancellationToken).ConfigureAwait(false);
                hashing = _time.GetElapsedTime(start);
                ThrowIfMismatch(expectedSha1, actual, "the file was deleted");
            }

            kept = true;
            return hashing;
        }
        finally
        {
            handle.Dispose();
            if (!kept)
            {
                TryDelete(path);
            }
        }
    }

    private async Task PumpToFileAsync(SafeFileHandle handle, TransferFailure failure, CancellationToken token)
    {
        using var slots = new SemaphoreSlim(_options.MaxConcurrency);
        var running = new List<Task>();
        try
        {
            foreach (var part in _parts)
            {
                await slots.WaitAsync(token).ConfigureAwait(false);
                running.Add(Task.Run(() => FilePartAsync(part, handle, slots, failure, token), CancellationToken.None));
            }
        }
        catch (Exception ex)
        {
            failure.Record(ex);
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task FilePartAsync(DownloadPart part, SafeFileHandle handle, SemaphoreSlim slots, TransferFailure failure, CancellationToken token)
    {
        var buffer = _buffers.Rent(part.Length);
        try
        {
            await FetchAsync(part, buffer, token).ConfigureAwait(false);
            await RandomAccess.WriteAsync(handle, buffer.AsMemory(0, part.Length), part.Start, token).ConfigureAwait(false);
            Completed(part.Length);
        }
        catch (Exception ex)
        {
            failure.Record(ex);
        }
        finally
        {
            _buffers.Return(buffer);
            slots.Release();
        }
    }

    /// <summary>Downloads into a stream in order, hashing as it writes.</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "OSS reports SHA-1; it checks integrity, not authenticity.")]
    private async Task<TimeSpan> ToStreamAsync(Stream destination, string? expectedSha1, CancellationToken cancellationToken)
    {
        using var hash = expectedSha1 is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        long hashingTicks = 0;
        using (var workers = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        using (var slots = new SemaphoreSlim(_options.MaxConcurrency))
        {
            var token = workers.Token;
            var failure = new TransferFailure(workers);
            var channel = Channel.CreateUnbounded<Task<byte[]>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            var producer = Task.Run(
                async () =>
                {
                    try
                    {
                        foreach (var part in _parts)
                        {
                            await slots.WaitAsync(token).ConfigureAwait(false);
                            channel.Writer.TryWrite(Task.Run(() => FetchToBufferAsync(part, token), CancellationToken.None));
                        }
                    }
                    catch (Exception ex)
                    {
                        failure.Record(ex);
                    }
                    finally
                    {
                        channel.Writer.TryComplete();
                    }
                },
                CancellationToken.None);

            try
            {
                foreach (var part in _parts)
                {
                    var fetch = await channel.Reader.ReadAsync(token).ConfigureAwait(false);
                    var buffer = await fetch.ConfigureAwait(false);
                    try
                    {
                        if (hash is not null)
                        {
                            var start = _time.GetTimestamp();
                            hash.AppendData(buffer, 0, part.Length);
                            hashingTicks += _time.GetElapsedTime(start).Ticks;
                        }

                        await destination.WriteAsync(buffer.AsMemory(0, part.Length), token).ConfigureAwait(false);
                        Completed(part.Length);
                    }
                    finally
                    {
                        _buffers.Return(buffer);
                        slots.Release();
                    }
                }

                await destination.FlushAsync(token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failure.Record(ex);
            }

            // Stop the producer, then give back the buffers of parts fetched but not written.
            await producer.ConfigureAwait(false);
            while (channel.Reader.TryRead(out var left))
            {
                try
                {
                    _buffers.Return(await left.ConfigureAwait(false));
                }
                catch (Exception ex)
                {
                    failure.Record(ex);
                }
            }

            failure.ThrowIfAny(cancellationToken);
        }

        if (hash is not null)
        {
            var start = _time.GetTimestamp();
            var actual = Convert.ToHexString(hash.GetHashAndReset());
            hashingTicks += _time.GetElapsedTime(start).Ticks;
            ThrowIfMismatch(expectedSha1!, actual, "the bytes were already written to the stream");
        }

        return TimeSpan.FromTicks(hashingTicks);
    }

    private async Task<byte[]> FetchToBufferAsync(DownloadPart part, CancellationToken token)
    {
        var buffer = _buffers.Rent(part.Length);
        try
        {
            await FetchAsync(part, buffer, token).ConfigureAwait(false);
            return buffer;
        }
        catch
        {
            _buffers.Return(buffer);
            throw;
        }
    }

    /// <summary>GETs one range until read in full: a fresh URL for an expired one, backoff for transient failures.</summary>
    private async Task FetchAsync(DownloadPart part, byte[] buffer, CancellationToken token)
    {
        var rejected = 0;
        var retry = new PartRetry(_options.MaxPartAttempts, _options.RetryDelay, _time);
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var target = await _urls!.ResolveAsync(part, rejected, token).ConfigureAwait(false);
            var outcome = await S3Wire.GetRangeAsync(_http, target.Url, target.Start, part.Length, target.WholeResource, buffer.AsMemory(0, part.Length), part.Number, _options.PartTimeout, _time, token).ConfigureAwait(false);
            if (outcome.Kind == S3OutcomeKind.Success)
            {
                return;
            }

            if (await retry.AfterFailureAsync(outcome, token).ConfigureAwait(false))
            {
                rejected = target.Generation;
            }
        }
    }

    private async Task<OssSignedS3Download> RefreshAsync(CancellationToken cancellationToken)
    {
        var response = await _oss.GetSignedS3DownloadUrlAsync(_bucketKey, _objectKey, SignOptions(conditions: false), cancellationToken).ConfigureAwait(false);
        return response.Value ?? throw new ApsException("OSS answered signeds3download without a body.");
    }

    private OssSignedS3DownloadOptions SignOptions(bool conditions)
    {
        var options = new OssSignedS3DownloadOptions
        {
            MinutesExpiration = _options.MinutesExpiration,
            UseCdn = _options.UseCdn,
            PublicResourceFallback = _options.PublicResourceFallback,
        };
        OssTransferManager.CopyRequestSettings(_options, options, conditions);
        return options;
    }

    private void Completed(int length)
    {
        lock (_gate)
        {
            _bytesDone += length;
            _partsDone++;
            PublishLocked();
        }

        Core.Diagnostics.ApsTelemetry.Transferred("download", length);
    }

    private void PublishLocked()
        => _options.Progress?.Report(new OssTransferProgress
        {
            BytesTransferred = _bytesDone,
            TotalBytes = _size,
            PartsCompleted = _partsDone,
            TotalParts = _parts.Count,
        });

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "OSS reports SHA-1; it checks integrity, not authenticity.")]
    private async Task<string> HashFileAsync(SafeFileHandle handle, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        var buffer = ArrayPool<byte>.Shared.Rent(HashBufferSize);
        try
        {
            long offset = 0;
            while (offset < _size)
            {
                var n = await RandomAccess.ReadAsync(handle, buffer.AsMemory(0, (int)Math.Min(HashBufferSize, _size - offset)), offset, cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                hash.AppendData(buffer, 0, n);
                offset += n;
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void ThrowIfMismatch(string expected, string actual, string consequence)
    {
        if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new ApsException($"The downloaded data does not match the SHA-1 OSS reported (expected {expected}, computed {actual}); {consequence}.");
        }
    }

    private static bool IsSha1(string? value) => value is { Length: 40 } && value.All(char.IsAsciiHexDigit);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original failure is what the caller needs to see.
        }
    }
}
