
namespace Aps.Sdk;

/// <summary>
/// Authentication failed: APS rejected the credentials or the token (401, or an OAuth error from the token
/// endpoint), no credentials are configured, or a 3-legged refresh token is no longer valid and the user must sign
/// in again (<see cref="RequiresSignIn"/>).
/// </summary>
public sealed class ApsAuthenticationException : ApsException
{
    /// <summary>Creates the exception.</summary>
    public ApsAuthenticationException()
        : base("APS authentication failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ApsAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ApsAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="requiresSignIn">Whether the user must sign in again.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ApsAuthenticationException(string message, bool requiresSignIn, Exception? innerException)
        : base(message, innerException)
    {
        RequiresSignIn = requiresSignIn;
    }

    /// <summary>Creates the exception from a response.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">What the response said.</param>
    /// <param name="requiresSignIn">Whether the user must sign in again.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ApsAuthenticationException(string message, ApsErrorDetails details, bool requiresSignIn, Exception? innerException)
        : base(message, details, innerException)
    {
        RequiresSignIn = requiresSignIn;
    }

    /// <summary>
    /// Gets a value indicating whether the 3-legged session is over (the refresh token expired, was revoked or was
    /// already used) and the user must sign in again.
    /// </summary>
    public bool RequiresSignIn { get; }
}
