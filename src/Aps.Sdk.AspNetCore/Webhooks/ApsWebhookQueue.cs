using System.Threading.Channels;
using Aps.Sdk.Webhooks;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.Webhooks;

/// <summary>An accepted, verified callback waiting for its handlers.</summary>
internal sealed record ApsWebhookDelivery(ApsWebhookEvent Callback, string DeliveryId, DateTimeOffset ReceivedAt);

/// <summary>The bounded channel between the receiver endpoint and the dispatcher.</summary>
internal sealed class ApsWebhookQueue
{
    private readonly Channel<ApsWebhookDelivery> _channel;

    public ApsWebhookQueue(IOptions<ApsWebhookReceiverOptions> options)
    {
        _channel = Channel.CreateBounded<ApsWebhookDelivery>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    public ChannelReader<ApsWebhookDelivery> Reader => _channel.Reader;

    /// <summary>Queues without waiting; <see langword="false"/> when full or shutting down.</summary>
    public bool TryEnqueue(ApsWebhookDelivery delivery) => _channel.Writer.TryWrite(delivery);

    public void Complete() => _channel.Writer.TryComplete();
}
