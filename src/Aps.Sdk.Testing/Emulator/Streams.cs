using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Aps.Sdk.Testing.Emulator;

/// <summary>A pass-through stream that caps throughput at a number of bytes per second (real time).</summary>
internal sealed class PacedStream : Stream
{
    private readonly Stream _inner;
    private readonly long _bytesPerSecond;
    private readonly int _chunk;
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _transferred;

    public PacedStream(Stream inner, long bytesPerSecond)
    {
        _inner = inner;
        _bytesPerSecond = Math.Max(1, bytesPerSecond);
        _chunk = (int)Math.Clamp(_bytesPerSecond / 50, 1, 64 * 1024); // about 20 ms worth of data per step
    }

    public override bool CanRead => _inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => _inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => _inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Synchronous reads are not supported.");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Synchronous writes are not supported.");

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer[..Math.Min(buffer.Length, _chunk)], cancellationToken).ConfigureAwait(false);
        _transferred += read;
        await PaceAsync(cancellationToken).ConfigureAwait(false);
        return read;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var step = buffer[..Math.Min(buffer.Length, _chunk)];
            await _inner.WriteAsync(step, cancellationToken).ConfigureAwait(false);
            _transferred += step.Length;
            buffer = buffer[step.Length..];
            await PaceAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private Task PaceAsync(CancellationToken cancellationToken)
    {
        var due = TimeSpan.FromSeconds((double)_transferred / _bytesPerSecond);
        var wait = due - Stopwatch.GetElapsedTime(_start);
        return wait > TimeSpan.FromMilliseconds(1) ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }
}

/// <summary>Thrown to unwind a handler whose response was cut short on purpose.</summary>
#pragma warning disable CA1032 // Internal control-flow exception.
internal sealed class ResponseTruncatedException : Exception
#pragma warning restore CA1032
{
    public ResponseTruncatedException()
        : base("The emulator truncated the response on purpose.")
    {
    }
}

/// <summary>Passes the first half of the announced body through, then aborts the connection.</summary>
internal sealed class TruncatingStream : Stream
{
    private readonly Stream _inner;
    private readonly HttpContext _http;
    private long _limit = -1;
    private long _written;

    public TruncatingStream(Stream inner, HttpContext http)
    {
        _inner = inner;
        _http = http;
    }

    public bool Truncated { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => _inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Synchronous writes are not supported.");

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_limit < 0)
        {
            _limit = (_http.Response.ContentLength ?? buffer.Length) / 2;
        }

        var room = (int)Math.Min(buffer.Length, _limit - _written);
        if (room > 0)
        {
            await _inner.WriteAsync(buffer[..room], cancellationToken).ConfigureAwait(false);
            _written += room;
        }

        if (_written >= _limit && buffer.Length > room)
        {
            await CutAsync().ConfigureAwait(false);
            throw new ResponseTruncatedException();
        }
    }

    /// <summary>Sends what was written so far and aborts the connection.</summary>
    public async Task CutAsync()
    {
        if (Truncated)
        {
            return;
        }

        Truncated = true;
        if (_http.Response.HasStarted || _written > 0)
        {
            await _inner.FlushAsync(CancellationToken.None).ConfigureAwait(false);

            // Give the transport a moment to put the partial body on the wire before the connection is cut.
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None).ConfigureAwait(false);
        }

        _http.Abort();
    }
}
