using System.Security.Cryptography;

namespace Aps.Sdk.Testing.Emulator.Storage;

/// <summary>
/// Turns request bodies into <see cref="Blob"/>s: in memory (1 MiB chunks) or, with a storage directory, one file per
/// body. Computes the SHA-1 and MD5 while reading. Deletes its directory on dispose.
/// </summary>
internal sealed class BlobStore : IDisposable
{
    private const int ChunkSize = 1024 * 1024;
    private readonly string? _directory;

    public BlobStore(string? storageDirectory)
    {
        if (storageDirectory is not null)
        {
            _directory = Path.Combine(storageDirectory, "aps-emulator-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
        }
    }

    public static Blob Empty { get; } = FromBytes(ReadOnlySpan<byte>.Empty);

    /// <summary>Makes a blob of bytes already in memory (copied).</summary>
    public static Blob FromBytes(ReadOnlySpan<byte> data)
    {
        var copy = data.ToArray();
#pragma warning disable CA5350, CA5351 // OSS reports SHA-1 and S3 entity tags are MD5: interoperability, not security.
        var sha1 = Hex.Lower(SHA1.HashData(copy));
        var md5 = Hex.Lower(MD5.HashData(copy));
#pragma warning restore CA5350, CA5351
        return new Blob(copy.Length == 0 ? [] : [new MemoryBlobSegment(copy, copy.Length)], copy.Length, sha1, md5);
    }

    /// <summary>
    /// Reads <paramref name="source"/> to its end into a new blob (<paramref name="expectedLength"/> sizes the
    /// chunks). Without <paramref name="computeSha1"/> (S3 parts, hashed when the upload completes) only the MD5 is
    /// computed.
    /// </summary>
    public async Task<Blob> ReadAsync(Stream source, long? expectedLength, bool computeSha1, CancellationToken cancellationToken)
    {
#pragma warning disable CA5350, CA5351 // OSS reports SHA-1 and S3 entity tags are MD5: interoperability, not security.
        using var sha1 = computeSha1 ? IncrementalHash.CreateHash(HashAlgorithmName.SHA1) : null;
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5350, CA5351
        var segments = new List<BlobSegment>();
        long total = 0;
        if (_directory is null)
        {
            while (true)
            {
                var size = expectedLength is { } expected ? (int)Math.Clamp(expected - total, 1, ChunkSize) : ChunkSize;
                var chunk = new byte[size];
                var filled = await FillAsync(source, chunk, cancellationToken).ConfigureAwait(false);
                if (filled > 0)
                {
                    sha1?.AppendData(chunk, 0, filled);
                    md5.AppendData(chunk, 0, filled);
                    segments.Add(new MemoryBlobSegment(chunk, filled));
                    total += filled;
                }

                if (filled < chunk.Length)
                {
                    break;
                }
            }
        }
        else
        {
            var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".bin");
            var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous, BufferSize = 0 });
            await using (file.ConfigureAwait(false))
            {
                var buffer = new byte[ChunkSize];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    sha1?.AppendData(buffer, 0, read);
                    md5.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    total += read;
                }
            }

            if (total > 0)
            {
                segments.Add(new FileBlobSegment(path, total));
            }
            else
            {
                File.Delete(path);
            }
        }

        return new Blob(segments, total, sha1 is null ? null : Hex.Lower(sha1.GetHashAndReset()), Hex.Lower(md5.GetHashAndReset()));
    }

    public void Dispose()
    {
        if (_directory is not null)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A download still holds a file open: the directory stays in the temp folder.
            }
            catch (UnauthorizedAccessException)
            {
                // Same as above on Windows.
            }
        }
    }

    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await source.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
