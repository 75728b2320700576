using System.Globalization;

namespace Aps.Sdk.Oss;

/// <summary>
/// One run of a signed S3 multipart upload (fresh or resumed). A single producer walks the parts in order and hands
/// each to a worker once one of <see cref="OssUploadOptions.MaxConcurrency"/> slots is free: for a file the worker
/// reads its part with <see cref="RandomAccess"/>; for a stream the producer reads the part into the pooled buffer
/// first. A worker keeps its buffer across retries, so nothing is read twice, and returns it to the pool at the end,
/// so at most MaxConcurrency part buffers exist at once (a <see cref="PartBufferPool"/> per upload, so the shared pool
/// cannot hand out more than that).
/// </summary>
internal sealed class UploadSession
{
    private readonly OssClient _oss;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly string _bucketKey;
    private readonly string _objectKey;
    private readonly UploadSource _source;
    private readonly OssUploadOptions _options;
    private readonly int _partSize;
    private readonly OssUploadSourceFingerprint _fingerprint;
    private readonly object _gate = new();
    private readonly SortedDictionary<int, OssUploadedPart> _done = [];
    private readonly PartBufferPool _buffers = new();
    private readonly int _resumedParts;
    private string? _uploadKey;
    private DateTimeOffset? _uploadExpiration;
    private long? _totalSize;
    private int? _partCount;
    private long _bytesDone;
    private int _lastNeededPart;
    private bool _reportedTotal;
    private UploadUrlCache? _urls;

    public UploadSession(OssClient oss, HttpClient http, TimeProvider time, string bucketKey, string objectKey, UploadSource source, OssUploadOptions options, int partSize, OssUploadSourceFingerprint fingerprint, OssUploadCheckpoint? checkpoint)
    {
        _oss = oss;
        _http = http;
        _time = time;
        _bucketKey = bucketKey;
        _objectKey = objectKey;
        _source = source;
        _options = options;
        _partSize = partSize;
        _fingerprint = fingerprint;
        _totalSize = source.Length;
        _partCount = source.Length is { } length ? OssTransferLimits.PartCount(length, partSize) : null;
        if (checkpoint is not null)
        {
            _uploadKey = checkpoint.UploadKey;
            _uploadExpiration = checkpoint.UploadExpiration;
            foreach (var part in checkpoint.CompletedParts)
            {
                _done[part.PartNumber] = part;
                _bytesDone += part.Size;
            }

            _resumedParts = _done.Count;
        }
    }

    public async Task<OssUploadResult> RunAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        _lastNeededPart = LastNeededPart();
        var lifetime = _options.MinutesExpiration is { } minutes ? TimeSpan.FromMinutes(minutes) : OssTransferLimits.DefaultUrlLifetime;
        _urls = new UploadUrlCache(FetchUrlsAsync, BatchSize, _time, lifetime);

        if (_uploadKey is null)
        {
            // The first call opens the session; its URLs are the first batch.
            var count = BatchSize(1);
            var first = await _oss.GetSignedS3UploadUrlsAsync(_bucketKey, _objectKey, UrlOptions(1, count), cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(first.UploadKey))
            {
                throw new ApsException("OSS opened an upload session without an upload key.");
            }

            _uploadKey = first.UploadKey;
            _uploadExpiration = first.UploadExpiration;
            _urls.Store(1, first);
        }

        lock (_gate)
        {
            PublishLocked(checkpoint: true);
        }

        using (var workers = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var failure = new TransferFailure(workers);
            try
            {
                await PumpAsync(failure, workers.Token).ConfigureAwait(false);
            }
            finally
            {
                // Every worker has ended: the part buffers go back to the shared pool.
                _buffers.ReleaseAll();
            }

            failure.ThrowIfAny(cancellationToken);
        }

        long total;
        int partCount;
        List<string> eTags;
        lock (_gate)
        {
            total = _totalSize ?? throw new ApsException("The upload ended without knowing its size.");
            partCount = _partCount ?? throw new ApsException("The upload ended without knowing its part count.");
            eTags = new List<string>(partCount);
            for (var part = 1; part <= partCount; part++)
            {
                if (!_done.TryGetValue(part, out var stored))
                {
                    throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"Part {part} of {partCount} was not uploaded; the upload was not completed."));
                }

