using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// The state of an upload in progress, enough to resume it with
/// <see cref="OssTransferManager.ResumeUploadAsync(OssUploadCheckpoint, string, OssUploadOptions?, CancellationToken)"/>:
/// the session, the part size, the parts already stored with their eTags and a fingerprint of the source. It holds no
/// signed URL and no credential; save it with <see cref="ToJson"/> and read it back with <see cref="FromJson"/>.
/// OSS discards a session's parts after <see cref="UploadExpiration"/> (typically 24 hours).
/// </summary>
public sealed class OssUploadCheckpoint
{
    /// <summary>The format version <see cref="ToJson"/> writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Gets the format version.</summary>
    [JsonPropertyName("version")]
    public int Version { get; init; } = CurrentVersion;

    /// <summary>Gets the bucket.</summary>
    [JsonPropertyName("bucketKey")]
    public required string BucketKey { get; init; }

    /// <summary>Gets the object.</summary>
    [JsonPropertyName("objectKey")]
    public required string ObjectKey { get; init; }

    /// <summary>Gets the upload session id OSS returned.</summary>
    [JsonPropertyName("uploadKey")]
    public required string UploadKey { get; init; }

    /// <summary>Gets the part size in bytes; a resumed upload keeps it.</summary>
    [JsonPropertyName("partSize")]
    public required int PartSize { get; init; }

    /// <summary>Gets the object size, or <see langword="null"/> while unknown (a non-seekable stream not read to its end yet).</summary>
    [JsonPropertyName("totalSize")]
    public long? TotalSize { get; init; }

    /// <summary>Gets the number of parts, or <see langword="null"/> while unknown.</summary>
    [JsonPropertyName("partCount")]
    public int? PartCount { get; init; }

    /// <summary>Gets the deadline OSS gave to complete the session, when it gave one.</summary>
    [JsonPropertyName("uploadExpiration")]
    public DateTimeOffset? UploadExpiration { get; init; }

    /// <summary>Gets the fingerprint of the source the parts were read from; resuming with another source is refused.</summary>
    [JsonPropertyName("source")]
    public required OssUploadSourceFingerprint Source { get; init; }

    /// <summary>Gets the parts already stored, in part order.</summary>
    [JsonPropertyName("parts")]
    public IReadOnlyList<OssUploadedPart> CompletedParts { get; init => field = value ?? []; } = [];

    /// <summary>Gets the bytes of the parts already stored.</summary>
    [JsonIgnore]
    public long BytesCompleted => CompletedParts.Sum(p => p.Size);

