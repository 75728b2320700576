using System.ComponentModel.DataAnnotations;
using Aps.Sdk.Authentication;
using Microsoft.Extensions.Options;

namespace Aps.Sdk;

/// <summary>
/// Settings of an <see cref="ApsClient"/>: credentials, addresses, region, User-Agent application id, timeouts and
/// resilience. Bind it from configuration (section <c>Aps</c> by convention) or set it in code.
/// </summary>
public sealed class ApsOptions
{
    /// <summary>The production APS address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://developer.api.autodesk.com");

    /// <summary>The host of the APS user-profile service that answers <c>/userinfo</c>.</summary>
    public static readonly Uri DefaultUserProfileAddress = new("https://api.userprofile.autodesk.com");

    /// <summary>Gets or sets the client id of the APS application.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Gets or sets the client secret. With <see cref="ClientId"/> it enables 2-legged (client credentials) tokens.
    /// Leave it empty for public clients (desktop, mobile, SPA), which send only <c>client_id</c>.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Gets or sets a token provider that replaces the built-in client-credentials provider (for example a
    /// 3-legged or static token provider). Not bound from configuration.
    /// </summary>
    public IApsTokenProvider? TokenProvider { get; set; }

    /// <summary>
    /// Gets or sets a cache of app-only tokens shared with the app's other instances (for example
    /// <see cref="ApsDistributedTokenCache"/> over Redis), used by the built-in client-credentials provider: an
    /// in-memory miss asks it before fetching, fetched tokens are written to it, and a token rejected with 401 is
    /// removed from it. <see langword="null"/> (the default): each client caches its tokens in memory only. Not bound
    /// from configuration; <c>AddDistributedTokenCache()</c> sets it from the registered <c>IDistributedCache</c>.
    /// </summary>
    public IApsTokenCache? TokenCache { get; set; }

    /// <summary>Gets or sets a value indicating whether a token provider is registered in the container (<c>UseTokenProvider</c>).</summary>
    internal bool HasRegisteredTokenProvider { get; set; }

    /// <summary>
    /// Gets or sets the scopes used for raw <see cref="ApsClient.SendAsync"/> calls (space-delimited).
    /// Typed operations ask for the scopes each operation needs.
    /// </summary>
    public string DefaultScopes { get; set; } = ApsScopes.DataRead;

    /// <summary>Gets or sets the APS base address (<c>https://developer.api.autodesk.com</c>).</summary>
    [Required]
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Gets or sets the address of the user-profile service used by <c>/userinfo</c>.</summary>
    [Required]
    public Uri UserProfileAddress { get; set; } = DefaultUserProfileAddress;

    /// <summary>
    /// Gets or sets the region sent to operations that take one when the call does not set its own. The default,
    /// <see langword="null"/>, sends nothing, so APS routes by itself (operations that require a region fall back
    /// to US).
    /// </summary>
    public ApsRegion? DefaultRegion { get; set; }

    /// <summary>
    /// Gets or sets your application's id, put in front of the User-Agent (<c>MyApp Aps.Sdk/1.0.0 (...)</c>).
    /// At most 64 characters, no white space.
    /// </summary>
    public string? ApplicationId { get; set; }

    /// <summary>Gets or sets how long before expiry a cached token is refreshed. Default 5 minutes.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long pooled connections live before they are recycled (DNS changes). Default 5 minutes.</summary>
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets the retry, timeout, circuit-breaker and rate-limiter settings.</summary>
    [ValidateObjectMembers]
    public ApsResilienceOptions Resilience { get; set; } = new();

    /// <summary>Describes the options without printing the secret.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => $"ApsOptions(ClientId={ClientId ?? "<none>"}, ClientSecret={(string.IsNullOrEmpty(ClientSecret) ? "<none>" : "***")}, BaseAddress={BaseAddress}, DefaultRegion={(DefaultRegion?.Value ?? "<none>")})";
}
