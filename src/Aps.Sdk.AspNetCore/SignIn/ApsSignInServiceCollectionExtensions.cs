using Aps.Sdk.AspNetCore;
using Aps.Sdk.AspNetCore.SignIn;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the APS 3-legged sign-in to an <c>AddApsClients</c> registration.</summary>
public static class ApsSignInServiceCollectionExtensions
{
    /// <summary>
    /// Adds the APS 3-legged sign-in: the endpoints <c>app.MapApsSignIn()</c> maps, and the scoped
    /// <see cref="IApsUserClient"/> whose clients act as the signed-in user. Tokens live in the registered
    /// <c>IApsTokenStore</c> (in memory unless <c>UseTokenStore</c> chose another one); started sign-ins in the
    /// registered <c>IDistributedCache</c> (in memory unless the application registered a shared one).
    /// </summary>
    /// <param name="builder">The builder <c>AddApsClients</c> returned.</param>
    /// <param name="configure">Edits the sign-in settings.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="InvalidOperationException">Sign-in was already added to another registration.</exception>
    public static IApsClientBuilder AddApsSignIn(this IApsClientBuilder builder, Action<ApsSignInOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(ApsSignInRegistration))?.ImplementationInstance as ApsSignInRegistration;
        if (existing is not null && existing.Name != builder.Name)
        {
            throw new InvalidOperationException($"APS sign-in is already added to the registration '{existing.Name}'; an application signs users in with one APS application.");
        }

        if (existing is null)
        {
            services.AddSingleton(new ApsSignInRegistration(builder.Name));
        }

        var options = services.AddOptions<ApsSignInOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApsSignInOptions>, ApsSignInOptionsValidator>());
        services.AddHttpContextAccessor();
        services.AddDistributedMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApsSessionRegistry>();
        services.TryAddSingleton<ApsSignInHandler>();
        services.TryAddScoped<ApsUserClient>();
        services.TryAddScoped<IApsUserClient>(sp => sp.GetRequiredService<ApsUserClient>());
        return builder;
    }

    private sealed class ApsSignInOptionsValidator : IValidateOptions<ApsSignInOptions>
    {
        public ValidateOptionsResult Validate(string? name, ApsSignInOptions options)
            => options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    internal static ApsSignInOptions SignInOptions(this IServiceProvider services) => services.GetRequiredService<IOptions<ApsSignInOptions>>().Value;
}
