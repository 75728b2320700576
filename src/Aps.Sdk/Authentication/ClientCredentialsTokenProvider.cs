
namespace Aps.Sdk.Authentication;

/// <summary>
/// 2-legged tokens (client credentials) cached per scope set: a cached lookup allocates nothing; a token is
/// refreshed ahead of expiry in the background while the current one is still served; concurrent callers share one
/// fetch (single flight); a failed fetch is never cached. 429 answers are retried by the pipeline, honouring
/// <c>Retry-After</c>.
/// </summary>
public sealed class ClientCredentialsTokenProvider : IApsTokenProvider
{
    private readonly ScopedTokenCache _cache;
    private readonly AuthenticationClient _authentication;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;

    /// <summary>Creates the provider.</summary>
    /// <param name="authentication">The client that fetches tokens.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="refreshMargin">How long before expiry a token is refreshed; 5 minutes by default.</param>
    public ClientCredentialsTokenProvider(AuthenticationClient authentication, TimeProvider? timeProvider = null, TimeSpan? refreshMargin = null)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        _authentication = authentication;
        _time = timeProvider ?? TimeProvider.System;
        _refreshMargin = refreshMargin ?? TimeSpan.FromMinutes(5);
        if (_refreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(refreshMargin), "The refresh margin must not be negative.");
        }

        _cache = new ScopedTokenCache(RequestAsync, _time, _refreshMargin);
    }

    /// <inheritdoc />
    public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        return _cache.GetTokenAsync(scopes, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        _cache.Invalidate(token);
        return ValueTask.CompletedTask;
    }

    private async Task<ApsAccessToken> RequestAsync(ApsScopes scopes)
    {
        // The shared fetch is not tied to the first caller's cancellation: other callers wait on it too.
        ApsTokenResponse response;
        try
        {
            response = await _authentication.GetTwoLeggedTokenAsync(scopes, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Core.Diagnostics.ApsTelemetry.TokenFetched("client_credentials", ex);
            throw;
        }

        Core.Diagnostics.ApsTelemetry.TokenFetched("client_credentials", null);
        return response.ToAccessToken(_time.GetUtcNow(), scopes);
    }
}
