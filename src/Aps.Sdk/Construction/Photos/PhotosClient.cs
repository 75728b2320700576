using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Photos;

/// <summary>ACC Photos: photos and their files.</summary>
public partial class PhotosClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected PhotosClient()
    {
    }

    internal PhotosClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
