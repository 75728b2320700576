using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Files;

/// <summary>ACC Files: file exports.</summary>
public partial class FilesClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected FilesClient()
    {
    }

    internal FilesClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
