namespace Aps.Sdk.AspNetCore;

/// <summary>Settings of the webhook receiver mapped with <c>MapApsWebhooks</c>.</summary>
public sealed class ApsWebhookReceiverOptions
{
    /// <summary>
    /// Gets or sets the secret token registered with the Webhooks service (<c>WebhooksClient.CreateTokenAsync</c>);
    /// every callback must carry a matching <c>x-adsk-signature</c>. Required.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Gets secrets also accepted, for example the previous one while a new token is rolled out.</summary>
    public IList<string> AdditionalSecrets { get; } = [];

    /// <summary>Gets or sets how many accepted callbacks may wait for their handlers; 1,024 by default. When full, the receiver answers 503 so APS retries later.</summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>Gets or sets the largest body accepted; 1 MiB by default (413 beyond it).</summary>
    public int MaxBodySize { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets how many callbacks are handled at the same time; 1 by default (in arrival order).</summary>
    public int MaxConcurrency { get; set; } = 1;

    internal string? Problem()
    {
        if (string.IsNullOrEmpty(Secret))
        {
            return "ApsWebhookReceiverOptions.Secret is required: the secret token registered with the APS Webhooks service.";
        }

        if (AdditionalSecrets.Any(string.IsNullOrEmpty))
        {
            return "ApsWebhookReceiverOptions.AdditionalSecrets must not contain empty secrets.";
        }

        return QueueCapacity < 1 || MaxBodySize < 1 || MaxConcurrency < 1
            ? "ApsWebhookReceiverOptions: QueueCapacity, MaxBodySize and MaxConcurrency must be positive."
            : null;
    }
}
