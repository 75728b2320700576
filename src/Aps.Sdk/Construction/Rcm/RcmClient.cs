using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Rcm;

/// <summary>ACC Relationship and cost management (RCM).</summary>
public partial class RcmClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected RcmClient()
    {
    }

    internal RcmClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
