using Aps.Sdk.Authentication;

namespace Aps.Sdk.Core.Pipeline;

/// <summary>
/// What the handlers need to know about a request: carried by the SDK's own requests (<see cref="ApsHttpRequestMessage"/>),
/// or in <see cref="HttpRequestMessage.Options"/> of a request the application built.
/// </summary>
internal sealed class ApsRequestContext
{
    public static readonly HttpRequestOptionsKey<ApsRequestContext> Key = new("Aps.Sdk.RequestContext");

    /// <summary>Gets the operation, or null for raw <c>SendAsync</c> calls.</summary>
    public OperationSpec? Spec { get; init; }

    /// <summary>Gets the partition of the circuit breaker and rate limiter.</summary>
    public required string Area { get; init; }

    /// <summary>Gets the operation name for spans and logs.</summary>
    public required string OperationName { get; init; }

    /// <summary>Gets the scopes of the bearer token; null sends none.</summary>
    public ApsScopes? Scopes { get; init; }

    /// <summary>Gets the token provider of this call.</summary>
    public IApsTokenProvider? TokenProvider { get; init; }

    /// <summary>Gets a value indicating whether the operation may be replayed.</summary>
    public bool Idempotent { get; init; }

    /// <summary>Gets or sets a value indicating whether the body can be sent again (false for a non-seekable stream).</summary>
    public bool BodyReplayable { get; set; } = true;

    /// <summary>Gets or sets when the call started (a <see cref="TimeProvider"/> timestamp), set by the diagnostics handler.</summary>
    public long StartTimestamp { get; set; }

    /// <summary>Gets or sets the time budget of the whole call.</summary>
    public TimeSpan Budget { get; set; }

    /// <summary>Gets or sets how many attempts were sent.</summary>
    public int Attempts { get; set; }

    public bool CanReplay => Idempotent && BodyReplayable;

    public static ApsRequestContext? Get(HttpRequestMessage? request)
        => request switch
        {
            null => null,
            ApsHttpRequestMessage aps => aps.Context,
            _ => request.Options.TryGetValue(Key, out var context) ? context : null,
        };

    /// <summary>Attaches the context to a request: a field of the SDK's own requests, an option of any other.</summary>
    public static void Set(HttpRequestMessage request, ApsRequestContext context)
    {
        if (request is ApsHttpRequestMessage aps)
        {
            aps.Context = context;
        }
        else
        {
            request.Options.Set(Key, context);
        }
    }
}

/// <summary>
/// A request the SDK built, carrying its <see cref="ApsRequestContext"/> in a field: the handlers read it several times
/// per call, and <see cref="HttpRequestMessage.Options"/> would cost a dictionary per request and a keyed lookup per read.
/// </summary>
internal sealed class ApsHttpRequestMessage : HttpRequestMessage
{
    public ApsHttpRequestMessage(HttpMethod method, Uri requestUri)
        : base(method, requestUri)
    {
    }

    public ApsRequestContext? Context { get; set; }
}
