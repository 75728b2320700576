using Aps.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.Webhooks;

/// <summary>
/// The hosted service that hands queued callbacks to the registered <see cref="IApsWebhookHandler{TEvent}"/>s, in a
/// new scope per callback. On shutdown it stops taking callbacks and drains the queue within the host's shutdown
/// timeout; past it, handlers see their cancellation token fire.
/// </summary>
internal sealed class ApsWebhookDispatcher : IHostedService, IDisposable
{
    private readonly ApsWebhookQueue _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ApsWebhookDispatcher> _logger;
    private readonly int _concurrency;
    private readonly CancellationTokenSource _abort = new();
    private Task? _loop;

    public ApsWebhookDispatcher(ApsWebhookQueue queue, IServiceScopeFactory scopes, IOptions<ApsWebhookReceiverOptions> options, ILogger<ApsWebhookDispatcher> logger)
    {
        _queue = queue;
        _scopes = scopes;
        _logger = logger;
        _concurrency = options.Value.MaxConcurrency;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.WhenAll(Enumerable.Range(0, _concurrency).Select(_ => Task.Run(RunAsync, CancellationToken.None)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Complete();
        if (_loop is null)
        {
            return;
        }

        var grace = Task.Delay(Timeout.Infinite, cancellationToken);
        if (await Task.WhenAny(_loop, grace).ConfigureAwait(false) != _loop)
        {
            await _abort.CancelAsync().ConfigureAwait(false);
            LogAbandoned(_logger);
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task RunAsync()
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await DispatchAsync(delivery, _abort.Token).ConfigureAwait(false);
        }
    }

    internal async Task DispatchAsync(ApsWebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var services = scope.ServiceProvider;
            var callback = delivery.Callback;
            await InvokeAsync(services, callback, delivery, callback, cancellationToken).ConfigureAwait(false);
            switch (callback.Family)
            {
                case ApsWebhookEventFamily.Version when callback.VersionPayload is { } version:
                    await InvokeAsync(services, version, delivery, callback, cancellationToken).ConfigureAwait(false);
                    break;
                case ApsWebhookEventFamily.Folder when callback.FolderPayload is { } folder:
                    await InvokeAsync(services, folder, delivery, callback, cancellationToken).ConfigureAwait(false);
                    break;
                case ApsWebhookEventFamily.Derivative when callback.DerivativePayload is { } derivative:
                    await InvokeAsync(services, derivative, delivery, callback, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task InvokeAsync<TEvent>(IServiceProvider services, TEvent payload, ApsWebhookDelivery delivery, ApsWebhookEvent callback, CancellationToken cancellationToken)
        where TEvent : class
    {
        var handlers = services.GetServices<IApsWebhookHandler<TEvent>>().ToList();
        if (handlers.Count == 0)
        {
            return;
        }

        var notification = new ApsWebhookNotification<TEvent>(payload, callback, delivery.DeliveryId, delivery.ReceivedAt);
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(notification, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // One failing handler must not stop the others or the dispatcher.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogHandlerFailed(_logger, handler.GetType().Name, callback.EventName.ToString(), callback.Hook?.HookId, delivery.DeliveryId, ex);
            }
        }
    }

    private static readonly Action<ILogger, string, string, string?, string, Exception?> _logHandlerFailed =
        LoggerMessage.Define<string, string, string?, string>(LogLevel.Error, new EventId(20, "HandlerFailed"), "APS webhook handler {Handler} failed for event '{EventName}' (hook {HookId}, delivery {DeliveryId}).");

    private static void LogHandlerFailed(ILogger logger, string handler, string eventName, string? hookId, string deliveryId, Exception exception) => _logHandlerFailed(logger, handler, eventName, hookId, deliveryId, exception);

    private static readonly Action<ILogger, Exception?> _logAbandoned =
        LoggerMessage.Define(LogLevel.Warning, new EventId(21, "Abandoned"), "APS webhook dispatcher stopped before its queue drained; handlers were cancelled.");

    private static void LogAbandoned(ILogger logger) => _logAbandoned(logger, null);
}
