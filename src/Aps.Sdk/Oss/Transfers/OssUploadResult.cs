using System.Globalization;

namespace Aps.Sdk.Oss;

/// <summary>The outcome of an upload: the object OSS assembled and what it took.</summary>
public sealed class OssUploadResult
{
    /// <summary>Gets the object, as OSS described it after completing the upload.</summary>
    public required OssObjectDetails ObjectDetails { get; init; }

    /// <summary>Gets the upload session id.</summary>
    public required string UploadKey { get; init; }

    /// <summary>Gets the object size in bytes.</summary>
    public required long Bytes { get; init; }

    /// <summary>Gets the number of parts of the object.</summary>
    public required int PartCount { get; init; }

    /// <summary>Gets the part size used, in bytes.</summary>
    public required int PartSize { get; init; }

    /// <summary>Gets how many parts were already stored by an earlier session (0 unless resumed).</summary>
    public int PartsResumed { get; init; }

    /// <summary>Gets the time the call took, from its start to the completion.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Describes the result.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"OssUploadResult({ObjectDetails.ObjectKey}, {Bytes} bytes in {PartCount} part(s), {PartsResumed} resumed, {Elapsed.TotalSeconds:0.###} s)");
}