                eTags.Add(stored.ETag);
            }

            if (!_reportedTotal)
            {
                // A stream's end was found after its last part was reported: report (and checkpoint) the known size.
                PublishLocked(checkpoint: true);
            }
        }

        if (!_source.IsUnchangedSince(_fingerprint))
        {
            throw new ApsException("The source file changed while it was uploaded; the upload was not completed. Start a new upload.");
        }

        var request = new OssCompleteUploadRequest { UploadKey = _uploadKey, Size = total, ETags = eTags };
        var details = await _oss.CompleteSignedS3UploadAsync(_bucketKey, _objectKey, request, CompleteOptions(), cancellationToken).ConfigureAwait(false);
        return new OssUploadResult
        {
            ObjectDetails = details,
            UploadKey = _uploadKey,
            Bytes = total,
            PartCount = partCount,
            PartSize = _partSize,
            PartsResumed = _resumedParts,
            Elapsed = _time.GetElapsedTime(started),
        };
    }

    private async Task PumpAsync(TransferFailure failure, CancellationToken token)
    {
        using var slots = new SemaphoreSlim(_options.MaxConcurrency);
        var running = new List<Task>();
        try
        {
            if (_source.IsRandomAccess)
            {
                var total = _totalSize!.Value;
                for (var part = 1; part <= _partCount!.Value; part++)
                {
                    if (IsDone(part))
                    {
                        continue;
                    }

                    await slots.WaitAsync(token).ConfigureAwait(false);
                    await EnsureUrlAsync(part, slots, token).ConfigureAwait(false);
                    var number = part;
                    var length = OssTransferLimits.PartLength(total, _partSize, number);
                    running.Add(Task.Run(() => UploadPartAsync(number, length, null, slots, failure, token), CancellationToken.None));
                }
            }
            else
            {
                await ReadInOrderAsync(slots, running, failure, token).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            failure.Record(ex);
        }

        // Workers record their own failures and never throw.
        await Task.WhenAll(running).ConfigureAwait(false);
    }

    /// <summary>Reads a stream part after part into pooled buffers and hands each to a worker.</summary>
    private async Task ReadInOrderAsync(SemaphoreSlim slots, List<Task> running, TransferFailure failure, CancellationToken token)
    {
        var known = _source.Length;
        long offset = 0;
        for (var part = 1; ; part++)
        {
            token.ThrowIfCancellationRequested();
            if (known is { } size && part > OssTransferLimits.PartCount(size, _partSize))
            {
                break;
            }

            var expected = known is { } total ? OssTransferLimits.PartLength(total, _partSize, part) : _partSize;
            if (TryGetDone(part, out var stored))
            {
                // Stored in an earlier session: move past its bytes without sending them.
                var skipped = await _source.SkipAsync(stored.Size, token).ConfigureAwait(false);
                if (skipped != stored.Size)
                {
                    throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The stream ended at byte {offset + skipped}, inside part {part}, which the checkpoint records as uploaded: it is not the stream the upload started with."));
                }

                offset += skipped;
                if (known is null && stored.Size < _partSize)
                {
                    SetEnd(offset, part);
                    break;
                }

                continue;
            }

            if (part > OssTransferLimits.MaxParts)
            {
                throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The stream is longer than {OssTransferLimits.MaxParts} parts of {_partSize} bytes; set OssUploadOptions.StreamLength or a larger PartSize."));
            }

            await slots.WaitAsync(token).ConfigureAwait(false);
            await EnsureUrlAsync(part, slots, token).ConfigureAwait(false);
            var buffer = _buffers.Rent(expected);
            int read;
            try
            {
                read = await _source.ReadNextAsync(buffer.AsMemory(0, expected), token).ConfigureAwait(false);
            }
            catch
            {
                _buffers.Return(buffer);
                slots.Release();
                throw;
            }

            if (known is { } declared && read != expected)
            {
                _buffers.Return(buffer);
                slots.Release();
                throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The stream ended after {offset + read} bytes; {declared} were expected."));
            }

            if (known is null && read == 0 && part > 1)
            {
                // The previous part ended exactly at a part boundary.
                _buffers.Return(buffer);
                slots.Release();
                SetEnd(offset, part - 1);
                break;
            }

            var number = part;
            running.Add(Task.Run(() => UploadPartAsync(number, read, buffer, slots, failure, token), CancellationToken.None));
            offset += read;
            if (known is null && read < _partSize)
            {
                SetEnd(offset, part);
                break;
            }
        }

        if (known is { } length && !_source.IsRandomAccess)
        {
            var probe = new byte[1];
            if (await _source.ReadNextAsync(probe, token).ConfigureAwait(false) != 0)
            {
                throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The stream has more than the {length} bytes declared."));
            }
        }
    }

    /// <summary>
    /// Gets the URL of the next part before it is handed out, so batches are requested in part order (a batch starts at
    /// the first part without a URL and covers up to 25), just before they are needed.
    /// </summary>
    private async Task EnsureUrlAsync(int part, SemaphoreSlim slots, CancellationToken token)
    {
        try
        {
            await _urls!.GetAsync(part, 0, token).ConfigureAwait(false);
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    private async Task UploadPartAsync(int part, int length, byte[]? filled, SemaphoreSlim slots, TransferFailure failure, CancellationToken token)
    {
        var buffer = filled ?? _buffers.Rent(length);
        try
        {
            if (filled is null)
            {
                var offset = (long)(part - 1) * _partSize;
                var read = await _source.ReadAtAsync(offset, buffer.AsMemory(0, length), token).ConfigureAwait(false);
                if (read != length)
                {
                    throw new ApsException(string.Create(CultureInfo.InvariantCulture, $"The source file is shorter than when the upload started (part {part} has {read} of {length} bytes); the upload was stopped."));
                }
            }

            var eTag = await SendPartAsync(part, buffer, length, token).ConfigureAwait(false);
            lock (_gate)
            {
                _done[part] = new OssUploadedPart { PartNumber = part, ETag = eTag, Size = length };
                _bytesDone += length;
                PublishLocked(checkpoint: true);
            }

            Core.Diagnostics.ApsTelemetry.Transferred("upload", length);
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

    /// <summary>PUTs one part until stored: fresh URLs for expired ones, backoff for transient failures.</summary>
    private async Task<string> SendPartAsync(int part, byte[] buffer, int length, CancellationToken token)
    {
        long rejected = 0;
        var retry = new PartRetry(_options.MaxPartAttempts, _options.RetryDelay, _time);
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var url = await _urls!.GetAsync(part, rejected, token).ConfigureAwait(false);
            var outcome = await S3Wire.PutPartAsync(_http, url.Url, buffer.AsMemory(0, length), part, _options.PartTimeout, _time, token).ConfigureAwait(false);
            if (outcome.Kind == S3OutcomeKind.Success)
            {
                return outcome.ETag!;
            }

            if (await retry.AfterFailureAsync(outcome, token).ConfigureAwait(false))
            {
                // Never send a refused URL again: the next GetAsync fetches a fresh one from this part on (OSS
                // may re-issue the same text within the same second; that is a new issue, which S3 judges).
                rejected = url.Issue;
            }
        }
    }

    private Task<OssSignedS3Upload> FetchUrlsAsync(int firstPart, int count, CancellationToken cancellationToken)
        => _oss.GetSignedS3UploadUrlsAsync(_bucketKey, _objectKey, UrlOptions(firstPart, count), cancellationToken);

    /// <summary>How many URLs to ask for from <paramref name="firstPart"/>: up to 25, not past the last part still needed.</summary>
    private int BatchSize(int firstPart)
    {
        int last;
        lock (_gate)
        {
            last = _partCount is null ? OssTransferLimits.MaxParts : Math.Min(_lastNeededPart, _partCount.Value);
        }

        return Math.Clamp(last - firstPart + 1, 1, OssTransferLimits.MaxUrlsPerRequest);
    }

    private int LastNeededPart()
    {
        lock (_gate)
        {
            if (_partCount is not { } count)
            {
                return OssTransferLimits.MaxParts;
            }

            for (var part = count; part >= 1; part--)
            {
                if (!_done.ContainsKey(part))
                {
                    return part;
                }
            }

            return 1;
        }
    }

    private OssSignedS3UploadOptions UrlOptions(int firstPart, int count)
    {
        var options = new OssSignedS3UploadOptions
        {
            Parts = count,
            FirstPart = firstPart,
            UploadKey = _uploadKey,
            MinutesExpiration = _options.MinutesExpiration,
            UseAcceleration = _options.UseAcceleration,
        };
        OssTransferManager.CopyRequestSettings(_options, options, conditions: false);
        return options;
    }

    private OssCompleteUploadOptions CompleteOptions()
    {
        var options = new OssCompleteUploadOptions
        {
            ContentType = _options.ContentType,
            ContentDisposition = _options.ContentDisposition,
            ContentEncoding = _options.ContentEncoding,
            CacheControl = _options.CacheControl,
            UserDefinedMetadata = _options.UserDefinedMetadata,
        };
        OssTransferManager.CopyRequestSettings(_options, options, conditions: false);
        return options;
    }

    private bool IsDone(int part)
    {
        lock (_gate)
        {
            return _done.ContainsKey(part);
        }
    }

    private bool TryGetDone(int part, out OssUploadedPart stored)
    {
        lock (_gate)
        {
            return _done.TryGetValue(part, out stored!);
        }
    }

    private void SetEnd(long total, int partCount)
    {
        lock (_gate)
        {
            _totalSize = total;
            _partCount = partCount;
        }
    }

    /// <summary>Reports progress and (optionally) a checkpoint; under <see cref="_gate"/>, so both are in order.</summary>
    private void PublishLocked(bool checkpoint)
    {
        _reportedTotal = _totalSize is not null;
        _options.Progress?.Report(new OssTransferProgress
        {
            BytesTransferred = _bytesDone,
            TotalBytes = _totalSize,
            PartsCompleted = _done.Count,
            TotalParts = _partCount,
        });

        if (checkpoint && _options.CheckpointCallback is { } callback)
        {
            callback(new OssUploadCheckpoint
            {
                BucketKey = _bucketKey,
                ObjectKey = _objectKey,
                UploadKey = _uploadKey!,
                PartSize = _partSize,
                TotalSize = _totalSize,
                PartCount = _partCount,
                UploadExpiration = _uploadExpiration,
                Source = _fingerprint,
                CompletedParts = [.. _done.Values],
            });
        }
    }
}
