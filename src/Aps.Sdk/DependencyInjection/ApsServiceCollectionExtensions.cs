using System.Diagnostics.CodeAnalysis;
using Aps.Sdk;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Handlers;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Oss;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ApsClient"/> and every area client.</summary>
public static class ApsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the APS clients with options bound from <paramref name="configuration"/> (for example
    /// <c>builder.Configuration.GetSection("Aps")</c>) and validated on start.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <returns>A builder to configure resilience, handlers and token providers.</returns>
    public static IApsClientBuilder AddApsClients(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, string.Empty, b => Bind(b, configuration));
    }

    /// <summary>Registers the APS clients with options set in code and validated on start.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to configure resilience, handlers and token providers.</returns>
    public static IApsClientBuilder AddApsClients(this IServiceCollection services, Action<ApsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, string.Empty, b => b.Configure(configure));
    }

    /// <summary>
    /// Registers a second (third, …) APS application under <paramref name="name"/>: its clients are keyed services
    /// (<c>[FromKeyedServices("name")] ApsClient aps</c>) with their own options, token cache and resilience state.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The key.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <returns>A builder to configure resilience, handlers and token providers.</returns>
    public static IApsClientBuilder AddApsClients(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, name, b => Bind(b, configuration));
    }

    /// <summary>Registers a named APS application with options set in code (keyed services).</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to configure resilience, handlers and token providers.</returns>
    public static IApsClientBuilder AddApsClients(this IServiceCollection services, string name, Action<ApsOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, name, b => b.Configure(configure));
    }

    private static ApsClientBuilder AddCore(IServiceCollection services, string name, Action<OptionsBuilder<ApsOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsName = OptionsName(name);
        var optionsBuilder = services.AddOptions<ApsOptions>(optionsName);
        configure(optionsBuilder);
        optionsBuilder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApsOptions>, ApsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IApsTokenStore, InMemoryApsTokenStore>();

        var key = new ApsRegistrationKey(name);
        var http = services.AddHttpClient(name.Length == 0 ? ApsHttpChain.ApsClientName : ApsHttpChain.ApsClientName + ":" + name);
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(ApsPipeline) && Equals(d.ServiceKey, key)))
        {
            // Registered already: only the new configuration is added, never a second handler chain.
            return new ApsClientBuilder(name, optionsName, key, services, http);
        }

        var apsClientName = name.Length == 0 ? ApsHttpChain.ApsClientName : ApsHttpChain.ApsClientName + ":" + name;
        var transferClientName = name.Length == 0 ? ApsHttpChain.TransferClientName : ApsHttpChain.TransferClientName + ":" + name;

        services.AddKeyedSingleton(key, (sp, _) => new ApsResiliencePipelines(Get(sp, optionsName).Resilience, sp.GetRequiredService<TimeProvider>()));

        http
            .ConfigurePrimaryHttpMessageHandler(sp => ApsHttpChain.CreatePrimaryHandler(Get(sp, optionsName)))
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp => new DiagnosticsHandler(Get(sp, optionsName), sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp => sp.GetRequiredKeyedService<ApsResiliencePipelines>(key).CreateHandler())
            .AddHttpMessageHandler(sp => new RedactingLoggingHandler(Logger(sp), sp.GetRequiredService<TimeProvider>()));
        http.RemoveAllLoggers();

        services.AddHttpClient(transferClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => ApsHttpChain.CreatePrimaryHandler(Get(sp, optionsName), apiCalls: false))
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp => new RedactingLoggingHandler(Logger(sp), sp.GetRequiredService<TimeProvider>()))
            .RemoveAllLoggers();

        services.AddKeyedSingleton(key, (sp, _) =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            var pipeline = new ApsPipeline(Get(sp, optionsName), () => factory.CreateClient(apsClientName), () => factory.CreateClient(transferClientName), sp.GetRequiredService<TimeProvider>());
            pipeline.SetTokenProvider(ApsHttpChain.DefaultTokenProvider(pipeline, () => sp.GetKeyedService<IApsTokenProvider>(key)));
            return pipeline;
        });

        if (name.Length == 0)
        {
            services.TryAddSingleton(sp => new ApsClient(sp.GetRequiredKeyedService<ApsPipeline>(key)));
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Authentication);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Oss);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().ModelDerivative);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().DataManagement);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Webhooks);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().ServiceAccounts);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Issues);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.AccountAdmin);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Assets);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Photos);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Reviews);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Rfis);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Forms);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Locations);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.DataConnector);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Files);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Docs);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Packages);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.Rcm);
            services.TryAddSingleton(sp => sp.GetRequiredService<ApsClient>().Construction.AutoSpecs);
        }
        else
        {
            services.TryAddKeyedSingleton(name, (sp, _) => new ApsClient(sp.GetRequiredKeyedService<ApsPipeline>(key)));
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Authentication);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Oss);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).ModelDerivative);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).DataManagement);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Webhooks);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).ServiceAccounts);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Issues);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.AccountAdmin);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Assets);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Photos);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Reviews);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Rfis);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Forms);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Locations);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.DataConnector);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Files);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Docs);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Packages);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.Rcm);
            services.TryAddKeyedSingleton(name, (sp, k) => sp.GetRequiredKeyedService<ApsClient>(k).Construction.AutoSpecs);
        }

        return new ApsClientBuilder(name, optionsName, key, services, http);
    }

    private static void Bind(OptionsBuilder<ApsOptions> builder, IConfiguration configuration)
        => builder.Configure(o => ApsOptionsConfiguration.Apply(configuration, o));

    private static ApsOptions Get(IServiceProvider sp, string optionsName) => sp.GetRequiredService<IOptionsMonitor<ApsOptions>>().Get(optionsName);

    private static ILogger Logger(IServiceProvider sp)
        => (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(ApsHttpChain.LoggerCategory);

    internal static string OptionsName(string name) => name.Length == 0 ? Options.Options.DefaultName : "Aps:" + name;

    /// <summary>The private key of one registration's internal services.</summary>
    internal sealed record ApsRegistrationKey(string Name);

    private sealed class ApsClientBuilder(string name, string optionsName, ApsRegistrationKey key, IServiceCollection services, IHttpClientBuilder http) : IApsClientBuilder
    {
        public string Name { get; } = name;

        public IServiceCollection Services { get; } = services;

        public IApsClientBuilder ConfigureResilience(Action<ApsResilienceOptions> configure)
        {
            ArgumentNullException.ThrowIfNull(configure);
            Services.Configure<ApsOptions>(optionsName, o => configure(o.Resilience));
            return this;
        }

        public IApsClientBuilder AddHttpMessageHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
            where THandler : DelegatingHandler
        {
            Services.TryAddTransient<THandler>();
            http.AddHttpMessageHandler<THandler>();
            return this;
        }

        public IApsClientBuilder UseTokenProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>()
            where TProvider : class, IApsTokenProvider
        {
            Services.TryAddSingleton<TProvider>();
            Services.AddKeyedSingleton<IApsTokenProvider>(key, (sp, _) => sp.GetRequiredService<TProvider>());
            Services.Configure<ApsOptions>(optionsName, o => o.HasRegisteredTokenProvider = true);
            return this;
        }

        public IApsClientBuilder UseTokenStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>()
            where TStore : class, IApsTokenStore
        {
            Services.TryAddSingleton<TStore>();
            if (Name.Length == 0)
            {
                Services.Replace(ServiceDescriptor.Singleton<IApsTokenStore>(sp => sp.GetRequiredService<TStore>()));
            }
            else
            {
                Services.AddKeyedSingleton<IApsTokenStore>(Name, (sp, _) => sp.GetRequiredService<TStore>());
            }

            return this;
        }
    }
}
