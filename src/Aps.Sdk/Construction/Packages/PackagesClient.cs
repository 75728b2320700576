using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Packages;

/// <summary>ACC Packages.</summary>
public partial class PackagesClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected PackagesClient()
    {
    }

    internal PackagesClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
