
namespace Aps.Sdk;

/// <summary>
/// APS answered 429 (or the client-side concurrency limit rejected the call) and the pipeline did not retry, because
/// the retries were spent or <see cref="RetryAfter"/> was longer than the time left to wait.
/// </summary>
public sealed class ApsRateLimitException : ApsException
{
    /// <summary>Creates the exception.</summary>
    public ApsRateLimitException()
        : base("APS rate limit exceeded.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ApsRateLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ApsRateLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a 429 response.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">What the response said.</param>
    /// <param name="retryAfter">How long APS asked to wait, when it said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ApsRateLimitException(string message, ApsErrorDetails details, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, details, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Gets how long APS asked the caller to wait (from <c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
