using System.Net;

namespace Aps.Sdk;

/// <summary>
/// An APS call failed: the service answered with an error (any of the error shapes APS uses is parsed into
/// <see cref="ErrorCode"/> and <see cref="Detail"/>), returned a body that could not be read, or could not be
/// reached after the configured retries. Messages never contain tokens, secrets, signed-URL queries or
/// <c>signedresources</c> hashes.
/// </summary>
public class ApsException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public ApsException()
        : this("The APS call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ApsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ApsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception from the parts of a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">What the response said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ApsException(string message, ApsErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        StatusCode = details.StatusCode;
        ErrorCode = details.ErrorCode;
        Detail = details.Detail;
        RequestId = details.RequestId;
        Method = details.Method;
        RequestUri = details.RequestUri;
        RawBody = details.RawBody;
        Errors = details.Errors;
        Warnings = details.Warnings;
        Headers = details.Headers;
    }

    /// <summary>Gets the HTTP status code, or 0 when no response was received.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the HTTP status as an enum (0 when no response was received).</summary>
    public HttpStatusCode Status => (HttpStatusCode)StatusCode;

    /// <summary>Gets the machine-readable error code APS sent (for example <c>FOLDER_NOT_FOUND</c> or <c>invalid_grant</c>).</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets the human-readable detail APS sent.</summary>
    public string? Detail { get; }

    /// <summary>Gets the troubleshooting or request id APS returned (quote it to Autodesk support).</summary>
    public string? RequestId { get; }

    /// <summary>Gets the HTTP method of the failed call.</summary>
    public string? Method { get; }

    /// <summary>Gets the address of the failed call, without its query and with signed paths masked.</summary>
    public string? RequestUri { get; }

    /// <summary>Gets the start of the raw response body (at most 4 KiB, with secrets masked).</summary>
    public string? RawBody { get; }

    /// <summary>Gets every error the body listed (JSON:API <c>errors[]</c> and similar).</summary>
    public IReadOnlyList<ApsError> Errors { get; } = [];

    /// <summary>Gets the warnings the body carried (Data Management <c>meta.warnings</c>).</summary>
    public IReadOnlyList<ApsWarning> Warnings { get; } = [];

    /// <summary>Gets the response headers (cookies and authentication headers removed).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; } = new Dictionary<string, string>();

    internal static string Describe(ApsErrorDetails details, string? prefix = null)
    {
        var status = details.StatusCode == 0 ? "no response" : $"{details.StatusCode} {ReasonOf(details.StatusCode)}";
        var text = $"{prefix ?? "APS call failed"}: {details.Method} {details.RequestUri} answered {status}";
        if (!string.IsNullOrEmpty(details.ErrorCode))
        {
            text += $" [{details.ErrorCode}]";
        }

        if (!string.IsNullOrEmpty(details.Detail))
        {
            text += ": " + details.Detail;
        }

        if (!string.IsNullOrEmpty(details.RequestId))
        {
            text += $" (request id {details.RequestId})";
        }

        return text;
    }

    private static string ReasonOf(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        422 => "Unprocessable Entity",
        423 => "Locked",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => ((HttpStatusCode)status).ToString(),
    };
}
