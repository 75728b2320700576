using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.DataManagement;

/// <summary>The Data Management API: hubs, projects, folders, items and versions (JSON:API), with upload and download helpers.</summary>
public partial class DataManagementClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected DataManagementClient()
    {
    }

    internal DataManagementClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
