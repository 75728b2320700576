namespace Aps.Sdk.Testing.Emulator.Storage;

/// <summary>An immutable run of bytes: part of an object's content, in memory or in a file.</summary>
internal abstract class BlobSegment
{
    public abstract long Length { get; }

    /// <summary>Writes <paramref name="count"/> bytes from <paramref name="offset"/> of this segment to <paramref name="destination"/>.</summary>
    public abstract Task CopyToAsync(Stream destination, long offset, long count, CancellationToken cancellationToken);

    /// <summary>Feeds the whole segment to <paramref name="sink"/>, chunk by chunk.</summary>
    public abstract Task ReadAllAsync(Action<ReadOnlyMemory<byte>> sink, CancellationToken cancellationToken);
}

internal sealed class MemoryBlobSegment : BlobSegment
{
    private readonly byte[] _data;
    private readonly int _length;

    public MemoryBlobSegment(byte[] data, int length)
    {
        _data = data;
        _length = length;
    }

    public override long Length => _length;

    public ReadOnlyMemory<byte> Memory => _data.AsMemory(0, _length);

    public override Task CopyToAsync(Stream destination, long offset, long count, CancellationToken cancellationToken)
        => destination.WriteAsync(_data.AsMemory((int)offset, (int)count), cancellationToken).AsTask();

    public override Task ReadAllAsync(Action<ReadOnlyMemory<byte>> sink, CancellationToken cancellationToken)
    {
        sink(Memory);
        return Task.CompletedTask;
    }
}

internal sealed class FileBlobSegment : BlobSegment
{
    private const int BufferSize = 128 * 1024;
    private readonly string _path;
    private readonly long _length;

    public FileBlobSegment(string path, long length)
    {
        _path = path;
        _length = length;
    }

    public override long Length => _length;

    public override async Task CopyToAsync(Stream destination, long offset, long count, CancellationToken cancellationToken)
    {
        var file = OpenRead();
        await using (file.ConfigureAwait(false))
        {
            file.Position = offset;
            var buffer = new byte[(int)Math.Min(BufferSize, Math.Max(count, 1))];
            while (count > 0)
            {
                var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new IOException($"The emulator's storage file '{_path}' is shorter than expected.");
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                count -= read;
            }
        }
    }

    public override async Task ReadAllAsync(Action<ReadOnlyMemory<byte>> sink, CancellationToken cancellationToken)
    {
        var file = OpenRead();
        await using (file.ConfigureAwait(false))
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                sink(buffer.AsMemory(0, read));
            }
        }
    }

    private FileStream OpenRead()
        => new(_path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete, Options = FileOptions.Asynchronous | FileOptions.SequentialScan, BufferSize = 0 });
}
