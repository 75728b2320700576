using Aps.Sdk.Authentication;

namespace Aps.Sdk;

/// <summary>
/// Per-call settings every operation accepts. Operations with optional inputs take an options class deriving from
/// this one.
/// </summary>
public class ApsRequestOptions
{
    /// <summary>
    /// Gets or sets the region of this call; it wins over <see cref="ApsOptions.DefaultRegion"/>. An operation
    /// accepts only the regions its API lists (an <see cref="ArgumentException"/> otherwise) and sends it in its own
    /// wire style.
    /// </summary>
    public ApsRegion? Region { get; set; }

    /// <summary>
    /// Gets or sets the user to act as with a 2-legged token. Sent as the header the API family expects (<c>User-Id</c>
    /// for Account Admin, <c>x-user-id</c> elsewhere); operations that cannot act on behalf of a user refuse it.
    /// </summary>
    public string? UserId { get; set; }

    /// <summary>Gets or sets the token provider of this call (for example the signed-in user's 3-legged provider).</summary>
    public IApsTokenProvider? TokenProvider { get; set; }

    /// <summary>Gets or sets a timeout for this call, retries included; it can only shorten the configured one.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Gets or sets an entity tag: the call answers "not modified" when the resource still matches it.</summary>
    public string? IfNoneMatch { get; set; }

    /// <summary>Gets or sets a time: the call answers "not modified" when the resource has not changed since.</summary>
    public DateTimeOffset? IfModifiedSince { get; set; }

    /// <summary>Gets extra headers to send with this call (names and values are validated).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
