using Microsoft.Extensions.DependencyInjection;

namespace Aps.Sdk.AspNetCore.SignIn;

/// <summary>Which <c>AddApsClients</c> registration the sign-in uses (the default one, or a named one).</summary>
internal sealed class ApsSignInRegistration(string name)
{
    public string Name { get; } = name;

    /// <summary>Gets or sets the path prefix <c>MapApsSignIn</c> mapped (for the "sign in again" links).</summary>
    public string Prefix { get; set; } = "/aps";

    public ApsClient ResolveClient(IServiceProvider services)
        => Name.Length == 0 ? services.GetRequiredService<ApsClient>() : services.GetRequiredKeyedService<ApsClient>(Name);
}
