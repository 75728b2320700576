namespace Aps.Sdk.Oss;

/// <summary>
/// The answer to one chunk of a resumable upload through an OSS signed URL: 202 means the chunk was stored and more
/// are expected; 200 means the object is complete.
/// </summary>
public sealed class OssSignedResourceChunkResult
{
    /// <summary>Creates a result (for tests and mocks).</summary>
    /// <param name="statusCode">The HTTP status: 202 while chunks are expected, 200 when the object is complete.</param>
    /// <param name="details">The object, when complete.</param>
    /// <param name="message">OSS's description of the state, when it sent one (the 202 body's <c>result</c>).</param>
    public OssSignedResourceChunkResult(int statusCode, OssObjectDetails? details = null, string? message = null)
    {
        StatusCode = statusCode;
        Details = details;
        Message = message;
    }

    /// <summary>Gets the HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>Gets a value indicating whether the object is complete (anything but 202 Accepted).</summary>
    public bool IsComplete => StatusCode != 202;

    /// <summary>Gets the object, when complete and OSS described it.</summary>
    public OssObjectDetails? Details { get; }

    /// <summary>Gets OSS's description of the state of processing, when sent.</summary>
    public string? Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"OssSignedResourceChunkResult({StatusCode}, {(IsComplete ? "complete" : "more chunks expected")})";
}
