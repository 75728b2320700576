using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Issues;

/// <summary>ACC Issues: issues, their types, attributes, comments and attachments.</summary>
public partial class IssuesClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected IssuesClient()
    {
    }

    internal IssuesClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
