using System.Diagnostics.CodeAnalysis;
using Aps.Sdk.AspNetCore;
using Aps.Sdk.AspNetCore.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the APS webhook receiver and its handlers.</summary>
public static class ApsWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook receiver: the queue, the hosted dispatcher and the settings (validated on start).
    /// Map the endpoint with <c>app.MapApsWebhooks("/webhooks/aps")</c> and add handlers with
    /// <see cref="AddApsWebhookHandler{TEvent, THandler}"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the secret and limits.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddApsWebhooks(this IServiceCollection services, Action<ApsWebhookReceiverOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ApsWebhookReceiverOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApsWebhookReceiverOptions>, ApsWebhookReceiverOptionsValidator>());
        var first = !services.Any(d => d.ServiceType == typeof(ApsWebhookDispatcher));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApsWebhookQueue>();
        services.TryAddSingleton<ApsWebhookReceiver>();
        services.TryAddSingleton<ApsWebhookDispatcher>();
        if (first)
        {
            services.AddSingleton<Hosting.IHostedService>(DispatcherOf);
        }

        return services;
    }

    /// <summary>Adds a handler of <typeparamref name="TEvent"/> callbacks (scoped: one instance per callback).</summary>
    /// <typeparam name="TEvent">
    /// <see cref="Aps.Sdk.Webhooks.ApsWebhookEvent"/> for every callback, or <see cref="Aps.Sdk.Webhooks.WebhookVersionPayload"/>,
    /// <see cref="Aps.Sdk.Webhooks.WebhookFolderPayload"/>, <see cref="Aps.Sdk.Webhooks.WebhookDerivativePayload"/>.
    /// </typeparam>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddApsWebhookHandler<TEvent, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where TEvent : class
        where THandler : class, IApsWebhookHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IApsWebhookHandler<TEvent>, THandler>());
        return services;
    }

    private static ApsWebhookDispatcher DispatcherOf(IServiceProvider sp) => sp.GetRequiredService<ApsWebhookDispatcher>();

    private sealed class ApsWebhookReceiverOptionsValidator : IValidateOptions<ApsWebhookReceiverOptions>
    {
        public ValidateOptionsResult Validate(string? name, ApsWebhookReceiverOptions options)
            => options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}

/// <summary>Maps the APS webhook callback endpoint.</summary>
public static class ApsWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as the callback URL of your webhooks: it reads the raw body once,
    /// verifies <c>x-adsk-signature</c> (401, logged without the payload, when it does not match), queues the event and
    /// answers 200 at once; registered <see cref="IApsWebhookHandler{TEvent}"/>s run off the request path.
    /// 413 for a body over the limit, 400 for a signed body that is not a callback, 503 (with <c>Retry-After</c>) when the
    /// queue is full, so APS retries.
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="pattern">The path, for example <c>/webhooks/aps</c>.</param>
    /// <returns>The endpoint, to add conventions.</returns>
    /// <exception cref="InvalidOperationException"><c>AddApsWebhooks</c> was not called.</exception>
    public static IEndpointConventionBuilder MapApsWebhooks(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (endpoints.ServiceProvider.GetService<ApsWebhookReceiver>() is null)
        {
            throw new InvalidOperationException("Call services.AddApsWebhooks(o => o.Secret = ...) before app.MapApsWebhooks(...).");
        }

        return endpoints.MapPost(pattern, http => http.RequestServices.GetRequiredService<ApsWebhookReceiver>().ReceiveAsync(http));
    }
}
