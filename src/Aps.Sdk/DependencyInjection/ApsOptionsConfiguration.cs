using Aps.Sdk;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The configuration shape of <see cref="ApsOptions"/>: every setting but the token provider (an object, set in
/// code or with <c>UseTokenProvider</c>), bound with the configuration binding source generator (AOT safe) and
/// copied onto the options. Only keys present in configuration change the defaults.
/// </summary>
internal sealed class ApsOptionsConfiguration
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? DefaultScopes { get; set; }

    public Uri? BaseAddress { get; set; }

    public Uri? UserProfileAddress { get; set; }

    public string? DefaultRegion { get; set; }

    public string? ApplicationId { get; set; }

    public TimeSpan? TokenRefreshMargin { get; set; }

    public TimeSpan? PooledConnectionLifetime { get; set; }

    public static void Apply(IConfiguration configuration, ApsOptions options)
    {
        var settings = new ApsOptionsConfiguration();
        configuration.Bind(settings);
        options.ClientId = settings.ClientId ?? options.ClientId;
        options.ClientSecret = settings.ClientSecret ?? options.ClientSecret;
        options.DefaultScopes = settings.DefaultScopes ?? options.DefaultScopes;
        options.BaseAddress = settings.BaseAddress ?? options.BaseAddress;
        options.UserProfileAddress = settings.UserProfileAddress ?? options.UserProfileAddress;
        options.ApplicationId = settings.ApplicationId ?? options.ApplicationId;
        options.TokenRefreshMargin = settings.TokenRefreshMargin ?? options.TokenRefreshMargin;
        options.PooledConnectionLifetime = settings.PooledConnectionLifetime ?? options.PooledConnectionLifetime;
        if (!string.IsNullOrWhiteSpace(settings.DefaultRegion))
        {
            options.DefaultRegion = ApsRegion.Parse(settings.DefaultRegion);
        }

        configuration.GetSection(nameof(ApsOptions.Resilience)).Bind(options.Resilience);
    }
}
