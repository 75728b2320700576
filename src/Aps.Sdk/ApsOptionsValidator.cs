using Microsoft.Extensions.Options;

namespace Aps.Sdk;

/// <summary>Validates <see cref="ApsOptions"/> (attributes through the options source generator, then the rules that span fields).</summary>
[OptionsValidator]
internal sealed partial class ApsOptionsAttributeValidator : IValidateOptions<ApsOptions>
{
}

/// <summary>Validates <see cref="ApsOptions"/> with clear messages; used on start under DI and by <c>new ApsClient(options)</c>.</summary>
internal sealed class ApsOptionsValidator : IValidateOptions<ApsOptions>
{
    private readonly ApsOptionsAttributeValidator _attributes = new();

    public ValidateOptionsResult Validate(string? name, ApsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var attributeResult = _attributes.Validate(name, options);
        if (attributeResult.Failed)
        {
            failures.AddRange(attributeResult.Failures);
        }

        // A client id without a secret is a public client (desktop, mobile, SPA): it signs users in (3-legged) and
        // passes their token provider per call, so only the client id is required.
        if (options.TokenProvider is null && !options.HasRegisteredTokenProvider && string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Aps:ClientId is required unless a TokenProvider is set (configuration key 'Aps:ClientId', environment variable Aps__ClientId).");
        }

        CheckAddress(options.BaseAddress, "Aps:BaseAddress", failures);
        CheckAddress(options.UserProfileAddress, "Aps:UserProfileAddress", failures);

        if (options.ApplicationId is { } appId && (appId.Length == 0 || appId.Length > 64 || appId.Any(char.IsWhiteSpace) || appId.Any(char.IsControl)))
        {
            failures.Add("Aps:ApplicationId must be 1 to 64 characters without white space (it goes into the User-Agent).");
        }

        try
        {
            _ = Authentication.ApsScopes.Create(options.DefaultScopes ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            failures.Add("Aps:DefaultScopes is invalid: " + ex.Message);
        }

        CheckSpan(options.TokenRefreshMargin, TimeSpan.Zero, TimeSpan.FromMinutes(30), "Aps:TokenRefreshMargin", failures);
        CheckSpan(options.PooledConnectionLifetime, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), "Aps:PooledConnectionLifetime", failures);
        var r = options.Resilience;
        if (r is not null)
        {
            CheckSpan(r.RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(5), "Aps:Resilience:RetryBaseDelay", failures);
            CheckSpan(r.MaxRetryDelay, TimeSpan.Zero, TimeSpan.FromMinutes(10), "Aps:Resilience:MaxRetryDelay", failures);
            CheckSpan(r.MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromHours(1), "Aps:Resilience:MaxRetryAfter", failures);
            CheckSpan(r.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1), "Aps:Resilience:AttemptTimeout", failures);
            CheckSpan(r.TotalRequestTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1), "Aps:Resilience:TotalRequestTimeout", failures);
            if (r.CircuitBreaker is { } cb)
            {
                CheckSpan(cb.SamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromHours(1), "Aps:Resilience:CircuitBreaker:SamplingDuration", failures);
                CheckSpan(cb.BreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromHours(1), "Aps:Resilience:CircuitBreaker:BreakDuration", failures);
            }

            if (r.AttemptTimeout > r.TotalRequestTimeout)
            {
                failures.Add($"Aps:Resilience:AttemptTimeout ({r.AttemptTimeout}) must not exceed Aps:Resilience:TotalRequestTimeout ({r.TotalRequestTimeout}).");
            }

            if (r.RetryBaseDelay > r.MaxRetryDelay)
            {
                failures.Add($"Aps:Resilience:RetryBaseDelay ({r.RetryBaseDelay}) must not exceed Aps:Resilience:MaxRetryDelay ({r.MaxRetryDelay}).");
            }
        }
        else
        {
            failures.Add("Aps:Resilience must not be null.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSpan(TimeSpan value, TimeSpan min, TimeSpan max, string key, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max}; it is {value}.");
        }
    }

    private static void CheckAddress(Uri? address, string key, List<string> failures)
    {
        if (address is null)
        {
            return; // reported by the attribute validator
        }

        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) address; '{address}' is not.");
        }
        else if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback)
        {
            failures.Add($"{key} must use https (plain http is only allowed on loopback, for emulators and tests); '{address.GetLeftPart(UriPartial.Authority)}' is not.");
        }
        else if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            failures.Add($"{key} must not carry a query or fragment.");
        }
    }
}
