using Aps.Sdk.Authentication;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares tokens between several instances of an app (see <c>docs/scale-out.md</c>).</summary>
public static partial class ApsScaleOutClientBuilderExtensions
{
    /// <summary>
    /// Keeps 3-legged token pairs in a <see cref="DistributedCacheApsTokenStore"/> over the registered
    /// <see cref="IDistributedCache"/> and <see cref="IApsDistributedLock"/> (for a named registration, a lock keyed
    /// with its name is preferred). When <see cref="DistributedCacheApsTokenStoreOptions.Protector"/> is not set, a
    /// registered <see cref="IApsTokenProtector"/> protects the entries.
    /// </summary>
    /// <param name="builder">The builder <c>AddApsClients</c> returned.</param>
    /// <param name="configure">Edits the store's settings.</param>
    /// <returns>The same builder.</returns>
    /// <remarks>
    /// Resolving the store throws <see cref="InvalidOperationException"/> when no <see cref="IApsDistributedLock"/>
    /// (for example Aps.Sdk.Redis's <c>AddRedisDistributedLock</c>) or no <see cref="IDistributedCache"/> is registered.
    /// </remarks>
    public static IApsClientBuilder UseDistributedCacheTokenStore(this IApsClientBuilder builder, Action<DistributedCacheApsTokenStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        var optionsName = TokenStoreOptionsName(name);
        var options = builder.Services.AddOptions<DistributedCacheApsTokenStoreOptions>(optionsName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        RegisterTokenStore(builder, sp =>
        {
            var cache = sp.GetService<IDistributedCache>()
                ?? throw new InvalidOperationException("UseDistributedCacheTokenStore needs an IDistributedCache: register a shared one (for example services.AddStackExchangeRedisCache(...)).");
            var distributedLock = ResolveNamed<IApsDistributedLock>(sp, name)
                ?? throw new InvalidOperationException(
                    "UseDistributedCacheTokenStore needs an IApsDistributedLock shared by every instance (IDistributedCache has no conditional write, so each swap runs inside the lock): " +
                    "register one, for example with Aps.Sdk.Redis's AddRedisDistributedLock(...), or use a store with an atomic swap such as UseRedisTokenStore(...).");
            var configured = sp.GetRequiredService<IOptionsMonitor<DistributedCacheApsTokenStoreOptions>>().Get(optionsName);
            var effective = new DistributedCacheApsTokenStoreOptions
            {
                KeyPrefix = configured.KeyPrefix,
                Protector = configured.Protector ?? ResolveNamed<IApsTokenProtector>(sp, name),
                EntryLifetime = configured.EntryLifetime,
                LockLease = configured.LockLease,
                LockWait = configured.LockWait,
            };
            return new DistributedCacheApsTokenStore(cache, distributedLock, effective, sp.GetService<TimeProvider>());
        });
        return builder;
    }

    /// <summary>Registers <paramref name="factory"/> as the registration's <see cref="IApsTokenStore"/> (a singleton), as <c>UseTokenStore</c> does.</summary>
    internal static void RegisterTokenStore(IApsClientBuilder builder, Func<IServiceProvider, IApsTokenStore> factory)
    {
        if (builder.Name.Length == 0)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        }
        else
        {
            builder.Services.AddKeyedSingleton<IApsTokenStore>(builder.Name, (sp, _) => factory(sp));
        }
    }

    /// <summary>A service keyed with the registration's name, else the unkeyed one, else <see langword="null"/>.</summary>
    internal static T? ResolveNamed<T>(IServiceProvider services, string name)
        where T : class
        => (name.Length == 0 ? null : services.GetKeyedService<T>(name)) ?? services.GetService<T>();

    private static string TokenStoreOptionsName(string name) => name.Length == 0 ? Options.Options.DefaultName : "Aps:" + name;
}
