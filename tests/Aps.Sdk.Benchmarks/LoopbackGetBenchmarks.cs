using System.Net.Http.Headers;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Aps.Sdk.Benchmarks;

/// <summary>
/// The small authenticated GET of <see cref="SmallGetBenchmarks"/> over a real socket: a minimal Kestrel server on
/// 127.0.0.1 in the benchmark process answers the token endpoint and the ~500-byte JWKS. The SDK (its default
/// primary handler) and a raw <see cref="HttpClient"/> over its own <see cref="SocketsHttpHandler"/> send the same
/// GET with a bearer token and deserialize the same bytes with the same source-generated metadata. Target: ≤ 1.10×.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LoopbackGetBenchmarks
{
    /// <summary>Calls awaited one after another in each invocation of the "awaited" benchmarks.</summary>
    public const int AwaitedCalls = 16;

    internal static readonly OperationSpec AuthenticatedKeysSpec = new("Authentication", "GetKeys", HttpMethod.Get, "/authentication/v2/keys")
    {
        Scopes = ApsScopes.Create(ApsScopes.DataRead),
    };

    private WebApplication _server = null!;
    private ApsClient _aps = null!;
    private HttpClient _raw = null!;
    private HttpClient _rawSdkSocket = null!;
    private Uri _keysUri = null!;

    internal Uri KeysUri => _keysUri;

    internal ApsClient SdkClient => _aps;
    private int _tokenRequests;
    private string? _lastAuthorization;

    [GlobalSetup]
    public void Setup()
    {
        var bodies = new InMemoryApsHandler();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.MapPost("/authentication/v2/token", async context =>
        {
            Interlocked.Increment(ref _tokenRequests);
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(bodies.TokenBody);
        });
        _server.MapGet("/authentication/v2/keys", async context =>
        {
            _lastAuthorization = context.Request.Headers.Authorization.ToString();
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = bodies.KeysBody.Length;
            await context.Response.Body.WriteAsync(bodies.KeysBody);
        });
        _server.StartAsync().GetAwaiter().GetResult();
        var address = new Uri(_server.Urls.First());
        _keysUri = new Uri(address, "/authentication/v2/keys");

        _aps = new ApsClient(new ApsOptions { ClientId = "benchmark-client", ClientSecret = "benchmark-secret", BaseAddress = address });
        _raw = new HttpClient(new SocketsHttpHandler());
        _rawSdkSocket = new HttpClient(Aps.Sdk.Core.Handlers.ApsHttpChain.CreatePrimaryHandler(_aps.Options));

        // Warm both connection pools and the token cache; check once (not a timing assertion) that the SDK call
        // carries the cached token and that exactly one token request was made.
        _ = Sdk_AuthenticatedGet().GetAwaiter().GetResult();
        _ = Raw_HttpClient().GetAwaiter().GetResult();
        _ = Raw_HttpClient_SdkSocketSettings().GetAwaiter().GetResult();
        _ = Sdk_AuthenticatedGet().GetAwaiter().GetResult();
        if (_lastAuthorization != "Bearer " + InMemoryApsHandler.AccessToken || _tokenRequests != 1)
        {
            throw new InvalidOperationException($"The SDK request did not carry the cached token ({_tokenRequests} token requests).");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _aps.Dispose();
        _raw.Dispose();
        _rawSdkSocket.Dispose();
        _server.StopAsync().GetAwaiter().GetResult();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>GET with a bearer header over loopback, check the status, deserialize.</summary>
    [Benchmark(Baseline = true, Description = "Raw HttpClient + STJ, loopback")]
    [BenchmarkCategory("per call")]
    public async Task<ApsJsonWebKeySet> Raw_HttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _keysUri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InMemoryApsHandler.AccessToken);
        using var response = await _raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, ApsJsonContext.Default.ApsJsonWebKeySet, CancellationToken.None).ConfigureAwait(false)
                ?? throw new JsonException("null body");
        }
    }

    /// <summary>
    /// Diagnostic, not a target: the raw call over a <see cref="SocketsHttpHandler"/> configured as the SDK's primary
    /// handler (automatic decompression, so an <c>Accept-Encoding</c> header; no cookies; no redirects), to tell what the
    /// socket settings cost from what the SDK's pipeline costs.
    /// </summary>
    [Benchmark(Description = "Raw HttpClient + STJ, SDK socket settings, loopback")]
    [BenchmarkCategory("per call")]
    public async Task<ApsJsonWebKeySet> Raw_HttpClient_SdkSocketSettings()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _keysUri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InMemoryApsHandler.AccessToken);
        using var response = await _rawSdkSocket.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, ApsJsonContext.Default.ApsJsonWebKeySet, CancellationToken.None).ConfigureAwait(false)
                ?? throw new JsonException("null body");
        }
    }

    /// <summary>The same GET as an SDK operation with a scope, through the whole pipeline, over loopback.</summary>
    [Benchmark(Description = "SDK pipeline, authenticated GET, loopback")]
    [BenchmarkCategory("per call")]
    public Task<ApsJsonWebKeySet> Sdk_AuthenticatedGet()
    {
        var pipeline = _aps.Pipeline;
        return pipeline.SendAsync(pipeline.CreateRequest(AuthenticatedKeysSpec, null, []), ApsJsonContext.Default.ApsJsonWebKeySet, null, CancellationToken.None);
    }

    /// <summary>
    /// <see cref="AwaitedCalls"/> raw calls awaited in sequence per invocation, as an application awaits its calls: the
    /// harness blocks on one task per <see cref="AwaitedCalls"/> calls instead of once per call.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = AwaitedCalls, Description = "Raw HttpClient + STJ, loopback, awaited in sequence")]
    [BenchmarkCategory("awaited")]
    public async Task<ApsJsonWebKeySet> Raw_HttpClient_Awaited()
    {
        ApsJsonWebKeySet last = null!;
        for (var i = 0; i < AwaitedCalls; i++)
        {
            last = await Raw_HttpClient().ConfigureAwait(false);
        }

        return last;
    }

    /// <summary>The SDK call, <see cref="AwaitedCalls"/> awaited in sequence per invocation.</summary>
    [Benchmark(OperationsPerInvoke = AwaitedCalls, Description = "SDK pipeline, authenticated GET, loopback, awaited in sequence")]
    [BenchmarkCategory("awaited")]
    public async Task<ApsJsonWebKeySet> Sdk_AuthenticatedGet_Awaited()
    {
        ApsJsonWebKeySet last = null!;
        for (var i = 0; i < AwaitedCalls; i++)
        {
            last = await Sdk_AuthenticatedGet().ConfigureAwait(false);
        }

        return last;
    }
}
