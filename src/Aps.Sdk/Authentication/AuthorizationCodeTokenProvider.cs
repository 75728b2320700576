namespace Aps.Sdk.Authentication;

/// <summary>
/// A signed-in user's 3-legged tokens, kept in an <see cref="IApsTokenStore"/> under the user's session key.
/// Refresh tokens are single use and rotate, so a refresh is single flight in this process, and across processes
/// it is guarded by a lease taken with the store's compare-and-swap: only the lease holder spends the refresh
/// token, and the new pair is saved to the store before anyone uses it. A dead refresh token raises
/// <see cref="ApsAuthenticationException"/> with <see cref="ApsAuthenticationException.RequiresSignIn"/>.
/// </summary>
public sealed class AuthorizationCodeTokenProvider : IApsTokenProvider, IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly AuthenticationClient _authentication;
    private readonly IApsTokenStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeSpan _leaseDuration;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _instanceId = Guid.NewGuid().ToString("N");
    private volatile ApsAccessToken? _current;
    private volatile string? _rejectedAccessToken;

    /// <summary>Creates the provider for one session.</summary>
    /// <param name="authentication">The client that exchanges and refreshes tokens.</param>
    /// <param name="store">Where the token pair lives.</param>
    /// <param name="sessionKey">The user's session key in the store.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="refreshMargin">How long before expiry the access token is refreshed; 5 minutes by default.</param>
    /// <param name="leaseDuration">
    /// How long a refresh lease holds before another process may take over; 2 minutes by default. The refresh call
    /// itself is given at most three quarters of it, so a lease never runs out while its holder's refresh is in flight.
    /// </param>
    public AuthorizationCodeTokenProvider(
        AuthenticationClient authentication,
        IApsTokenStore store,
        string sessionKey,
        TimeProvider? timeProvider = null,
        TimeSpan? refreshMargin = null,
        TimeSpan? leaseDuration = null)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionKey);
        _authentication = authentication;
        _store = store;
        SessionKey = sessionKey;
        _time = timeProvider ?? TimeProvider.System;
        _refreshMargin = refreshMargin ?? TimeSpan.FromMinutes(5);
        _leaseDuration = leaseDuration ?? TimeSpan.FromMinutes(2);
        if (_refreshMargin < TimeSpan.Zero || _leaseDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(refreshMargin), "The refresh margin must not be negative and the lease must be positive.");
        }
    }

    /// <summary>Gets the session key.</summary>
    public string SessionKey { get; }

    /// <summary>Completes the sign-in: exchanges the code and saves the pair under <see cref="SessionKey"/>.</summary>
    /// <param name="code">The authorization code from the callback.</param>
    /// <param name="redirectUri">The redirect URI the authorize URL used.</param>
    /// <param name="codeVerifier">The PKCE verifier, when a challenge was sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored pair.</returns>
    public async Task<ApsStoredToken> SignInAsync(string code, Uri redirectUri, string? codeVerifier = null, CancellationToken cancellationToken = default)
    {
        ApsTokenResponse response;
        try
        {
            response = await _authentication.GetThreeLeggedTokenAsync(code, redirectUri, codeVerifier, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Core.Diagnostics.ApsTelemetry.TokenFetched("authorization_code", ex);
            throw;
        }

        Core.Diagnostics.ApsTelemetry.TokenFetched("authorization_code", null);
        var entry = ApsStoredToken.FromResponse(response, _time.GetUtcNow());
        while (true)
        {
            var existing = await _store.GetAsync(SessionKey, cancellationToken).ConfigureAwait(false);
            if (await _store.TryReplaceAsync(SessionKey, existing?.Version ?? -1, entry, cancellationToken).ConfigureAwait(false))
            {
                _current = null;
                _rejectedAccessToken = null;
                return (await _store.GetAsync(SessionKey, cancellationToken).ConfigureAwait(false)) ?? entry;
            }
        }
    }

    /// <summary>Signs out: revokes the refresh token (best effort) and removes the pair from the store.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when signed out.</returns>
    public async Task SignOutAsync(CancellationToken cancellationToken = default)
    {
        var entry = await _store.GetAsync(SessionKey, cancellationToken).ConfigureAwait(false);
        _current = null;
        await _store.RemoveAsync(SessionKey, cancellationToken).ConfigureAwait(false);
        if (entry is not null)
        {
            try
            {
                await _authentication.RevokeTokenAsync(entry.RefreshToken, ApsTokenTypeHint.RefreshToken, cancellationToken).ConfigureAwait(false);
            }
            catch (ApsException)
            {
                // The session is gone locally either way; a failed revoke only leaves the token to expire.
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && !current.IsExpiring(_time.GetUtcNow(), _refreshMargin))
        {
            return new ValueTask<ApsAccessToken>(current);
        }

        return new ValueTask<ApsAccessToken>(GetSlowAsync(cancellationToken));
    }

    /// <inheritdoc />
    public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        _rejectedAccessToken = token.Value;
        if (ReferenceEquals(_current, token))
        {
            _current = null;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<ApsAccessToken> GetSlowAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var waitedSince = _time.GetTimestamp();
            while (true)
            {
                var entry = await _store.GetAsync(SessionKey, cancellationToken).ConfigureAwait(false)
                    ?? throw new ApsAuthenticationException($"No 3-legged token is stored for this session; the user must sign in.", requiresSignIn: true, innerException: null);
                var now = _time.GetUtcNow();
                var usable = entry.AccessToken != _rejectedAccessToken && now + _refreshMargin < entry.ExpiresOn;
                if (usable)
                {
                    return Remember(entry);
                }

                if (entry.RefreshLeaseOwner is { } owner && owner != _instanceId && entry.RefreshLeaseUntil > now)
                {
                    // Another process is spending the refresh token: wait for its new pair.
                    if (_time.GetElapsedTime(waitedSince) > _leaseDuration + _leaseDuration)
                    {
                        throw new ApsAuthenticationException("Timed out waiting for another process to refresh this session's token.");
                    }

                    await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var leased = entry with { RefreshLeaseOwner = _instanceId, RefreshLeaseUntil = now + _leaseDuration };
                if (!await _store.TryReplaceAsync(SessionKey, entry.Version, leased, cancellationToken).ConfigureAwait(false))
                {
                    continue; // someone changed the entry first: read it again
                }

                return await RefreshUnderLeaseAsync(entry, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ApsAccessToken> RefreshUnderLeaseAsync(ApsStoredToken entry, CancellationToken cancellationToken)
    {
        var leasedVersion = entry.Version + 1;
        ApsTokenResponse response;
        // Not tied to the caller's cancellation (once sent, the old refresh token may be spent and the new pair must be
        // saved), but bounded to three quarters of the lease so the lease cannot expire while the refresh is in flight.
        using var bound = new CancellationTokenSource(TimeSpan.FromTicks(_leaseDuration.Ticks * 3 / 4), _time);
        try
        {
            response = await _authentication.RefreshTokenAsync(entry.RefreshToken, null, bound.Token).ConfigureAwait(false);
            Core.Diagnostics.ApsTelemetry.TokenFetched("refresh_token", null);
        }
        catch (Exception ex) when (CountFailedRefresh(ex))
        {
            throw;
        }
        catch (ApsAuthenticationException ex) when (ex.RequiresSignIn)
        {
            _current = null;
            await _store.RemoveAsync(SessionKey, CancellationToken.None).ConfigureAwait(false);
            throw new ApsAuthenticationException("The refresh token is no longer valid (expired, revoked or already used); the user must sign in again.", requiresSignIn: true, ex);
        }
        catch
        {
            // Release the lease so the next caller can try again.
            await _store.TryReplaceAsync(SessionKey, leasedVersion, entry with { RefreshLeaseOwner = null, RefreshLeaseUntil = null }, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var refreshed = ApsStoredToken.FromResponse(response, _time.GetUtcNow());
        if (!await _store.TryReplaceAsync(SessionKey, leasedVersion, refreshed, CancellationToken.None).ConfigureAwait(false))
        {
            throw new ApsAuthenticationException("The refreshed token pair could not be saved (the refresh lease was taken over); the user must sign in again.", requiresSignIn: true, innerException: null);
        }

        _rejectedAccessToken = null;
        return Remember(refreshed);
    }

    /// <summary>Counts a failed refresh; never handles the exception.</summary>
    private static bool CountFailedRefresh(Exception ex)
    {
        Core.Diagnostics.ApsTelemetry.TokenFetched("refresh_token", ex);
        return false;
    }

    private ApsAccessToken Remember(ApsStoredToken entry)
    {
        var current = _current;
        if (current is not null && current.Value == entry.AccessToken)
        {
            return current;
        }

        var token = new ApsAccessToken(entry.AccessToken, entry.ExpiresOn, string.IsNullOrWhiteSpace(entry.Scope) ? null : ApsScopes.Create(entry.Scope));
        _current = token;
        return token;
    }
}
