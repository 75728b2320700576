namespace Aps.Sdk.Testing.Emulator;

/// <summary>
/// One API area of the emulator (Authentication, OSS, emulated S3, and later Data Management, Model Derivative,
/// Webhooks, Issues...). A module maps its routes and keeps its own state; it reaches shared services (tokens,
/// object storage, URL signing, clock) through <see cref="EmulatorContext"/>. Register new modules in
/// <see cref="EmulatorModules.Create"/>.
/// </summary>
internal interface IEmulatorModule
{
    /// <summary>Adds the module's routes.</summary>
    void Map(EmulatorRouteTable routes);
}

/// <summary>The one place modules are registered, in order.</summary>
internal static class EmulatorModules
{
    public static IReadOnlyList<IEmulatorModule> Create(EmulatorContext context) =>
    [
        new Auth.AuthenticationModule(context),
        new Oss.OssBucketsModule(context),
        new Oss.OssObjectsModule(context),
        new Oss.OssSignedS3Module(context),
        new Oss.OssSignedResourcesModule(context),
        new Oss.FakeS3Module(context),
        new Webhooks.WebhooksModule(context),
        new ServiceAccounts.ServiceAccountsModule(context),
        new ModelDerivative.ModelDerivativeModule(context),
        new DataManagement.DataManagementModule(context),
        new Construction.Issues.IssuesModule(context),
    ];
}
