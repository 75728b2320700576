using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Locations;

/// <summary>ACC Locations: the location tree.</summary>
public partial class LocationsClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected LocationsClient()
    {
    }

    internal LocationsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
