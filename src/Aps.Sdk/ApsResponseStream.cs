using System.Net.Http.Headers;

namespace Aps.Sdk;

/// <summary>
/// The body of a file download (an OSS signed URL, an ACC photo, a Data Connector file...), read from the network as
/// it is consumed (never buffered whole), with the response's status and content headers. Dispose it to release the
/// connection. <see cref="ToString"/> shows the status and length only, never the address.
/// </summary>
public sealed class ApsResponseStream : Stream
{
    private readonly HttpResponseMessage _response;
    private readonly Stream _body;
    private bool _disposed;

    internal ApsResponseStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _body = body;
        StatusCode = (int)response.StatusCode;
        var content = response.Content?.Headers;
        ContentLength = content?.ContentLength;
        ContentType = content?.ContentType?.ToString();
        ContentRange = content?.ContentRange;
        ContentDisposition = content?.ContentDisposition?.ToString();
        LastModified = content?.LastModified;
        ETag = response.Headers.ETag?.ToString();
    }

    /// <summary>Gets the HTTP status: 200 (whole file), 206 (a range) or 304 (not modified, empty).</summary>
    public int StatusCode { get; }

    /// <summary>Gets a value indicating whether the file did not change (304); the stream is then empty.</summary>
    public bool IsNotModified => StatusCode == 304;

    /// <summary>Gets a value indicating whether only a range was returned (206); see <see cref="ContentRange"/>.</summary>
    public bool IsPartialContent => StatusCode == 206;

    /// <summary>Gets the number of bytes the body holds, when the response said.</summary>
    public long? ContentLength { get; }

    /// <summary>Gets the Content-Type of the body.</summary>
    public string? ContentType { get; }

    /// <summary>Gets the range the body covers (206).</summary>
    public ContentRangeHeaderValue? ContentRange { get; }

    /// <summary>Gets the Content-Disposition of the body.</summary>
    public string? ContentDisposition { get; }

    /// <summary>Gets the entity tag of the object.</summary>
    public string? ETag { get; }

    /// <summary>Gets when the object was last modified.</summary>
    public DateTimeOffset? LastModified { get; }

    /// <inheritdoc />
    public override bool CanRead => !_disposed;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException("A download stream cannot seek; see ContentLength.");

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException("A download stream cannot seek.");
        set => throw new NotSupportedException("A download stream cannot seek.");
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => _body.Read(buffer, offset, count);

    /// <inheritdoc />
    public override int Read(Span<byte> buffer) => _body.Read(buffer);

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => _body.ReadAsync(buffer, offset, count, cancellationToken);

#pragma warning disable RS0027 // The optional parameter is Stream's own: this overrides it, it adds no overload.
    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => _body.ReadAsync(buffer, cancellationToken);
#pragma warning restore RS0027

    /// <inheritdoc />
    public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
        => _body.CopyToAsync(destination, bufferSize, cancellationToken);

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A download stream cannot seek.");

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("A download stream is read-only.");

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A download stream is read-only.");

    /// <inheritdoc />
    public override string ToString() => $"ApsResponseStream({StatusCode}, {ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} bytes)";

    /// <inheritdoc />
    /// <remarks>Stream's <c>DisposeAsync</c> calls this: it closes the body and releases the response.</remarks>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _body.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
    }
}
