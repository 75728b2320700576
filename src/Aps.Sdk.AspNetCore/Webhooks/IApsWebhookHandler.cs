using Aps.Sdk.Webhooks;

namespace Aps.Sdk.AspNetCore;

/// <summary>
/// Handles webhook callbacks of one event type, off the request path (the receiver has already answered APS).
/// <typeparamref name="TEvent"/> is <see cref="ApsWebhookEvent"/> (every callback),
/// <see cref="WebhookVersionPayload"/> (<c>dm.version.*</c>, <c>dm.lineage.*</c>), <see cref="WebhookFolderPayload"/>
/// (<c>dm.folder.*</c>) or <see cref="WebhookDerivativePayload"/> (<c>extraction.*</c>). Handlers are resolved in a new
/// dependency-injection scope per callback; register them with <c>AddApsWebhookHandler</c>.
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
public interface IApsWebhookHandler<TEvent>
    where TEvent : class
{
    /// <summary>Handles one callback. An exception is logged (without the payload) and does not stop other handlers.</summary>
    /// <param name="notification">The typed event with the callback it came in.</param>
    /// <param name="cancellationToken">Signals that the application is shutting down past its grace period.</param>
    /// <returns>A task that completes when handled.</returns>
    Task HandleAsync(ApsWebhookNotification<TEvent> notification, CancellationToken cancellationToken);
}

/// <summary>A verified webhook callback, with its typed event.</summary>
/// <typeparam name="TEvent">The event type.</typeparam>
public sealed class ApsWebhookNotification<TEvent>
    where TEvent : class
{
    internal ApsWebhookNotification(TEvent payload, ApsWebhookEvent callback, string deliveryId, DateTimeOffset receivedAt)
    {
        Payload = payload;
        Callback = callback;
        DeliveryId = deliveryId;
        ReceivedAt = receivedAt;
    }

    /// <summary>Gets the typed event (for <see cref="ApsWebhookEvent"/> handlers, the callback itself).</summary>
    public TEvent Payload { get; }

    /// <summary>Gets the whole callback: hook, event name, resource URN and the raw JSON.</summary>
    public ApsWebhookEvent Callback { get; }

    /// <summary>Gets an id the receiver gave this delivery (for logs and de-duplication of your own).</summary>
    public string DeliveryId { get; }

    /// <summary>Gets when the receiver accepted the callback.</summary>
    public DateTimeOffset ReceivedAt { get; }
}
