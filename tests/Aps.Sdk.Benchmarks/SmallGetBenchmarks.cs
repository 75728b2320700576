using System.Net.Http.Headers;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;
using BenchmarkDotNet.Attributes;

namespace Aps.Sdk.Benchmarks;

/// <summary>
/// The cost of one small authenticated GET through the whole SDK pipeline (request building, User-Agent and
/// diagnostics, resilience pipeline, bearer token from the warm 2-legged cache, logging handler, status check,
/// source-generated JSON) against the least a hand-written caller does: an <see cref="HttpClient"/> GET with a
/// bearer header and the same source-generated deserialization of the same body over the same in-memory handler.
/// </summary>
[MemoryDiagnoser]
public class SmallGetBenchmarks
{
    // The keys endpoint with a scope, so the authentication handler has to put a cached token on the request.
    private static readonly OperationSpec AuthenticatedKeysSpec = new("Authentication", "GetKeys", HttpMethod.Get, "/authentication/v2/keys")
    {
        Scopes = ApsScopes.Create(ApsScopes.DataRead),
    };

    private static readonly Uri KeysUri = new("https://developer.api.autodesk.com/authentication/v2/keys");

    private InMemoryApsHandler _sdkHandler = null!;
    private InMemoryApsHandler _rawHandler = null!;
    private ApsClient _aps = null!;
    private HttpClient _raw = null!;
    private string _bearer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sdkHandler = new InMemoryApsHandler();
        _aps = new ApsClient(new ApsOptions { ClientId = "benchmark-client", ClientSecret = "benchmark-secret" }, _sdkHandler);

        // Warm the default client-credentials cache: the token request is answered once, here, never in the loop.
        var provider = _aps.TokenProvider ?? throw new InvalidOperationException("The client has no token provider.");
        _ = provider.GetTokenAsync(AuthenticatedKeysSpec.Scopes!, CancellationToken.None).AsTask().GetAwaiter().GetResult();

        // Sanity check (not a timing assertion): the measured SDK call really carries the cached bearer token.
        _sdkHandler.Record = true;
        _ = Sdk_AuthenticatedGet().GetAwaiter().GetResult();
        _sdkHandler.Record = false;
        if (_sdkHandler.LastAuthorization != "Bearer " + InMemoryApsHandler.AccessToken || _sdkHandler.TokenRequests != 1)
        {
            throw new InvalidOperationException(
                $"The SDK request did not carry the cached token (Authorization '{_sdkHandler.LastAuthorization}', {_sdkHandler.TokenRequests} token requests).");
        }

        _rawHandler = new InMemoryApsHandler();
        _raw = new HttpClient(_rawHandler, disposeHandler: false);
        _bearer = InMemoryApsHandler.AccessToken;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _aps.Dispose();
        _raw.Dispose();
        _sdkHandler.Dispose();
        _rawHandler.Dispose();
    }

    /// <summary>What a caller without the SDK writes: GET with a bearer header, check the status, deserialize.</summary>
    [Benchmark(Baseline = true, Description = "Raw HttpClient + STJ source-gen")]
    public async Task<ApsJsonWebKeySet> Raw_HttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, KeysUri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _bearer);
        using var response = await _raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, ApsJsonContext.Default.ApsJsonWebKeySet, CancellationToken.None).ConfigureAwait(false)
                ?? throw new JsonException("null body");
        }
    }

    /// <summary>The same GET as an SDK operation with a scope: the full handler chain plus a cached 2-legged token.</summary>
    [Benchmark(Description = "SDK pipeline, authenticated GET")]
    public Task<ApsJsonWebKeySet> Sdk_AuthenticatedGet()
    {
        var pipeline = _aps.Pipeline;
        return pipeline.SendAsync(pipeline.CreateRequest(AuthenticatedKeysSpec, null, []), ApsJsonContext.Default.ApsJsonWebKeySet, null, CancellationToken.None);
    }

    /// <summary>The public <c>GetKeysAsync</c> (anonymous: the keys endpoint takes no token), for reference.</summary>
    [Benchmark(Description = "SDK GetKeysAsync (no token)")]
    public Task<ApsJsonWebKeySet> Sdk_GetKeysAsync() => _aps.Authentication.GetKeysAsync(CancellationToken.None);
}
