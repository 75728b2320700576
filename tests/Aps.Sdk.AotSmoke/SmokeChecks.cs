namespace Aps.Sdk.AotSmoke;

/// <summary>One smoke check: a real SDK call over canned answers, verified.</summary>
internal interface ISmokeCheck
{
    string Name { get; }

    Task RunAsync();
}

/// <summary>
/// Every check the AOT binary runs. Native AOT has no reflection-based discovery, so a new area adds its check here:
/// one file in Areas/ and one line below.
/// </summary>
internal static class SmokeChecks
{
    public static readonly IReadOnlyList<ISmokeCheck> All =
    [
        new AuthenticationSmoke(),
        new SharedTokenCacheSmoke(),
        new OssSmoke(),
        new OssPagingSmoke(),
        new JsonApiSmoke(),
        new ErrorSmoke(),
        new ModelDerivativeSmoke(),
        new DataManagementSmoke(),
        new WebhooksSmoke(),
        new ServiceAccountsSmoke(),
        new IssuesSmoke(),
        new AccountAdminSmoke(),
        new ConstructionModulesSmoke(),
    ];
}
