using System.Globalization;

namespace Aps.Sdk.Oss;

/// <summary>The outcome of a download: what was written and whether it was verified.</summary>
public sealed class OssDownloadResult
{
    /// <summary>Gets a value indicating whether the object had not changed (<see cref="ApsRequestOptions.IfNoneMatch"/> or <see cref="ApsRequestOptions.IfModifiedSince"/>): nothing was downloaded and the destination was not touched.</summary>
    public bool IsNotModified { get; init; }

    /// <summary>Gets the bytes written (the object size).</summary>
    public long Bytes { get; init; }

    /// <summary>Gets the number of ranged requests the object was split into.</summary>
    public int PartCount { get; init; }

    /// <summary>Gets how OSS served the object: complete, chunked or fallback.</summary>
    public OssDownloadStatus Status { get; init; }

    /// <summary>Gets the SHA-1 OSS reported, or <see langword="null"/> when it reported none.</summary>
    public string? Sha1 { get; init; }

    /// <summary>Gets a value indicating whether the bytes written were checked against <see cref="Sha1"/> (a mismatch throws instead).</summary>
    public bool Sha1Verified { get; init; }

    /// <summary>Gets the time spent computing the SHA-1 (a file is re-read after it is written; a stream is hashed as it is written).</summary>
    public TimeSpan HashingTime { get; init; }

    /// <summary>Gets the time the call took, hashing included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Describes the result.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => IsNotModified
            ? "OssDownloadResult(not modified)"
            : string.Create(CultureInfo.InvariantCulture, $"OssDownloadResult({Status}, {Bytes} bytes in {PartCount} part(s), SHA-1 {(Sha1Verified ? "verified" : "not verified")}, {Elapsed.TotalSeconds:0.###} s)");
}
