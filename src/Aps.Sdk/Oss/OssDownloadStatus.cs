using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>Whether an object can be downloaded in one piece (<c>complete</c>) or only by chunks still being assembled.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<OssDownloadStatus>))]
public readonly struct OssDownloadStatus : IEquatable<OssDownloadStatus>, IExtensibleValue<OssDownloadStatus>
{
    private readonly string? _value;

    /// <summary>Creates a status from its wire value.</summary>
    /// <param name="value">The wire value.</param>
    public OssDownloadStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The object is complete: <see cref="OssSignedS3Download.Url"/> downloads all of it.</summary>
    public static OssDownloadStatus Complete { get; } = new("complete");

    /// <summary>The chunks are still being assembled: <see cref="OssSignedS3Download.Urls"/> holds one URL per byte range.</summary>
    public static OssDownloadStatus Chunked { get; } = new("chunked");

    /// <summary>The chunks are still being assembled and a single OSS signed URL was returned instead (<c>public-resource-fallback</c>).</summary>
    public static OssDownloadStatus Fallback { get; } = new("fallback");

    /// <summary>Gets the wire value.</summary>
    public string Value => _value ?? string.Empty;

    static OssDownloadStatus IExtensibleValue<OssDownloadStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OssDownloadStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OssDownloadStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two statuses.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OssDownloadStatus left, OssDownloadStatus right) => left.Equals(right);

    /// <summary>Compares two statuses.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OssDownloadStatus left, OssDownloadStatus right) => !left.Equals(right);
}
