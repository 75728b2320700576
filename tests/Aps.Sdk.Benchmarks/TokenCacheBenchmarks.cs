using System.Collections.Concurrent;
using Aps.Sdk.Authentication;
using BenchmarkDotNet.Attributes;

namespace Aps.Sdk.Benchmarks;

/// <summary>
/// The lookup the authentication handler does on every request attempt: a warm
/// <see cref="ClientCredentialsTokenProvider"/> returning its cached token synchronously, against the least a
/// hand-written cache does (a concurrent dictionary lookup by scope key plus an expiry check on the same clock).
/// </summary>
[MemoryDiagnoser]
public class TokenCacheBenchmarks
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, ApsAccessToken> _rawCache = new(StringComparer.Ordinal);
    private InMemoryApsHandler _handler = null!;
    private ApsClient _aps = null!;
    private ClientCredentialsTokenProvider _provider = null!;
    private ApsScopes _scopes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handler = new InMemoryApsHandler();
        _aps = new ApsClient(new ApsOptions { ClientId = "benchmark-client", ClientSecret = "benchmark-secret" }, _handler);
        _provider = new ClientCredentialsTokenProvider(_aps.Authentication);
        _scopes = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.BucketRead);

        // Warm the cache (one token request), then check the measured call is a pure cache hit.
        var token = _provider.GetTokenAsync(_scopes, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        var again = _provider.GetTokenAsync(_scopes, CancellationToken.None);
        if (!again.IsCompletedSuccessfully || !ReferenceEquals(again.Result, token) || _handler.TokenRequests != 1)
        {
            throw new InvalidOperationException("The token cache is not warm.");
        }

        _rawCache[_scopes.Key] = token;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _aps.Dispose();
        _handler.Dispose();
    }

    /// <summary>A minimal hand-written cache: dictionary lookup plus expiry check.</summary>
    [Benchmark(Baseline = true, Description = "Raw ConcurrentDictionary lookup")]
    public ApsAccessToken? Raw_DictionaryLookup()
        => _rawCache.TryGetValue(_scopes.Key, out var token) && !token.IsExpiring(TimeProvider.System.GetUtcNow(), Margin) ? token : null;

    /// <summary>The provider's cached path, read synchronously from the completed <see cref="ValueTask{TResult}"/>.</summary>
    [Benchmark(Description = "ClientCredentialsTokenProvider cached")]
    public ApsAccessToken Provider_CachedLookup()
    {
        var pending = _provider.GetTokenAsync(_scopes, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
