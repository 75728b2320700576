using System.Diagnostics;
using System.Diagnostics.Metrics;
using Aps.Sdk.Core.Handlers;

namespace Aps.Sdk.Core.Diagnostics;

/// <summary>
/// The SDK's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <c>Aps.Sdk</c> (see
/// docs/observability.md). Tag names follow the OpenTelemetry HTTP client semantic conventions where one exists;
/// the SDK's own are prefixed <c>aps.</c>.
/// </summary>
internal static class ApsTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Aps.Sdk";

    public static readonly ActivitySource Source = new(Name, ApsUserAgent.Version);

    public static readonly Meter Meter = new(Name, ApsUserAgent.Version);

    /// <summary>Duration of one logical call, retries and token waits included (seconds).</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "aps.client.operation.duration", "s", "Duration of an APS SDK call, all attempts included.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    /// <summary>Duration of one HTTP attempt (the OpenTelemetry <c>http.client.request.duration</c>, seconds).</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "http.client.request.duration", "s", "Duration of one HTTP attempt sent by the APS SDK.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    /// <summary>Attempts sent again after a failed one (resilience retries and the resend after a 401).</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "aps.client.retries", "{retry}", "HTTP attempts that were resends of an earlier attempt.");

    /// <summary>Tokens requested from the token endpoint (cache misses, refreshes, sign-ins), with their outcome.</summary>
    public static readonly Counter<long> TokenFetches = Meter.CreateCounter<long>(
        "aps.auth.token.fetches", "{fetch}", "Access tokens requested from the APS token endpoint.");

    /// <summary>Lookups in the shared app-only token cache (<c>IApsTokenCache</c>) after an in-memory miss: hit or miss.</summary>
    public static readonly Counter<long> TokenCacheLookups = Meter.CreateCounter<long>(
        "aps.auth.token_cache.lookups", "{lookup}", "Lookups in the shared token cache made after an in-memory miss.");

    /// <summary>Shared token cache operations that failed, and entries that could not be read (both treated as misses).</summary>
    public static readonly Counter<long> TokenCacheErrors = Meter.CreateCounter<long>(
        "aps.auth.token_cache.errors", "{error}", "Shared token cache operations that failed or read an unusable entry.");

    /// <summary>Bytes moved by parallel transfers (part bodies only).</summary>
    public static readonly Counter<long> TransferBytes = Meter.CreateCounter<long>(
        "aps.transfer.bytes", "By", "Object bytes uploaded or downloaded by the transfer manager.");

    private static IReadOnlyList<double> DurationBuckets => [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60];

    /// <summary>Counts one token request.</summary>
    /// <param name="grantType">The OAuth grant (client_credentials, authorization_code, refresh_token).</param>
    /// <param name="error">The exception type, or null on success.</param>
    public static void TokenFetched(string grantType, Exception? error)
    {
        if (!TokenFetches.Enabled)
        {
            return;
        }

        TokenFetches.Add(
            1,
            new KeyValuePair<string, object?>("aps.auth.grant_type", grantType),
            new KeyValuePair<string, object?>("error.type", error?.GetType().FullName));
    }

    /// <summary>Counts one lookup in the shared token cache.</summary>
    /// <param name="grantType">The grant of the provider that looked (client_credentials, jwt_bearer).</param>
    /// <param name="hit">Whether a usable token was found.</param>
    public static void TokenCacheLookup(string grantType, bool hit)
    {
        if (!TokenCacheLookups.Enabled)
        {
            return;
        }

        TokenCacheLookups.Add(
            1,
            new KeyValuePair<string, object?>("aps.auth.grant_type", grantType),
            new KeyValuePair<string, object?>("aps.auth.token_cache.result", hit ? "hit" : "miss"));
    }

    /// <summary>Counts one failed shared token cache operation or unusable entry.</summary>
    /// <param name="operation">get, set or remove.</param>
    /// <param name="errorType">The exception's full type name, or <c>invalid_entry</c>.</param>
    public static void TokenCacheError(string operation, string errorType)
    {
        if (!TokenCacheErrors.Enabled)
        {
            return;
        }

        TokenCacheErrors.Add(
            1,
            new KeyValuePair<string, object?>("aps.auth.token_cache.operation", operation),
            new KeyValuePair<string, object?>("error.type", errorType));
    }

    /// <summary>Counts transferred bytes.</summary>
    /// <param name="direction">upload or download.</param>
    /// <param name="bytes">How many.</param>
    public static void Transferred(string direction, long bytes)
    {
        if (bytes <= 0 || !TransferBytes.Enabled)
        {
            return;
        }

        TransferBytes.Add(bytes, new KeyValuePair<string, object?>("aps.transfer.direction", direction));
    }
}
