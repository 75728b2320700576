using Aps.Sdk.Authentication;
using Aps.Sdk.Construction;
using Aps.Sdk.Core.Handlers;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.DataManagement;
using Aps.Sdk.ModelDerivative;
using Aps.Sdk.Oss;
using Aps.Sdk.ServiceAccounts;
using Aps.Sdk.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aps.Sdk;

/// <summary>
/// The entry point: one pipeline (handlers, token cache, resilience) shared by lazily created area clients.
/// Thread-safe; create one per APS application and keep it (or let dependency injection do so with
/// <c>services.AddApsClients(...)</c>).
/// </summary>
/// <example>
/// <code>
/// using var aps = new ApsClient(new ApsOptions { ClientId = "...", ClientSecret = "..." });
/// var keys = await aps.Authentication.GetKeysAsync();
/// </code>
/// </example>
public class ApsClient : IDisposable
{
    private readonly ApsPipeline _pipeline = null!;
    private readonly HttpMessageHandler? _ownedHandler;
    private readonly HttpMessageHandler? _ownedTransferHandler;
    private readonly HttpClient? _ownedClient;
    private readonly HttpClient? _ownedTransferClient;
    private AuthenticationClient? _authentication;
    private OssClient? _oss;
    private ModelDerivativeClient? _modelDerivative;
    private DataManagementClient? _dataManagement;
    private WebhooksClient? _webhooks;
    private ServiceAccountsClient? _serviceAccounts;
    private ConstructionClient? _construction;

    /// <summary>Creates a client with its own connection pool (no dependency injection needed).</summary>
    /// <param name="options">The settings; validated now.</param>
    /// <exception cref="ArgumentException">The settings are invalid (the message lists every problem).</exception>
    public ApsClient(ApsOptions options)
        : this(options, null)
    {
    }

    /// <summary>
    /// Creates a client whose requests end in <paramref name="primaryHandler"/> (for example an in-memory handler in
    /// tests) after passing through the whole SDK pipeline.
    /// </summary>
    /// <param name="options">The settings; validated now.</param>
    /// <param name="primaryHandler">The innermost handler, or <see langword="null"/> for the SDK's own <see cref="SocketsHttpHandler"/>.</param>
    /// <param name="timeProvider">The clock for token expiry, retries and polling; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="loggerFactory">Where the redacted request log goes; nowhere by default.</param>
    /// <exception cref="ArgumentException">The settings are invalid (the message lists every problem).</exception>
    public ApsClient(ApsOptions options, HttpMessageHandler? primaryHandler, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ApsOptionsValidator().Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        if (result.Failed)
        {
            throw new ArgumentException("Invalid APS options: " + string.Join(" ", result.Failures), nameof(options));
        }

        var time = timeProvider ?? TimeProvider.System;
        var logs = loggerFactory ?? NullLoggerFactory.Instance;
        var primary = primaryHandler ?? ApsHttpChain.CreatePrimaryHandler(options);
        var transferPrimary = primaryHandler ?? ApsHttpChain.CreatePrimaryHandler(options, apiCalls: false);
        _ownedHandler = primaryHandler is null ? primary : null;
        _ownedTransferHandler = primaryHandler is null ? transferPrimary : null;
        var resilience = new ApsResiliencePipelines(options.Resilience, time);
        var apsChain = ApsHttpChain.Chain(ApsHttpChain.CreateApsHandlers(options, time, logs, resilience), primary);
        var transferChain = ApsHttpChain.Chain([new RedactingLoggingHandler(logs.CreateLogger(ApsHttpChain.LoggerCategory), time)], transferPrimary);
        _ownedClient = ApsHttpChain.CreateClient(apsChain);
        _ownedTransferClient = ApsHttpChain.CreateClient(transferChain);
        var client = _ownedClient;
        var transfer = _ownedTransferClient;
        _pipeline = new ApsPipeline(options, () => client, () => transfer, time);
        _pipeline.SetTokenProvider(ApsHttpChain.DefaultTokenProvider(_pipeline, null));
    }

    internal ApsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Creates a client for mocking.</summary>
    protected ApsClient()
    {
    }

    /// <summary>Gets the settings this client runs with.</summary>
    public virtual ApsOptions Options => _pipeline.Options;

