using Aps.Sdk;
using Aps.Sdk.Authentication;
using Microsoft.Extensions.Caching.Distributed;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares tokens and sessions between the instances of an app (web farm, containers, functions).</summary>
public static partial class ApsScaleOutClientBuilderExtensions
{
    /// <summary>
    /// Shares the registration's app-only tokens (the built-in client-credentials provider) with the app's other
    /// instances through the registered <see cref="IDistributedCache"/> (<c>AddStackExchangeRedisCache</c>,
    /// <c>AddDistributedSqlServerCache</c>, ...): sets <see cref="ApsOptions.TokenCache"/> to an
    /// <see cref="ApsDistributedTokenCache"/> whose refresh margin is the registration's
    /// <see cref="ApsOptions.TokenRefreshMargin"/> and whose protector is the registered
    /// <see cref="IApsTokenProtector"/>, if any (<paramref name="configure"/> may change both). Works for named (keyed)
    /// registrations too; a <see cref="ApsOptions.TokenCache"/> set in code is kept.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddApsClients</c>.</param>
    /// <param name="configure">Changes the key prefix, the protector or the margin; <see langword="null"/> for the defaults.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// No <see cref="IDistributedCache"/> registered: the options fail to build (at start, since they are validated on
    /// start) with an <see cref="InvalidOperationException"/> saying so. See docs/scale-out.md.
    /// </remarks>
    public static IApsClientBuilder AddDistributedTokenCache(this IApsClientBuilder builder, Action<ApsDistributedTokenCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        builder.Services.AddOptions<ApsOptions>(ApsServiceCollectionExtensions.OptionsName(name))
            .PostConfigure<IServiceProvider>((options, sp) =>
            {
                if (options.TokenCache is not null)
                {
                    return;
                }

                var cache = sp.GetService<IDistributedCache>()
                    ?? throw new InvalidOperationException("AddDistributedTokenCache needs an IDistributedCache: register one first (for example services.AddStackExchangeRedisCache(...), or services.AddDistributedMemoryCache() for a single instance).");
                var settings = new ApsDistributedTokenCacheOptions
                {
                    RefreshMargin = options.TokenRefreshMargin,
                    Protector = ResolveNamed<IApsTokenProtector>(sp, name),
                };
                configure?.Invoke(settings);
                options.TokenCache = new ApsDistributedTokenCache(cache, settings, sp.GetService<TimeProvider>());
            });
        return builder;
    }
}