    /// <summary>Reads a checkpoint written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="ArgumentException">The text is not a checkpoint of a version this SDK reads, or it is inconsistent.</exception>
    public static OssUploadCheckpoint FromJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        OssUploadCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize(json, OssTransferJsonContext.Default.OssUploadCheckpoint);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The text is not an upload checkpoint: {ex.Message}", nameof(json), ex);
        }

        if (checkpoint is null)
        {
            throw new ArgumentException("The text is not an upload checkpoint (JSON null).", nameof(json));
        }

        checkpoint.Validate(nameof(json));
        return checkpoint;
    }

    /// <summary>Writes the checkpoint as JSON (no URL, no credential).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, OssTransferJsonContext.Default.OssUploadCheckpoint);

    /// <summary>Describes the checkpoint.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"OssUploadCheckpoint({BucketKey}/{ObjectKey}, {CompletedParts.Count}/{PartCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} parts, {BytesCompleted}/{TotalSize?.ToString(CultureInfo.InvariantCulture) ?? "?"} bytes)");

    /// <summary>Checks that the checkpoint is one this SDK can resume.</summary>
    internal void Validate(string parameterName)
    {
        if (Version != CurrentVersion)
        {
            throw new ArgumentException($"The checkpoint has format version {Version}; this SDK reads version {CurrentVersion}.", parameterName);
        }

        OssClient.ValidateBucketKey(BucketKey, parameterName);
        OssClient.ValidateObjectKey(ObjectKey, parameterName);
        if (string.IsNullOrWhiteSpace(UploadKey))
        {
            throw new ArgumentException("The checkpoint has no upload key.", parameterName);
        }

        if (Source is null)
        {
            throw new ArgumentException("The checkpoint has no source fingerprint.", parameterName);
        }

        if (PartSize <= 0 || PartSize > Array.MaxLength)
        {
            throw new ArgumentException($"The checkpoint's part size {PartSize} is invalid.", parameterName);
        }

        if (TotalSize is < 0 || PartCount is < 1 or > OssTransferLimits.MaxParts)
        {
            throw new ArgumentException("The checkpoint's size or part count is invalid.", parameterName);
        }

        if (TotalSize is { } total && PartCount is { } count && OssTransferLimits.PartCount(total, PartSize) != count)
        {
            throw new ArgumentException($"The checkpoint's part count {count} does not match {total} bytes in parts of {PartSize}.", parameterName);
        }

        var previous = 0;
        foreach (var part in CompletedParts)
        {
            if (part is null || part.PartNumber <= previous || part.PartNumber > (PartCount ?? OssTransferLimits.MaxParts) || string.IsNullOrEmpty(part.ETag)
                || part.Size < 0 || part.Size > PartSize)
            {
                throw new ArgumentException("The checkpoint's parts must be in increasing part order, within the part count, with an eTag and a size of at most the part size.", parameterName);
            }

            if (TotalSize is { } size && part.Size != OssTransferLimits.PartLength(size, PartSize, part.PartNumber))
            {
                throw new ArgumentException($"Part {part.PartNumber} of the checkpoint has {part.Size} bytes where the plan has {OssTransferLimits.PartLength(size, PartSize, part.PartNumber)}.", parameterName);
            }

            previous = part.PartNumber;
        }
    }
}

/// <summary>A part S3 stored: its number and the eTag it answered.</summary>
public sealed class OssUploadedPart
{
    /// <summary>Gets the 1-based part number.</summary>
    [JsonPropertyName("partNumber")]
    public required int PartNumber { get; init; }

    /// <summary>Gets the eTag S3 returned for the part, as it returned it.</summary>
    [JsonPropertyName("eTag")]
    public required string ETag { get; init; }

    /// <summary>Gets the part size in bytes.</summary>
    [JsonPropertyName("size")]
    public required long Size { get; init; }

    /// <summary>Describes the part.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Part {PartNumber} ({Size} bytes, eTag {ETag})");
}

/// <summary>
/// What identifies the source of an upload, compared before a resume sends anything: for a file its length, last write
/// time and a SHA-256 of its first and last MiB; for a stream its length, the <see cref="OssUploadOptions.SourceId"/>
/// given and, when seekable, the same SHA-256 sample.
/// </summary>
public sealed class OssUploadSourceFingerprint
{
    /// <summary>Gets the source length in bytes, or <see langword="null"/> when unknown (a non-seekable stream).</summary>
    [JsonPropertyName("length")]
    public long? Length { get; init; }

    /// <summary>Gets the last write time (UTC) of a file source.</summary>
    [JsonPropertyName("lastWriteTimeUtc")]
    public DateTime? LastWriteTimeUtc { get; init; }

    /// <summary>Gets the SHA-256 (hexadecimal) of the source's first and last MiB and its length, for files and seekable streams.</summary>
    [JsonPropertyName("sampleSha256")]
    public string? SampleSha256 { get; init; }

    /// <summary>Gets the caller's identity of a stream source (<see cref="OssUploadOptions.SourceId"/>).</summary>
    [JsonPropertyName("sourceId")]
    public string? SourceId { get; init; }

    /// <summary>Describes the fingerprint.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"Source({Length?.ToString(CultureInfo.InvariantCulture) ?? "?"} bytes{(LastWriteTimeUtc is { } t ? ", written " + t.ToString("O", CultureInfo.InvariantCulture) : string.Empty)}{(SourceId is null ? string.Empty : ", id " + SourceId)})");
}
