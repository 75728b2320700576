using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.ServiceAccounts;

/// <summary>Secure Service Accounts (SSA): service accounts and their keys.</summary>
public partial class ServiceAccountsClient
{
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected ServiceAccountsClient()
    {
    }

    internal ServiceAccountsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;
}
