using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.AutoSpecs;

/// <summary>ACC AutoSpecs: specification metadata, requirements and submittal logs.</summary>
public partial class AutoSpecsClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected AutoSpecsClient()
    {
    }

    internal AutoSpecsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
