using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Aps.Sdk.Core.Diagnostics;

namespace Aps.Sdk.Authentication;

/// <summary>
/// The token cache behind the app-only providers (client credentials, service accounts): one entry per scope set; a
/// cached lookup allocates nothing; a token inside the refresh margin is served while one background fetch replaces
/// it; concurrent callers share one fetch (single flight), which no caller's cancellation stops; a failed fetch is
/// never cached.
/// </summary>
/// <remarks>
/// With a shared <see cref="IApsTokenCache"/>, the single-flight fetch first asks it (a token another instance
/// fetched, still outside the refresh margin, is used as is: no token request), and writes every token it fetches
/// to it; invalidating a token removes the shared entry when it holds that token, so the other instances stop using
/// it too. The shared cache is an optimisation: its failures are counted and treated as misses, never thrown.
/// </remarks>
internal sealed class ScopedTokenCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Func<ApsScopes, Task<ApsAccessToken>> _request;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;
    private readonly IApsTokenCache? _shared;
    private readonly string _sharedKeyPrefix;
    private readonly string _grantType;

    /// <param name="request">Fetches a new token; called with no cancellation, since several callers may wait on it.</param>
    /// <param name="time">The clock.</param>
    /// <param name="refreshMargin">How long before expiry a token is refreshed.</param>
    /// <param name="shared">The cache shared with other instances, or <see langword="null"/>.</param>
    /// <param name="sharedKeyPrefix">The start of every shared key (<c>cc:{clientId}:</c>); the SHA-256 of the scopes follows. Never a secret.</param>
    /// <param name="grantType">The grant, for telemetry (<c>client_credentials</c>, <c>jwt_bearer</c>).</param>
    public ScopedTokenCache(Func<ApsScopes, Task<ApsAccessToken>> request, TimeProvider time, TimeSpan refreshMargin, IApsTokenCache? shared = null, string sharedKeyPrefix = "", string grantType = "")
    {
        _request = request;
        _time = time;
        _refreshMargin = refreshMargin;
        _shared = shared;
        _sharedKeyPrefix = sharedKeyPrefix;
        _grantType = grantType;
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
                _ = entry.StartFetch(this).ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return new ValueTask<ApsAccessToken>(token);
            }
        }

        return FetchAsync(scopes, cancellationToken);
    }

    /// <summary>
    /// Forgets <paramref name="token"/> (rejected with 401) here and, when the shared cache still holds it, there too
    /// (a newer token another instance already put there is kept).
    /// </summary>
    public async ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken)
    {
        try
        {
            if (_shared is not null)
            {
                // Shared first: until it is gone, a miss here would read the rejected token back from there.
                foreach (var entry in _entries.Values)
                {
                    if (string.Equals(entry.Token?.Value, token.Value, StringComparison.Ordinal) || entry.Scopes.Equals(token.Scopes))
                    {
                        await RemoveSharedAsync(entry.SharedKey(this), token, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            foreach (var entry in _entries.Values)
            {
                entry.Forget(token);
            }
        }
    }

    /// <summary>The shared key of <paramref name="scopes"/>: the prefix and the lower-case hex SHA-256 of <see cref="ApsScopes.Key"/>.</summary>
    internal string SharedKeyOf(ApsScopes scopes)
        => _sharedKeyPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scopes.Key))).ToLowerInvariant();

    private async ValueTask<ApsAccessToken> FetchAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(scopes.Key, static (_, s) => new Entry(s), scopes);
        var token = entry.Token;
        if (token is not null && !token.IsExpiring(_time.GetUtcNow()))
        {
            return token;
        }

        return await entry.StartFetch(this).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

#pragma warning disable CA1031 // The shared cache is an optimisation: whatever it throws is counted and treated as a miss.
    /// <summary>Reads the shared entry; a missing, failing or expiring one is <see langword="null"/>.</summary>
    private async Task<ApsAccessToken?> ReadSharedAsync(Entry entry)
    {
        if (_shared is null)
        {
            return null;
        }

        ApsAccessToken? token;
        try
        {
            token = await _shared.GetAsync(entry.SharedKey(this), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            ApsTelemetry.TokenCacheError("get", ex.GetType().FullName ?? "unknown");
            token = null;
        }

        // A token another instance is about to refresh would be refreshed here at once: a miss.
        var usable = token is not null && !token.IsExpiring(_time.GetUtcNow(), _refreshMargin);
        ApsTelemetry.TokenCacheLookup(_grantType, usable);
        return usable ? token : null;
    }

    private async Task<ApsAccessToken> RequestAndShareAsync(Entry entry)
    {
        var token = await _request(entry.Scopes).ConfigureAwait(false);
        if (_shared is not null)
        {
            try
            {
                await _shared.SetAsync(entry.SharedKey(this), token, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                ApsTelemetry.TokenCacheError("set", ex.GetType().FullName ?? "unknown");
            }
        }

        return token;
    }

    private async ValueTask RemoveSharedAsync(string key, ApsAccessToken rejected, CancellationToken cancellationToken)
    {
        try
        {
            var current = await _shared!.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (current is not null && string.Equals(current.Value, rejected.Value, StringComparison.Ordinal))
            {
                await _shared.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            ApsTelemetry.TokenCacheError("remove", ex.GetType().FullName ?? "unknown");
        }
    }
#pragma warning restore CA1031

    private sealed class Entry
    {
        private readonly object _gate = new();
        private Task<ApsAccessToken>? _inFlight;
        private string? _sharedKey;

        public Entry(ApsScopes scopes) => Scopes = scopes;

        public ApsScopes Scopes { get; }

        public ApsAccessToken? Token { get; private set; }

        public string SharedKey(ScopedTokenCache owner) => _sharedKey ??= owner.SharedKeyOf(Scopes);

        public Task<ApsAccessToken> StartFetch(ScopedTokenCache owner)
        {
            lock (_gate)
            {
                // A refresh that finished while this caller was on its way has made a fetch unnecessary.
                if (_inFlight is null && Token is { } fresh && !fresh.IsExpiring(owner._time.GetUtcNow(), owner._refreshMargin))
                {
                    return Task.FromResult(fresh);
                }

                return _inFlight ??= RunAsync(owner);
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

        private async Task<ApsAccessToken> RunAsync(ScopedTokenCache owner)
        {
            await Task.Yield();
            try
            {
                var token = await owner.ReadSharedAsync(this).ConfigureAwait(false)
                    ?? await owner.RequestAndShareAsync(this).ConfigureAwait(false);
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
