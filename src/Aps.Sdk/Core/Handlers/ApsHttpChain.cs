using System.Net;
using Aps.Sdk.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace Aps.Sdk.Core.Handlers;

/// <summary>The handler chains of the two named clients, built the same way with and without DI.</summary>
internal static class ApsHttpChain
{
    public const string ApsClientName = "Aps";
    public const string TransferClientName = "Aps.Transfer";
    public const string LoggerCategory = "Aps.Sdk.Http";

    /// <summary>
    /// The primary handler: redirects are never followed (our code decides which headers follow a 303), cookies are
    /// never shared (signed cookies are per call), connections are recycled; API calls' connections per server are capped
    /// by <see cref="ApsResilienceOptions.MaxConnectionsPerServer"/> when it is set. It never decompresses: the <c>Aps</c>
    /// chain asks for and decodes compressed JSON itself (<see cref="ApsContentDecoding"/>), and the transfer client
    /// must see the bytes of the object (OSS ignores the end of a range when gzip is accepted) as they arrive.
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <param name="apiCalls">Whether the handler is the API client's (capped) rather than the transfer client's.</param>
    public static SocketsHttpHandler CreatePrimaryHandler(ApsOptions options, bool apiCalls = true) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = options.PooledConnectionLifetime,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(30),
        EnableMultipleHttp2Connections = true,

        // The transfer client's parts to S3 have their own concurrency bound: the cap is for API calls.
        MaxConnectionsPerServer = apiCalls && options.Resilience.MaxConnectionsPerServer is { } cap ? cap : int.MaxValue,
    };

    /// <summary>diagnostics → resilience (with authentication per attempt) → logging → (extra handlers) → primary.</summary>
    public static IReadOnlyList<DelegatingHandler> CreateApsHandlers(ApsOptions options, TimeProvider time, ILoggerFactory loggerFactory, ApsResiliencePipelines resilience)
        =>
        [
            new DiagnosticsHandler(options, time),
            resilience.CreateHandler(),
            new RedactingLoggingHandler(loggerFactory.CreateLogger(LoggerCategory), time),
        ];

    public static HttpMessageHandler Chain(IEnumerable<DelegatingHandler> handlers, HttpMessageHandler primary)
    {
        var list = handlers.ToList();
        for (var i = 0; i < list.Count - 1; i++)
        {
            list[i].InnerHandler = list[i + 1];
        }

        if (list.Count == 0)
        {
            return primary;
        }

        list[^1].InnerHandler = primary;
        return list[0];
    }

    public static HttpClient CreateClient(HttpMessageHandler handler) => new(handler, disposeHandler: false)
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// Picks the default token provider: the configured one, else client credentials when a secret is set (sharing
    /// its tokens through <see cref="ApsOptions.TokenCache"/> when one is set).
    /// </summary>
    /// <remarks>Resolved on first use, so a registered provider may itself depend on the clients.</remarks>
    public static Func<Authentication.IApsTokenProvider?> DefaultTokenProvider(ApsPipeline pipeline, Func<Authentication.IApsTokenProvider?>? configured)
        => () => configured?.Invoke()
            ?? pipeline.Options.TokenProvider
            ?? (!string.IsNullOrWhiteSpace(pipeline.Options.ClientId) && !string.IsNullOrEmpty(pipeline.Options.ClientSecret)
                ? new Authentication.ClientCredentialsTokenProvider(new Authentication.AuthenticationClient(pipeline), pipeline.Time, pipeline.Options.TokenRefreshMargin, pipeline.Options.TokenCache)
                : null);
}