    /// <summary>Gets the token provider calls use when they do not bring their own (null when no credentials are configured).</summary>
    public virtual IApsTokenProvider? TokenProvider => _pipeline.TokenProvider;

    /// <summary>Gets the Authentication API (tokens, sign-in URLs, user info).</summary>
    public virtual AuthenticationClient Authentication => LazyInitializer.EnsureInitialized(ref _authentication, () => new AuthenticationClient(_pipeline));

    /// <summary>Gets the Object Storage Service (buckets, objects, signed URLs, parallel resumable transfers).</summary>
    public virtual OssClient Oss => LazyInitializer.EnsureInitialized(ref _oss, () => new OssClient(_pipeline));

    /// <summary>Gets the Model Derivative API (translations, manifests, metadata, properties, derivative downloads).</summary>
    public virtual ModelDerivativeClient ModelDerivative => LazyInitializer.EnsureInitialized(ref _modelDerivative, () => new ModelDerivativeClient(_pipeline));

    /// <summary>Gets the Data Management API (hubs, projects, folders, items, versions).</summary>
    public virtual DataManagementClient DataManagement => LazyInitializer.EnsureInitialized(ref _dataManagement, () => new DataManagementClient(_pipeline));

    /// <summary>Gets the Webhooks API (hooks and the callback secret token).</summary>
    public virtual WebhooksClient Webhooks => LazyInitializer.EnsureInitialized(ref _webhooks, () => new WebhooksClient(_pipeline));

    /// <summary>Gets Secure Service Accounts (service accounts and their keys).</summary>
    public virtual ServiceAccountsClient ServiceAccounts => LazyInitializer.EnsureInitialized(ref _serviceAccounts, () => new ServiceAccountsClient(_pipeline));

    /// <summary>Gets Autodesk Construction Cloud (Issues, Account Admin and the other ACC modules).</summary>
    public virtual ConstructionClient Construction => LazyInitializer.EnsureInitialized(ref _construction, () => new ConstructionClient(_pipeline));

    internal ApsPipeline Pipeline => _pipeline;

    /// <summary>
    /// Sends a request you built through the same pipeline as the typed operations (User-Agent, retries,
    /// authentication with <see cref="ApsOptions.DefaultScopes"/>, redacted logging). A relative address is resolved
    /// against <see cref="ApsOptions.BaseAddress"/>. The response is returned whatever its status. A bearer token is
    /// added only for the APS hosts (<see cref="ApsOptions.BaseAddress"/> and <see cref="ApsOptions.UserProfileAddress"/>);
    /// a request to any other host, such as a pre-signed S3 URL, is sent without one.
    /// </summary>
    /// <param name="request">The request; a request that already carries an <c>Authorization</c> header is sent with it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; dispose it.</returns>
    /// <exception cref="ApsException">APS could not be reached after the configured retries.</exception>
    public virtual Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is null || !request.RequestUri.IsAbsoluteUri)
        {
            var relative = request.RequestUri?.OriginalString ?? string.Empty;
            request.RequestUri = new Uri(_pipeline.BaseAddress + (relative.StartsWith('/') ? relative : "/" + relative), UriKind.Absolute);
        }

        if (ApsRequestContext.Get(request) is null)
        {
            var replayable = request.Content is null or ByteArrayContent;
            var method = request.Method;
            ApsRequestContext.Set(request, new ApsRequestContext
            {
                Area = "raw",
                OperationName = "SendAsync",
                // The APS token goes only to the APS hosts: never to a pre-signed URL or any other host.
                Scopes = request.Headers.Authorization is null && _pipeline.IsApsHost(request.RequestUri) ? _pipeline.DefaultScopes : null,
                TokenProvider = _pipeline.TokenProvider,
                Idempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put || method == HttpMethod.Delete,
                BodyReplayable = replayable,
            });
        }

        return _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, null, cancellationToken);
    }

    /// <summary>Releases the connection pool of a client created with <c>new ApsClient(options)</c>.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases owned resources.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedClient?.Dispose();
            _ownedTransferClient?.Dispose();
            _ownedHandler?.Dispose();
            _ownedTransferHandler?.Dispose();
        }
    }
}
