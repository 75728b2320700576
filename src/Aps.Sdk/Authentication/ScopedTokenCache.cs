using System.Collections.Concurrent;

namespace Aps.Sdk.Authentication;

/// <summary>
/// The token cache behind the app-only providers (client credentials, service accounts): one entry per scope set; a
/// cached lookup allocates nothing; a token inside the refresh margin is served while one background fetch replaces
/// it; concurrent callers share one fetch (single flight), which no caller's cancellation stops; a failed fetch is
/// never cached.
/// </summary>
internal sealed class ScopedTokenCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Func<ApsScopes, Task<ApsAccessToken>> _request;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;

    /// <param name="request">Fetches a new token; called with no cancellation, since several callers may wait on it.</param>
    /// <param name="time">The clock.</param>
    /// <param name="refreshMargin">How long before expiry a token is refreshed.</param>
    public ScopedTokenCache(Func<ApsScopes, Task<ApsAccessToken>> request, TimeProvider time, TimeSpan refreshMargin)
    {
        _request = request;
        _time = time;
        _refreshMargin = refreshMargin;
    }

    public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
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

    public void Invalidate(ApsAccessToken token)
    {
        foreach (var entry in _entries.Values)
        {
            entry.Forget(token);
        }
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

    private sealed class Entry
    {
        private readonly object _gate = new();
        private Task<ApsAccessToken>? _inFlight;

        public ApsAccessToken? Token { get; private set; }

        public Task<ApsAccessToken> StartFetch(ScopedTokenCache owner, ApsScopes scopes)
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

        private async Task<ApsAccessToken> RunAsync(ScopedTokenCache owner, ApsScopes scopes)
        {
            await Task.Yield();
            try
            {
                var token = await owner._request(scopes).ConfigureAwait(false);
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
