using System.Globalization;

namespace Aps.Sdk.Oss;

/// <summary>
/// How far an upload or a download got. Reports of one transfer are monotonic: a part's bytes count once the part is
/// stored, so a retried part is never counted twice.
/// </summary>
public sealed class OssTransferProgress
{
    /// <summary>Gets the bytes stored so far (parts done in an earlier, resumed session included).</summary>
    public required long BytesTransferred { get; init; }

    /// <summary>Gets the size of the object, or <see langword="null"/> while unknown (a non-seekable stream without a declared length).</summary>
    public long? TotalBytes { get; init; }

    /// <summary>Gets the parts stored so far.</summary>
    public required int PartsCompleted { get; init; }

    /// <summary>Gets the number of parts, or <see langword="null"/> while unknown.</summary>
    public int? TotalParts { get; init; }

    /// <summary>Gets the fraction done, 0 to 1, or <see langword="null"/> while the size is unknown.</summary>
    public double? Fraction => TotalBytes switch
    {
        null => null,
        0 => TotalParts is { } parts && parts > 0 ? (double)PartsCompleted / parts : 1d,
        { } total => (double)BytesTransferred / total,
    };

    /// <summary>Describes the progress.</summary>
    /// <returns>For example <c>12582912/41943040 bytes, 3/5 parts</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{BytesTransferred}/{TotalBytes?.ToString(CultureInfo.InvariantCulture) ?? "?"} bytes, {PartsCompleted}/{TotalParts?.ToString(CultureInfo.InvariantCulture) ?? "?"} parts");
}
