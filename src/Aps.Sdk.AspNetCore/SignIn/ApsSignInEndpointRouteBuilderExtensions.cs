using Aps.Sdk;
using Aps.Sdk.AspNetCore;
using Aps.Sdk.AspNetCore.SignIn;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the APS sign-in endpoints and the "sign in again" handling.</summary>
public static class ApsSignInEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the sign-in endpoints under <paramref name="prefix"/>: <c>GET {prefix}/login?returnUrl=/local/path</c>
    /// (redirects to APS), <c>GET {prefix}/callback</c> (the redirect URI to register with APS),
    /// <c>POST {prefix}/logout</c> (revokes, then redirects to the APS logout page) and <c>GET {prefix}/me</c>
    /// (the signed-in user's profile as JSON, 401 otherwise).
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">The path prefix; <c>/aps</c> by default.</param>
    /// <returns>The group of the endpoints, to add conventions.</returns>
    /// <exception cref="InvalidOperationException"><c>AddApsSignIn</c> was not called.</exception>
    public static RouteGroupBuilder MapApsSignIn(this IEndpointRouteBuilder endpoints, string prefix = "/aps")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        prefix = prefix.TrimEnd('/');
        if (prefix.Length > 0 && !ApsSignInOptions.IsLocalPath(prefix))
        {
            throw new ArgumentException("The prefix must be a local path such as '/aps'.", nameof(prefix));
        }

        var registration = endpoints.ServiceProvider.GetService<ApsSignInRegistration>()
            ?? throw new InvalidOperationException("Call services.AddApsClients(...).AddApsSignIn() before app.MapApsSignIn().");
        registration.Prefix = prefix;
        var group = endpoints.MapGroup(prefix);
        group.MapGet("/login", http => Handler(http).LoginAsync(http, prefix));
        group.MapGet("/callback", http => Handler(http).CallbackAsync(http, prefix));
        group.MapPost("/logout", http => Handler(http).LogoutAsync(http));
        group.MapGet("/me", async http =>
        {
            try
            {
                await ApsSignInHandler.UserInfoAsync(http, http.RequestServices.GetRequiredService<IApsUserClient>(), prefix).ConfigureAwait(false);
            }
            catch (ApsAuthenticationException ex) when (ex.RequiresSignIn)
            {
                if (!await Handler(http).TryHandleAsync(http, ex, prefix).ConfigureAwait(false))
                {
                    throw;
                }
            }
        });
        return group;
    }

    private static ApsSignInHandler Handler(HttpContext http) => http.RequestServices.GetRequiredService<ApsSignInHandler>();

    /// <summary>
    /// Adds the middleware that turns an <see cref="ApsAuthenticationException"/> with
    /// <see cref="ApsAuthenticationException.RequiresSignIn"/> (no session, expired or revoked refresh token) thrown by
    /// any later endpoint into a 401 "sign in again" page (JSON for non-browser callers) and clears the dead session.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IApplicationBuilder UseApsSignIn(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (http, next) =>
        {
            try
            {
                await next(http).ConfigureAwait(false);
            }
            catch (ApsAuthenticationException ex) when (ex.RequiresSignIn)
            {
                var handler = http.RequestServices.GetRequiredService<ApsSignInHandler>();
                var prefix = http.RequestServices.GetRequiredService<ApsSignInRegistration>().Prefix;
                if (!await handler.TryHandleAsync(http, ex, prefix).ConfigureAwait(false))
                {
                    throw;
                }
            }
        });
    }
}
