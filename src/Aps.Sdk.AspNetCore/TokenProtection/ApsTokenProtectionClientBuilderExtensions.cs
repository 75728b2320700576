using Aps.Sdk.AspNetCore;
using Aps.Sdk.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Encrypts tokens at rest with ASP.NET Core Data Protection.</summary>
public static class ApsTokenProtectionClientBuilderExtensions
{
    /// <summary>
    /// Registers a <see cref="DataProtectionApsTokenProtector"/> as the registration's <see cref="IApsTokenProtector"/>
    /// (and adds Data Protection), so the shared token stores (<c>UseDistributedCacheTokenStore</c>,
    /// Aps.Sdk.Redis's <c>UseRedisTokenStore</c>) encrypt token pairs at rest unless their options name another
    /// protector. The in-memory store keeps tokens in the process and does not use it. Every instance must share the
    /// Data Protection key ring (see <c>docs/aspnetcore.md</c>).
    /// </summary>
    /// <param name="builder">The builder <c>AddApsClients</c> returned.</param>
    /// <returns>The same builder.</returns>
    public static IApsClientBuilder ProtectTokensWithDataProtection(this IApsClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDataProtection();
        if (builder.Name.Length == 0)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<IApsTokenProtector>(sp => new DataProtectionApsTokenProtector(sp.GetRequiredService<IDataProtectionProvider>())));
        }
        else
        {
            builder.Services.AddKeyedSingleton<IApsTokenProtector>(builder.Name, (sp, _) => new DataProtectionApsTokenProtector(sp.GetRequiredService<IDataProtectionProvider>()));
        }

        return builder;
    }
}
