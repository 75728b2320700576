using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>ACC Reviews: approval workflows and reviews.</summary>
public partial class ReviewsClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected ReviewsClient()
    {
    }

    internal ReviewsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
