using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Aps.Sdk.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.SignIn;

/// <summary>
/// One <see cref="AuthorizationCodeTokenProvider"/> (and a user-bound <see cref="ApsClient"/>) per signed-in session
/// in this process, so concurrent requests of one session share its single-flight refresh. The store's lease covers
/// other processes. Bounded: past <see cref="ApsSignInOptions.SessionCacheSize"/>, idle sessions leave memory.
/// </summary>
internal sealed class ApsSessionRegistry
{
    private const string KeyPrefix = "aps-session:";

    private readonly ConcurrentDictionary<string, Entry> _sessions = new(StringComparer.Ordinal);
    private readonly ApsClient _app;
    private readonly IApsTokenStore _store;
    private readonly TimeProvider _time;
    private readonly ApsSignInOptions _options;
    private readonly Lazy<ApsClient> _anonymous;

    public ApsSessionRegistry(ApsSignInRegistration registration, IServiceProvider services, IApsTokenStore store, TimeProvider time, IOptions<ApsSignInOptions> options)
    {
        _app = registration.ResolveClient(services);
        // A named registration's UseTokenStore (or UseRedisTokenStore, …) registers a store keyed with its name.
        _store = registration.Name.Length == 0 ? store : services.GetKeyedService<IApsTokenStore>(registration.Name) ?? store;
        _time = time;
        _options = options.Value;
        _anonymous = new Lazy<ApsClient>(() => Bind(NotSignedInTokenProvider.Instance));
    }

    public ApsClient App => _app;

    public IApsTokenStore Store => _store;

    /// <summary>Gets a client whose calls fail with "sign in first".</summary>
    public ApsClient Anonymous => _anonymous.Value;

    /// <summary>The store key of a session cookie: a hash, so the store never holds a usable cookie value.</summary>
    public static string SessionKey(string cookieValue)
        => KeyPrefix + Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(cookieValue)));

    public static string NewSecret()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url(bytes);
    }

    /// <summary>Whether a cookie value has the shape this package issues (43 base64url characters).</summary>
    public static bool IsWellFormed(string? value)
        => value is { Length: 43 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Base64Url(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public Entry Get(string sessionKey)
    {
        var now = _time.GetTimestamp();
        if (_sessions.TryGetValue(sessionKey, out var existing))
        {
            existing.Touch(now);
            return existing;
        }

        if (_sessions.Count >= _options.SessionCacheSize)
        {
            Sweep(now);
            if (_sessions.Count >= _options.SessionCacheSize)
            {
                // Still full of active sessions (or of forged cookies): serve this one without caching it. It stays
                // correct (the store's lease still makes its refresh single flight), and memory stays bounded.
                var provider = new AuthorizationCodeTokenProvider(_app.Authentication, _store, sessionKey, _time, _app.Options.TokenRefreshMargin);
                return new Entry(provider, Bind(provider), now);
            }
        }

        var created = _sessions.GetOrAdd(sessionKey, key =>
        {
            var provider = new AuthorizationCodeTokenProvider(_app.Authentication, _store, key, _time, _app.Options.TokenRefreshMargin);
            return new Entry(provider, Bind(provider), now);
        });
        created.Touch(now);
        return created;
    }

    public void Forget(string sessionKey) => _sessions.TryRemove(sessionKey, out _);

    internal int Count => _sessions.Count;

    private void Sweep(long now)
    {
        foreach (var (key, entry) in _sessions)
        {
            if (_time.GetElapsedTime(entry.LastUsed, now) > _options.SessionCacheIdleTime)
            {
                _sessions.TryRemove(key, out _);
            }
        }
    }

    private ApsClient Bind(IApsTokenProvider provider) => new(_app.Pipeline.WithTokenProvider(provider));

    internal sealed class Entry(AuthorizationCodeTokenProvider provider, ApsClient client, long lastUsed)
    {
        private long _lastUsed = lastUsed;

        public AuthorizationCodeTokenProvider Provider { get; } = provider;

        public ApsClient Client { get; } = client;

        public long LastUsed => Interlocked.Read(ref _lastUsed);

        public void Touch(long now) => Interlocked.Exchange(ref _lastUsed, now);
    }

    /// <summary>The provider of a request without a signed-in user: every call asks for a sign-in.</summary>
    internal sealed class NotSignedInTokenProvider : IApsTokenProvider
    {
        public static readonly NotSignedInTokenProvider Instance = new();

        public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
            => ValueTask.FromException<ApsAccessToken>(new ApsAuthenticationException("No user is signed in to APS in this request; sign in first.", requiresSignIn: true, innerException: null));

        public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
