using System.Diagnostics.CodeAnalysis;
using Aps.Sdk;
using Aps.Sdk.Authentication;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures the APS clients registered by <c>AddApsClients</c>.</summary>
public interface IApsClientBuilder
{
    /// <summary>Gets the registration's name (empty for the default, unkeyed registration).</summary>
    string Name { get; }

    /// <summary>Gets the service collection.</summary>
    IServiceCollection Services { get; }

    /// <summary>Changes the retry, timeout, circuit-breaker and rate-limiter settings.</summary>
    /// <param name="configure">Edits the settings.</param>
    /// <returns>This builder.</returns>
    IApsClientBuilder ConfigureResilience(Action<ApsResilienceOptions> configure);

    /// <summary>Adds a handler of yours to the <c>Aps</c> chain, innermost (after the SDK's own handlers).</summary>
    /// <typeparam name="THandler">The handler type, resolved from the container (transient).</typeparam>
    /// <returns>This builder.</returns>
    IApsClientBuilder AddHttpMessageHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where THandler : DelegatingHandler;

    /// <summary>Replaces the default token provider (client credentials) with <typeparamref name="TProvider"/>.</summary>
    /// <typeparam name="TProvider">The provider type, a singleton resolved from the container.</typeparam>
    /// <returns>This builder.</returns>
    IApsClientBuilder UseTokenProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>()
        where TProvider : class, IApsTokenProvider;

    /// <summary>Uses <typeparamref name="TStore"/> as the 3-legged token store (in memory by default).</summary>
    /// <typeparam name="TStore">The store type, a singleton resolved from the container.</typeparam>
    /// <returns>This builder.</returns>
    IApsClientBuilder UseTokenStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>()
        where TStore : class, IApsTokenStore;
}
