using System.Collections.Concurrent;

namespace Aps.Sdk.Authentication;

/// <summary>
/// 2-legged tokens (client credentials) cached per scope set: a cached lookup allocates nothing; a token is
/// refreshed ahead of expiry in the background while the current one is still served; concurrent callers share one
/// fetch (single flight); a failed fetch is never cached. 429 answers are retried by the pipeline, honouring
/// <c>Retry-After</c>.
/// </summary>
public sealed class ClientCredentialsTokenProvider : IApsTokenProvider
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
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
    }

    /// <inheritdoc />
    public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (_entries.TryGetValue(scopes.Key, out var entry) && entry.Token is { } token)
        {
            var now = _time.GetUtcNow();
            if (!token.IsExpiring(now, _refreshMargin))
            {
                return new ValueTask<ApsAccessToken>(token);
            }

            if (!token.IsExpiring(now))
            {
                // Still valid: serve it and refresh in the background.
                _ = entry.StartFetch(this, scopes).ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return new ValueTask<ApsAccessToken>(token);
            }
        }

        return FetchAsync(scopes, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        foreach (var entry in _entries.Values)
        {
            entry.Forget(token);
        }

        return ValueTask.CompletedTask;
    }

    private async ValueTask<ApsAccessToken> FetchAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(scopes.Key, static _ => new Entry());
        var token = entry.Token;
        if (token is not null && !token.IsExpiring(_time.GetUtcNow()))
        {
            return token;
        }

        return await entry.StartFetch(this, scopes).WaitAsync(cancellationToken).ConfigureAwait(false);
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

    private sealed class Entry
    {
        private readonly object _gate = new();
        private Task<ApsAccessToken>? _inFlight;

        public ApsAccessToken? Token { get; private set; }

        public Task<ApsAccessToken> StartFetch(ClientCredentialsTokenProvider owner, ApsScopes scopes)
        {
            lock (_gate)
            {
                // A refresh that finished while this caller was on its way has made a fetch unnecessary.
                if (_inFlight is null && Token is { } fresh && !fresh.IsExpiring(owner._time.GetUtcNow(), owner._refreshMargin))
                {
                    return Task.FromResult(fresh);
                }

                return _inFlight ??= RunAsync(owner, scopes);
            }
        }

        public void Forget(ApsAccessToken token)
        {
            lock (_gate)
            {
                if (ReferenceEquals(Token, token))
                {
                    Token = null;
                }
            }
        }

        private async Task<ApsAccessToken> RunAsync(ClientCredentialsTokenProvider owner, ApsScopes scopes)
        {
            await Task.Yield();
            try
            {
                var token = await owner.RequestAsync(scopes).ConfigureAwait(false);
                lock (_gate)
                {
                    Token = token;
                }

                return token;
            }
            finally
            {
                lock (_gate)
                {
                    _inFlight = null;
                }
            }
        }
    }
}
