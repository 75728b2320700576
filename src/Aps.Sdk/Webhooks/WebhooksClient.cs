using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Webhooks;

/// <summary>The Webhooks API: hooks per system and event, and the secret token that signs callbacks.</summary>
public partial class WebhooksClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected WebhooksClient()
    {
    }

    internal WebhooksClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
