using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Aps.Sdk.Oss;

/// <summary>Where the bytes of an upload come from: a file read at part offsets, or a stream read in order.</summary>
internal abstract class UploadSource : IDisposable
{
    /// <summary>Gets the length, or <see langword="null"/> when unknown until the end is read.</summary>
    public abstract long? Length { get; }

    /// <summary>Gets a value indicating whether parts are read by the workers at their offsets (files) rather than in order by one reader.</summary>
    public abstract bool IsRandomAccess { get; }

    /// <summary>Computes the fingerprint recorded in the checkpoint (reads at most 2 MiB).</summary>
    public abstract ValueTask<OssUploadSourceFingerprint> FingerprintAsync(string? sourceId, CancellationToken cancellationToken);

    /// <summary>Reads exactly <paramref name="buffer"/>.Length bytes at <paramref name="offset"/>, or fewer at the end (random access only).</summary>
    public virtual ValueTask<int> ReadAtAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>Reads the next bytes until <paramref name="buffer"/> is full or the source ends (in order only).</summary>
    public virtual ValueTask<int> ReadNextAsync(Memory<byte> buffer, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>Moves past <paramref name="count"/> bytes already uploaded (in order only); returns how many there were.</summary>
    public virtual ValueTask<long> SkipAsync(long count, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>Whether the source still looks like it did when the upload started (checked before completing).</summary>
    public virtual bool IsUnchangedSince(OssUploadSourceFingerprint fingerprint) => true;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>SHA-256 over the first and last MiB and the length, read with <paramref name="readAt"/>.</summary>
    protected static async ValueTask<string> SampleHashAsync(long length, Func<long, Memory<byte>, CancellationToken, ValueTask<int>> readAt, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(OssTransferLimits.FingerprintSampleSize);
        try
        {
            var head = (int)Math.Min(length, OssTransferLimits.FingerprintSampleSize);
            await ReadFullyAsync(0, buffer.AsMemory(0, head)).ConfigureAwait(false);
            hash.AppendData(buffer, 0, head);
            var tailStart = Math.Max(head, length - OssTransferLimits.FingerprintSampleSize);
            var tail = (int)(length - tailStart);
            await ReadFullyAsync(tailStart, buffer.AsMemory(0, tail)).ConfigureAwait(false);
            hash.AppendData(buffer, 0, tail);
            hash.AppendData(BitConverter.GetBytes(length));
            return Convert.ToHexString(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        async ValueTask ReadFullyAsync(long offset, Memory<byte> target)
        {
            var done = 0;
            while (done < target.Length)
            {
                var n = await readAt(offset + done, target[done..], cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    throw new InvalidDataException("The source ended before its length while it was fingerprinted.");
                }

                done += n;
            }
        }
    }
}

/// <summary>A file, opened once for asynchronous reads; workers read their parts with <see cref="RandomAccess"/>.</summary>
internal sealed class FileUploadSource : UploadSource
{
    private readonly string _path;
    private readonly SafeFileHandle _handle;
    private readonly long _length;

    public FileUploadSource(string path)
    {
        _path = path;
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        try
        {
            _length = RandomAccess.GetLength(_handle);
        }
        catch
        {
            _handle.Dispose();
            throw;
        }
    }

    public override long? Length => _length;

    public override bool IsRandomAccess => true;

    public override async ValueTask<OssUploadSourceFingerprint> FingerprintAsync(string? sourceId, CancellationToken cancellationToken)
    {
        var sample = await SampleHashAsync(_length, (offset, buffer, token) => RandomAccess.ReadAsync(_handle, buffer, offset, token), cancellationToken).ConfigureAwait(false);
        return new OssUploadSourceFingerprint
        {
            Length = _length,
            LastWriteTimeUtc = File.GetLastWriteTimeUtc(_path),
            SampleSha256 = sample,
            SourceId = sourceId,
        };
    }

    public override async ValueTask<int> ReadAtAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var n = await RandomAccess.ReadAsync(_handle, buffer[done..], offset + done, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            done += n;
        }

        return done;
    }

    public override bool IsUnchangedSince(OssUploadSourceFingerprint fingerprint)
        => RandomAccess.GetLength(_handle) == fingerprint.Length && File.GetLastWriteTimeUtc(_path) == fingerprint.LastWriteTimeUtc;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _handle.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>A stream read in order by one reader into part buffers; seekable streams skip by seeking.</summary>
internal sealed class StreamUploadSource : UploadSource
{
    private readonly Stream _stream;
    private readonly long _start;
    private readonly long? _length;

    public StreamUploadSource(Stream stream, long? declaredLength)
    {
        _stream = stream;
        if (stream.CanSeek)
        {
            _start = stream.Position;
            _length = stream.Length - _start;
        }
        else
        {
            _length = declaredLength;
        }
    }

    public override long? Length => _length;

    public override bool IsRandomAccess => false;

    public override async ValueTask<OssUploadSourceFingerprint> FingerprintAsync(string? sourceId, CancellationToken cancellationToken)
    {
        string? sample = null;
        if (_stream.CanSeek && _length is { } length)
        {
            sample = await SampleHashAsync(length, async (offset, buffer, token) =>
            {
                _stream.Position = _start + offset;
                return await _stream.ReadAsync(buffer, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            _stream.Position = _start;
        }

        return new OssUploadSourceFingerprint { Length = _length, SampleSha256 = sample, SourceId = sourceId };
    }

    public override async ValueTask<int> ReadNextAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var n = await _stream.ReadAsync(buffer[done..], cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            done += n;
        }

        return done;
    }

    public override async ValueTask<long> SkipAsync(long count, CancellationToken cancellationToken)
    {
        if (_stream.CanSeek)
        {
            var available = Math.Min(count, _stream.Length - _stream.Position);
            _stream.Position += available;
            return available;
        }

        var scratch = ArrayPool<byte>.Shared.Rent((int)Math.Min(count, 81920));
        try
        {
            long skipped = 0;
            while (skipped < count)
            {
                var n = await _stream.ReadAsync(scratch.AsMemory(0, (int)Math.Min(scratch.Length, count - skipped)), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                skipped += n;
            }

            return skipped;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
