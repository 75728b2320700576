using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Docs;

/// <summary>ACC Docs: folder permissions, custom attributes, naming standards and version exports.</summary>
public partial class DocsClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected DocsClient()
    {
    }

    internal DocsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
