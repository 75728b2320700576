using Aps.Sdk.Authentication;
using Microsoft.Extensions.Logging;

namespace Aps.Sdk.Tests.Support;

public static class TestClients
{
    public const string ClientId = "test-client-id";
    public const string ClientSecret = "test-client-secret-VERY-SECRET";

    /// <summary>Options with credentials and fast, deterministic resilience (no jitter, tiny delays).</summary>
    public static ApsOptions Options(Action<ApsOptions>? configure = null)
    {
        var options = new ApsOptions
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            BaseAddress = new Uri("https://developer.api.autodesk.com"),
        };
        options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.Resilience.MaxRetryDelay = TimeSpan.FromMilliseconds(5);
        options.Resilience.UseJitter = false;
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A client over an in-memory handler with a static token (so requests are not interleaved with token fetches).</summary>
    public static ApsClient WithStaticToken(HttpMessageHandler handler, Action<ApsOptions>? configure = null, TimeProvider? time = null, ILoggerFactory? logs = null)
        => new(Options(o =>
        {
            o.TokenProvider = new StaticTokenProvider(new ApsAccessToken("static-access-token-value", DateTimeOffset.UtcNow.AddHours(1)));
            configure?.Invoke(o);
        }), handler, time, logs);

    public static ApsClient Create(HttpMessageHandler handler, Action<ApsOptions>? configure = null, TimeProvider? time = null, ILoggerFactory? logs = null)
        => new(Options(configure), handler, time, logs);
}
