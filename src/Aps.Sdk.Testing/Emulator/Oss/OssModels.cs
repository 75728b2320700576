using Aps.Sdk.Testing.Emulator.Storage;

namespace Aps.Sdk.Testing.Emulator.Oss;

internal sealed class OssBucket
{
    public required string Key { get; init; }

    public required string Owner { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    public required string PolicyKey { get; init; }

    public required string Region { get; init; }

    /// <summary>Gets other applications allowed on the bucket (authId, access).</summary>
    public List<(string AuthId, string Access)> Allow { get; } = [];

    /// <summary>Gets the objects, by key in ordinal order (guarded by the store's lock).</summary>
    public SortedDictionary<string, OssObject> Objects { get; } = new(StringComparer.Ordinal);
}

/// <summary>Stored metadata that comes with an upload (<c>x-ads-meta-*</c> headers).</summary>
internal sealed record ObjectMetadata(string? ContentType, string? ContentDisposition, string? ContentEncoding, string? CacheControl, string? UserDefinedMetadata)
{
    public static ObjectMetadata None { get; } = new(null, null, null, null, null);
}

internal sealed class OssObject
{
    public required string BucketKey { get; init; }

    public required string ObjectKey { get; init; }

    public required Blob Content { get; init; }

    public required ObjectMetadata Metadata { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    public required DateTimeOffset LastModifiedDate { get; init; }

    private long _lastAccessedTicks;

    /// <summary>Gets or sets when the object was last read (updated by downloads, read by details; atomic).</summary>
    public DateTimeOffset LastAccessedDate
    {
        get => new(Interlocked.Read(ref _lastAccessedTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _lastAccessedTicks, value.UtcTicks);
    }

    public string ContentType => Metadata.ContentType ?? "application/octet-stream";

    public string ObjectId => "urn:adsk.objects:os.object:" + BucketKey + "/" + ObjectKey;
}

/// <summary>A signed S3 upload in progress: its parts by number (guarded by the store's lock).</summary>
internal sealed class UploadSession
{
    public required string UploadKey { get; init; }

    public required string BucketKey { get; init; }

    public required string ObjectKey { get; init; }

    public required DateTimeOffset ExpiresOn { get; init; }

    public SortedDictionary<int, Blob> Parts { get; } = [];
}

/// <summary>An OSS signed resource (<c>/oss/v2/signedresources/{hash}</c>).</summary>
internal sealed class SignedResource
{
    public required string Hash { get; init; }

    public required string BucketKey { get; init; }

    public required string ObjectKey { get; init; }

    public required bool CanRead { get; init; }

    public required bool CanWrite { get; init; }

    public required DateTimeOffset ExpiresOn { get; init; }

    public required bool SingleUse { get; init; }

    public bool Used { get; set; }

    /// <summary>Gets resumable upload sessions by Session-Id (guarded by the store's lock).</summary>
    public Dictionary<string, ResumableSession> Sessions { get; } = new(StringComparer.Ordinal);
}

/// <summary>Chunks of a resumable signed-resource upload, by start offset.</summary>
internal sealed class ResumableSession
{
    public required long Total { get; init; }

    public SortedDictionary<long, Blob> Chunks { get; } = [];
}
