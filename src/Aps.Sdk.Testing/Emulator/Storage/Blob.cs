using System.Security.Cryptography;

namespace Aps.Sdk.Testing.Emulator.Storage;

/// <summary>
/// Immutable content: an ordered list of segments (never one contiguous array, so a 1 GiB object is fine), its size,
/// its SHA-1 (what OSS reports) and its S3-style entity tag. Copies share segments.
/// </summary>
internal sealed class Blob
{
    private readonly string? _sha1;

    public Blob(IReadOnlyList<BlobSegment> segments, long length, string? sha1, string eTag)
    {
        Segments = segments;
        Length = length;
        _sha1 = sha1;
        ETag = eTag;
    }

    public IReadOnlyList<BlobSegment> Segments { get; }

    public long Length { get; }

    /// <summary>
    /// Gets the SHA-1 of the content, 40 lower-case hexadecimal characters. Only S3 parts go without one (until
    /// their upload completes); stored objects always have it.
    /// </summary>
    public string Sha1 => _sha1 ?? throw new InvalidOperationException("The SHA-1 of an S3 part is computed when the upload completes.");

    public bool HasSha1 => _sha1 is not null;

    /// <summary>Gets the entity tag S3 would give the object (MD5 hex, or MD5 of the part MD5s and "-N" for multipart), unquoted.</summary>
    public string ETag { get; }

    /// <summary>Writes bytes <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="count"/> - 1.</summary>
    public async Task CopyRangeToAsync(Stream destination, long offset, long count, CancellationToken cancellationToken)
    {
        foreach (var segment in Segments)
        {
            if (count <= 0)
            {
                return;
            }

            if (offset >= segment.Length)
            {
                offset -= segment.Length;
                continue;
            }

            var take = Math.Min(segment.Length - offset, count);
            await segment.CopyToAsync(destination, offset, take, cancellationToken).ConfigureAwait(false);
            count -= take;
            offset = 0;
        }
    }

    /// <summary>Copies all of the content into one array (for test assertions on small objects).</summary>
    public async Task<byte[]> ToArrayAsync(CancellationToken cancellationToken)
    {
        if (Length > Array.MaxLength)
        {
            throw new InvalidOperationException($"The object is too large ({Length} bytes) to read into one array.");
        }

        var stream = new MemoryStream((int)Length);
        await CopyRangeToAsync(stream, 0, Length, cancellationToken).ConfigureAwait(false);
        return stream.GetBuffer().Length == Length ? stream.GetBuffer() : stream.ToArray();
    }

    /// <summary>Builds a blob from parts: computes the SHA-1 over all of them and the multipart entity tag.</summary>
    public static async Task<Blob> AssembleAsync(IReadOnlyList<StoredPart> parts, CancellationToken cancellationToken)
    {
        if (parts.Count == 1 && parts[0].Content.HasSha1)
        {
            return parts[0].Content;
        }

        var segments = new List<BlobSegment>();
        long length = 0;
#pragma warning disable CA5350, CA5351 // OSS reports SHA-1 and S3 entity tags are MD5: interoperability, not security.
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        using var md5OfMd5s = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5350, CA5351
        foreach (var part in parts)
        {
            segments.AddRange(part.Content.Segments);
            length += part.Content.Length;
            md5OfMd5s.AppendData(Convert.FromHexString(part.Content.ETag));
            foreach (var segment in part.Content.Segments)
            {
                await segment.ReadAllAsync(chunk => sha1.AppendData(chunk.Span), cancellationToken).ConfigureAwait(false);
            }
        }

        // One part keeps its own MD5 as entity tag; several get S3's multipart form.
        var eTag = parts.Count == 1 ? parts[0].Content.ETag : Hex.Lower(md5OfMd5s.GetHashAndReset()) + "-" + parts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Blob(segments, length, Hex.Lower(sha1.GetHashAndReset()), eTag);
    }
}

/// <summary>One uploaded part of a multipart upload.</summary>
internal sealed record StoredPart(int PartNumber, Blob Content);
