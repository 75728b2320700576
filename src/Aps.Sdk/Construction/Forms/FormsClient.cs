using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Forms;

/// <summary>ACC Forms: form templates and forms.</summary>
public partial class FormsClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected FormsClient()
    {
    }

    internal FormsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
