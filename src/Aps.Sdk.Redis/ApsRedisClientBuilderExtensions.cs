using Aps.Sdk.Authentication;
using Aps.Sdk.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Aps.Sdk's Redis token store and lock (see <c>docs/scale-out.md</c>).</summary>
public static class ApsRedisClientBuilderExtensions
{
    /// <summary>
    /// Keeps 3-legged token pairs in a <see cref="RedisApsTokenStore"/> on the Redis server(s) of
    /// <paramref name="configuration"/> (a StackExchange.Redis configuration string such as <c>localhost:6379</c>), over one
    /// connection the container creates on first use and disposes. When
    /// <see cref="RedisApsTokenStoreOptions.Protector"/> is not set, a registered <see cref="IApsTokenProtector"/> protects the entries.
    /// </summary>
    /// <param name="builder">The builder <c>AddApsClients</c> returned.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string.</param>
    /// <param name="configure">Edits the store's settings.</param>
    /// <returns>The same builder.</returns>
#pragma warning disable RS0027 // Overloads by connection source: the other takes as many parameters, none optional (RS0026-safe).
    public static IApsClientBuilder UseRedisTokenStore(this IApsClientBuilder builder, string configuration, Action<RedisApsTokenStoreOptions>? configure = null)
#pragma warning restore RS0027
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        return UseRedisTokenStore(builder, SharedConnection(builder.Services, configuration), configure);
    }

    /// <summary>
    /// Keeps 3-legged token pairs in a <see cref="RedisApsTokenStore"/> over the connection <paramref name="connection"/>
    /// returns (for example <c>sp =&gt; sp.GetRequiredService&lt;IConnectionMultiplexer&gt;()</c> when the app registers its own).
    /// When <see cref="RedisApsTokenStoreOptions.Protector"/> is not set, a registered <see cref="IApsTokenProtector"/> protects the entries.
    /// </summary>
    /// <param name="builder">The builder <c>AddApsClients</c> returned.</param>
    /// <param name="connection">Returns the connection (called once).</param>
    /// <param name="configure">Edits the store's settings, or <see langword="null"/>.</param>
    /// <returns>The same builder.</returns>
    public static IApsClientBuilder UseRedisTokenStore(this IApsClientBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisApsTokenStoreOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        var name = builder.Name;
        var optionsName = name.Length == 0 ? Options.Options.DefaultName : "Aps:" + name;
        var options = builder.Services.AddOptions<RedisApsTokenStoreOptions>(optionsName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        ApsScaleOutClientBuilderExtensions.RegisterTokenStore(builder, sp =>
        {
            var configured = sp.GetRequiredService<IOptionsMonitor<RedisApsTokenStoreOptions>>().Get(optionsName);
            var effective = new RedisApsTokenStoreOptions
            {
                KeyPrefix = configured.KeyPrefix,
                Protector = configured.Protector ?? ApsScaleOutClientBuilderExtensions.ResolveNamed<IApsTokenProtector>(sp, name),
                EntryLifetime = configured.EntryLifetime,
                Database = configured.Database,
            };
            return new RedisApsTokenStore(connection(sp), effective);
        });
        return builder;
    }

    /// <summary>
    /// Registers a <see cref="RedisApsDistributedLock"/> as the <see cref="IApsDistributedLock"/> that
    /// <c>UseDistributedCacheTokenStore</c> needs, on the Redis server(s) of <paramref name="configuration"/> (one
    /// connection, shared with <c>UseRedisTokenStore</c> when both name the same configuration).
    /// </summary>
    /// <param name="builder">The builder <c>AddApsClients</c> returned.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string.</param>
    /// <param name="keyPrefix">The prefix of every lock key; <c>aps:lock:</c> by default.</param>
    /// <returns>The same builder.</returns>
#pragma warning disable RS0027 // Overloads by connection source: the other takes as many parameters, none optional (RS0026-safe).
    public static IApsClientBuilder AddRedisDistributedLock(this IApsClientBuilder builder, string configuration, string keyPrefix = "aps:lock:")
#pragma warning restore RS0027
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        return AddRedisDistributedLock(builder, SharedConnection(builder.Services, configuration), keyPrefix);
    }

    /// <summary>
    /// Registers a <see cref="RedisApsDistributedLock"/> as the <see cref="IApsDistributedLock"/> that
    /// <c>UseDistributedCacheTokenStore</c> needs, over the connection <paramref name="connection"/> returns.
    /// </summary>
    /// <param name="builder">The builder <c>AddApsClients</c> returned.</param>
    /// <param name="connection">Returns the connection (called once).</param>
    /// <param name="keyPrefix">The prefix of every lock key (<c>aps:lock:</c> is the usual one).</param>
    /// <returns>The same builder.</returns>
    public static IApsClientBuilder AddRedisDistributedLock(this IApsClientBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        if (builder.Name.Length == 0)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<IApsDistributedLock>(sp => new RedisApsDistributedLock(connection(sp), keyPrefix)));
        }
        else
        {
            builder.Services.AddKeyedSingleton<IApsDistributedLock>(builder.Name, (sp, _) => new RedisApsDistributedLock(connection(sp), keyPrefix));
        }

        return builder;
    }

    /// <summary>One connection per configuration string, created on first use and disposed with the container.</summary>
    private static Func<IServiceProvider, IConnectionMultiplexer> SharedConnection(IServiceCollection services, string configuration)
    {
        var key = new RedisConnectionKey(configuration);
        services.TryAddKeyedSingleton<IConnectionMultiplexer>(key, (_, _) => ConnectionMultiplexer.Connect(configuration));
        return sp => sp.GetRequiredKeyedService<IConnectionMultiplexer>(key);
    }

    /// <summary>The private key of a connection the container creates from a configuration string.</summary>
    private sealed record RedisConnectionKey(string Configuration)
    {
        // The configuration may carry a password: never print it.
        public override string ToString() => "Aps.Sdk.Redis connection";
    }
}
