using Aps.Sdk.Authentication;

namespace Aps.Sdk.Core.Pipeline;

/// <summary>What the handlers need to know about a request, carried in <see cref="HttpRequestMessage.Options"/>.</summary>
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
        => request is not null && request.Options.TryGetValue(Key, out var context) ? context : null;
}
