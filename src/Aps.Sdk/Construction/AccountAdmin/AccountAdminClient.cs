using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>ACC Account Admin: account projects, companies, account users, project users and business units.</summary>
public partial class AccountAdminClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected AccountAdminClient()
    {
    }

    internal AccountAdminClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
