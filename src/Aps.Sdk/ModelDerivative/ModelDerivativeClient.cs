using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.ModelDerivative;

/// <summary>The Model Derivative API: translate designs, read manifests, metadata and properties, download derivatives.</summary>
public partial class ModelDerivativeClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected ModelDerivativeClient()
    {
    }

    internal ModelDerivativeClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
