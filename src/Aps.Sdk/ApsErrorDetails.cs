namespace Aps.Sdk;

/// <summary>What a failed response said, already parsed and redacted; the parts of an <see cref="ApsException"/>.</summary>
public sealed class ApsErrorDetails
{
    /// <summary>Gets the HTTP status code, or 0 when no response was received.</summary>
    public int StatusCode { get; init; }

    /// <summary>Gets the machine-readable error code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the human-readable detail.</summary>
    public string? Detail { get; init; }

    /// <summary>Gets the troubleshooting or request id header APS returned.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the HTTP method.</summary>
    public string? Method { get; init; }

    /// <summary>Gets the redacted request address (no query).</summary>
    public string? RequestUri { get; init; }

    /// <summary>Gets the start of the raw body, redacted.</summary>
    public string? RawBody { get; init; }

    /// <summary>Gets every error listed in the body.</summary>
    public IReadOnlyList<ApsError> Errors { get; init; } = [];

    /// <summary>Gets the warnings listed in the body.</summary>
    public IReadOnlyList<ApsWarning> Warnings { get; init; } = [];

    /// <summary>Gets the response headers, without cookies or authentication headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
