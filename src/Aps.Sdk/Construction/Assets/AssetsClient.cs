using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Assets;

/// <summary>ACC Assets: assets, categories, statuses and custom attributes.</summary>
public partial class AssetsClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected AssetsClient()
    {
    }

    internal AssetsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
