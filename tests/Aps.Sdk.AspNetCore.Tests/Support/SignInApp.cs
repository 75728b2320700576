using System.Web;
using Aps.Sdk.Authentication;
using Aps.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aps.Sdk.AspNetCore.Tests.Support;

/// <summary>
/// A tiny web app on TestServer with the APS sign-in against a real emulator (Kestrel on loopback), plus a
/// browser-like cookie jar and helpers that walk the emulator's consent page as a browser would.
/// </summary>
public sealed class SignInApp : IAsyncDisposable
{
    private readonly bool _ownsEmulator;

    private SignInApp(ApsEmulator emulator, bool ownsEmulator, WebApplication app, FakeLogCollector logs)
    {
        Emulator = emulator;
        _ownsEmulator = ownsEmulator;
        App = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public ApsEmulator Emulator { get; }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeLogCollector Logs { get; }

    public CookieJar Browser { get; } = new();

    public IApsTokenStore Store => App.Services.GetRequiredService<IApsTokenStore>();

    /// <param name="configure">Edits the sign-in options.</param>
    /// <param name="map">Maps more endpoints.</param>
    /// <param name="services">Registers more services (after the APS ones).</param>
    /// <param name="sharedEmulator">An emulator another app instance uses too (it outlives this app); a new one when <see langword="null"/>.</param>
    /// <param name="aps">Configures the APS registration (token store, protection).</param>
    public static async Task<SignInApp> StartAsync(Action<ApsSignInOptions>? configure = null, Action<WebApplication>? map = null, Action<IServiceCollection>? services = null, ApsEmulator? sharedEmulator = null, Action<IApsClientBuilder>? aps = null)
    {
        var emulator = sharedEmulator ?? await ApsEmulator.StartAsync();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var logs = new FakeLogCollector();
        builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug);
        var template = emulator.CreateOptions();
        var registration = builder.Services.AddApsClients(o =>
        {
            o.ClientId = template.ClientId;
            o.ClientSecret = template.ClientSecret;
            o.BaseAddress = template.BaseAddress;
            o.UserProfileAddress = template.UserProfileAddress;
        }).AddApsSignIn(configure);
        aps?.Invoke(registration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseApsSignIn();
        app.MapApsSignIn();
        app.MapGet("/whoami", async (IApsUserClient user) => (await user.Client.Authentication.GetUserInfoAsync()).Name ?? "?");
        map?.Invoke(app);
        await app.StartAsync();
        return new SignInApp(emulator, sharedEmulator is null, app, logs);
    }

    /// <summary>GET /aps/login and return the authorize URL it redirects to.</summary>
    public async Task<Uri> LoginAsync(string? returnUrl = null)
    {
        using var response = await Browser.GetAsync(Client, "/aps/login" + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        return response.Headers.Location!;
    }

    /// <summary>Shows the emulator's consent page for <paramref name="authorize"/> and answers it; returns the callback URL APS redirects to.</summary>
    public async Task<Uri> ConsentAsync(Uri authorize, string decision)
    {
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var page = await raw.GetStringAsync(authorize);
        page.Should().Contain("id=\"consent\"");
        var fields = HttpUtility.ParseQueryString(authorize.Query);
        var form = fields.AllKeys.Select(k => new KeyValuePair<string, string>(k!, fields[k]!)).Append(new("decision", decision));
        using var answer = await raw.PostAsync(new Uri(Emulator.BaseAddress, "/authentication/v2/authorize"), new FormUrlEncodedContent(form));
        answer.StatusCode.Should().Be(System.Net.HttpStatusCode.Found);
        return answer.Headers.Location!;
    }

    /// <summary>Follows the callback URL in the app (path and query only, as the browser would).</summary>
    public Task<HttpResponseMessage> CallbackAsync(Uri callback) => Browser.GetAsync(Client, callback.PathAndQuery);

    /// <summary>The whole sign-in: login, consent with Allow, callback. Returns the callback response.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string? returnUrl = null)
    {
        var authorize = await LoginAsync(returnUrl);
        var callback = await ConsentAsync(authorize, "allow");
        return await CallbackAsync(callback);
    }

    public string SessionKey() => "aps-session:" + Base64Url(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(Browser["aps.session"]!)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        if (_ownsEmulator)
        {
            await Emulator.DisposeAsync();
        }
    }
}
