using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Rfis;

/// <summary>ACC RFIs: requests for information, their types and responses.</summary>
public partial class RfisClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected RfisClient()
    {
    }

    internal RfisClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
