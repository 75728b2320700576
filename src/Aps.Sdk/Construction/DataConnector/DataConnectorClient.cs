using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.DataConnector;

/// <summary>ACC Data Connector: data extraction requests, jobs and their files.</summary>
public partial class DataConnectorClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected DataConnectorClient()
    {
    }

    internal DataConnectorClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
