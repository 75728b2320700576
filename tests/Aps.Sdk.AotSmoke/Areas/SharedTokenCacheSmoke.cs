using System.Collections.Concurrent;
using System.Text;
using Aps.Sdk.Authentication;
using Microsoft.Extensions.Caching.Distributed;

namespace Aps.Sdk.AotSmoke;

/// <summary>
/// The shared 2-legged token cache: two clients ("instances") over one IDistributedCache; the second calls without
/// a token request, reading the source-generated JSON entry the first wrote.
/// </summary>
internal sealed class SharedTokenCacheSmoke : ISmokeCheck
{
    public string Name => "Authentication: shared token cache (ApsDistributedTokenCache)";

    public async Task RunAsync()
    {
        var store = new DictionaryCache();
        var tokenRequests = 0;

        ApsClient Instance(CannedHandler handler)
        {
            handler
                .On(HttpMethod.Post, "/authentication/v2/token", _ =>
                {
                    tokenRequests++;
                    return CannedHandler.Json("""{"access_token":"aot-shared-token","token_type":"Bearer","expires_in":3599}""");
                })
                .OnJson(HttpMethod.Get, "/authentication/v2/keys", """{"keys":[]}""");
            var options = new ApsOptions
            {
                ClientId = "aot-client",
                ClientSecret = "aot-secret",
                TokenCache = new ApsDistributedTokenCache(store),
            };
            return new ApsClient(options, handler);
        }

        using var first = Instance(new CannedHandler());
        using var second = Instance(new CannedHandler());
        var a = await first.TokenProvider!.GetTokenAsync(ApsScopes.Create(ApsScopes.DataRead), CancellationToken.None).ConfigureAwait(false);
        var b = await second.TokenProvider!.GetTokenAsync(ApsScopes.Create(ApsScopes.DataRead), CancellationToken.None).ConfigureAwait(false);

        Check.Equal("aot-shared-token", a.Value, "first token");
        Check.Equal(a.Value, b.Value, "second instance reads the shared token");
        Check.Equal(a.ExpiresOn, b.ExpiresOn, "expiry round trip");
        Check.Equal(1, tokenRequests, "token requests");
        var entry = Encoding.UTF8.GetString(store.Entries.Values.Single());
        Check.That(entry.StartsWith("{\"v\":1,\"token\":\"aot-shared-token\",\"expiresOn\":", StringComparison.Ordinal), "entry JSON: " + entry.Length + " bytes");
        Check.That(store.Entries.Keys.Single().StartsWith("aps:token:cc:aot-client:", StringComparison.Ordinal), "entry key");
    }

    /// <summary>The smallest IDistributedCache: a dictionary, no expiry.</summary>
    private sealed class DictionaryCache : IDistributedCache
    {
        public ConcurrentDictionary<string, byte[]> Entries { get; } = new(StringComparer.Ordinal);

        public byte[]? Get(string key) => Entries.TryGetValue(key, out var value) ? value : null;

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Entries[key] = value;

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Set(key, value, options);
            return Task.CompletedTask;
        }

        public void Refresh(string key)
        {
        }

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key) => Entries.TryRemove(key, out _);

        public Task RemoveAsync(string key, CancellationToken token = default)
        {
            Remove(key);
            return Task.CompletedTask;
        }
    }
}
