
namespace Aps.Sdk.Authentication;

/// <summary>
/// 2-legged tokens (client credentials) cached per scope set: a cached lookup allocates nothing; a token is
/// refreshed ahead of expiry in the background while the current one is still served; concurrent callers share one
/// fetch (single flight); a failed fetch is never cached. 429 answers are retried by the pipeline, honouring
/// <c>Retry-After</c>.
/// </summary>
/// <remarks>
/// With a shared <see cref="IApsTokenCache"/> (for example <see cref="ApsDistributedTokenCache"/> over Redis), an
/// in-memory miss first asks the shared cache under <c>cc:{clientId}:{sha256hex(scopes)}</c>, so the instances of an
/// app share one token per scope set; every fetched token is written there, and a token rejected with 401 is removed
/// from it. See <see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/gettoken-POST/">POST token</see>.
/// </remarks>
public sealed class ClientCredentialsTokenProvider : IApsTokenProvider
{
    private const string GrantType = "client_credentials";

    private readonly ScopedTokenCache _cache;
    private readonly AuthenticationClient _authentication;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;

    /// <summary>Creates the provider.</summary>
    /// <param name="authentication">The client that fetches tokens.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="refreshMargin">How long before expiry a token is refreshed; 5 minutes by default.</param>
    /// <param name="sharedCache">
    /// A cache shared with the app's other instances, asked on an in-memory miss before a token is fetched;
    /// <see langword="null"/> (the default) for none. Needs the client id in the authentication client's options.
    /// </param>
    /// <exception cref="ArgumentException">A shared cache is given but the authentication client has no client id.</exception>
    public ClientCredentialsTokenProvider(AuthenticationClient authentication, TimeProvider? timeProvider = null, TimeSpan? refreshMargin = null, IApsTokenCache? sharedCache = null)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        _authentication = authentication;
        _time = timeProvider ?? TimeProvider.System;
        _refreshMargin = refreshMargin ?? TimeSpan.FromMinutes(5);
        if (_refreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(refreshMargin), "The refresh margin must not be negative.");
        }

        var keyPrefix = string.Empty;
        if (sharedCache is not null)
        {
            var clientId = authentication.OptionsOrNull?.ClientId;
            if (string.IsNullOrWhiteSpace(clientId))
            {
                throw new ArgumentException("The authentication client has no ClientId: the shared token cache keys its entries by client id.", nameof(authentication));
            }

            keyPrefix = "cc:" + clientId + ":";
        }

        _cache = new ScopedTokenCache(RequestAsync, _time, _refreshMargin, sharedCache, keyPrefix, GrantType);
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
        return _cache.InvalidateAsync(token, cancellationToken);
    }

    /// <summary>Gets the key this provider uses in the shared cache for <paramref name="scopes"/> (tests, diagnostics).</summary>
    internal string SharedKeyOf(ApsScopes scopes) => _cache.SharedKeyOf(scopes);

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
            Core.Diagnostics.ApsTelemetry.TokenFetched(GrantType, ex);
            throw;
        }

        Core.Diagnostics.ApsTelemetry.TokenFetched(GrantType, null);
        return response.ToAccessToken(_time.GetUtcNow(), scopes);
    }
}
