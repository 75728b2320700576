using System.Collections.Concurrent;
using System.Security.Cryptography;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>The shared-token-cache tests change process-wide telemetry: they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SharedTokenCacheCollection
{
    public const string Name = "Shared token cache";
}

/// <summary>
/// An <see cref="IDistributedCache"/> over a real <see cref="MemoryDistributedCache"/> that records every call (with
/// its entry options), can fail every call (a cache outage) and can hold reads until released.
/// </summary>
internal sealed class RecordingDistributedCache : IDistributedCache
{
    private TaskCompletionSource? _holdGets;

    public RecordingDistributedCache(IDistributedCache? inner = null)
        => Inner = inner ?? new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));

    public IDistributedCache Inner { get; }

    public ConcurrentQueue<(string Operation, string Key, DistributedCacheEntryOptions? Options)> Calls { get; } = new();

    /// <summary>When set, every call throws this (after being recorded).</summary>
    public Func<Exception>? Fail { get; set; }

    public int Count(string operation) => Calls.Count(c => c.Operation == operation);

    public void HoldGets() => _holdGets = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseGets() => _holdGets?.TrySetResult();

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        Record("get", key, null);
        if (_holdGets is { } hold)
        {
            await hold.Task.WaitAsync(token);
        }

        return await Inner.GetAsync(key, token);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        Record("set", key, options);
        return Inner.SetAsync(key, value, options, token);
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public Task RefreshAsync(string key, CancellationToken token = default)
    {
        Record("refresh", key, null);
        return Inner.RefreshAsync(key, token);
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Record("remove", key, null);
        return Inner.RemoveAsync(key, token);
    }

    private void Record(string operation, string key, DistributedCacheEntryOptions? options)
    {
        Calls.Enqueue((operation, key, options));
        if (Fail is { } fail)
        {
            throw fail();
        }
    }
}

/// <summary>The outage a failing test cache throws (a type no other code throws, so telemetry can be filtered on it).</summary>
internal sealed class TestCacheOutageException : Exception
{
    public TestCacheOutageException()
        : base("the cache server is unreachable")
    {
    }
}

/// <summary>AES-GCM with a fixed key: nonce | tag | ciphertext; a wrong key throws on <see cref="Unprotect"/>.</summary>
internal sealed class AesGcmTestProtector(byte[] key) : IApsTokenProtector
{
    public byte[] Protect(byte[] plaintext)
    {
        using var aes = new AesGcm(key, 16);
        var result = new byte[12 + 16 + plaintext.Length];
        RandomNumberGenerator.Fill(result.AsSpan(0, 12));
        aes.Encrypt(result.AsSpan(0, 12), plaintext, result.AsSpan(28), result.AsSpan(12, 16));
        return result;
    }

    public byte[] Unprotect(byte[] protectedData)
    {
        using var aes = new AesGcm(key, 16);
        var plaintext = new byte[protectedData.Length - 28];
        aes.Decrypt(protectedData.AsSpan(0, 12), protectedData.AsSpan(28), protectedData.AsSpan(12, 16), plaintext);
        return plaintext;
    }
}

/// <summary>
/// One "instance" of an app: its own ApsClient (own handler, so its token requests are counted apart) answering token
/// requests with "{name}-token-{n}" (expires_in 3600) and any other request with <c>{"sub":"APP"}</c>.
/// </summary>
internal sealed class AppInstance : IDisposable
{
    public const string TokenPath = "/authentication/v2/token";

    private int _tokens;

    public AppInstance(string name, TimeProvider time, Action<ApsOptions>? configure = null)
    {
        Handler = new RecordingHandler((request, _) =>
        {
            if (request.RequestUri!.AbsolutePath == TokenPath)
            {
                var n = Interlocked.Increment(ref _tokens) - 1;
                return Responses.Json($$"""{"access_token":"{{name}}-token-{{n}}","token_type":"Bearer","expires_in":3600}""");
            }

            return Responses.Json("""{"sub":"APP"}""");
        });
        Client = TestClients.Create(Handler, configure, time);
    }

    public RecordingHandler Handler { get; }

    public ApsClient Client { get; }

    public int TokenRequests => Handler.Requests.Count(r => r.Uri.AbsolutePath == TokenPath);

    public void Dispose() => Client.Dispose();
}
