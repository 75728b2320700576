using System.Net;
using Aps.Sdk.Testing.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Aps.Sdk.Testing;

/// <summary>
/// An in-process Autodesk Platform Services emulator: a Kestrel server on a free loopback port that speaks the APS
/// Authentication and OSS APIs (with an emulated S3 behind the signed URLs), keeps state in memory, and can inject
/// faults. Point a real <see cref="ApsClient"/> at it with <see cref="CreateClient"/>, so the whole SDK pipeline
/// runs over real HTTP. Several emulators can run at once; each is independent.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await ApsEmulator.StartAsync();
/// using var aps = emulator.CreateClient();
/// var token = await aps.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create(ApsScopes.DataRead));
/// </code>
/// </example>
public sealed class ApsEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorContext _context;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private ApsEmulator(WebApplication app, EmulatorContext context, CancellationTokenSource stopping, Uri baseAddress)
    {
        _app = app;
        _context = context;
        _stopping = stopping;
        BaseAddress = baseAddress;
        Faults = new ApsEmulatorFaults(context.Faults);
        Authentication = new ApsEmulatorAuthentication(context);
        Oss = new ApsEmulatorOss(context);
        ModelDerivative = new ApsEmulatorModelDerivative(context);
        DataManagement = new ApsEmulatorDataManagement(context);
        Issues = new ApsEmulatorIssues(context);
    }

    /// <summary>Gets the address the emulator listens on (<c>http://127.0.0.1:{port}</c>), for APS and user-profile calls alike.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the fault injection rules (errors, throttling, resets, truncation, delays, rate limits).</summary>
    public ApsEmulatorFaults Faults { get; }

    /// <summary>Gets test helpers for authentication: mint authorization codes and tokens without a browser.</summary>
    public ApsEmulatorAuthentication Authentication { get; }

    /// <summary>Gets test helpers for OSS: seed buckets and objects, read what was uploaded.</summary>
    public ApsEmulatorOss Oss { get; }

    /// <summary>Gets test controls for Model Derivative: translation duration, failures, the state of a translation.</summary>
    public ApsEmulatorModelDerivative ModelDerivative { get; }

    /// <summary>Gets test helpers for Data Management: seed hubs, projects, folders and files.</summary>
    public ApsEmulatorDataManagement DataManagement { get; }

    /// <summary>Gets test helpers for ACC Issues: seed issues and comments, read back what was written.</summary>
    public ApsEmulatorIssues Issues { get; }

    /// <summary>Starts an emulator on a free loopback port.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static async Task<ApsEmulator> StartAsync(ApsEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ApsEmulatorOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientId, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientSecret, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinimumPartSize, nameof(options));

        var context = new EmulatorContext(options);
        var stopping = new CancellationTokenSource();
        WebApplication? app = null;
        try
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(ApsEmulator).Assembly.GetName().Name });
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = null;
                kestrel.Limits.MinRequestBodyDataRate = null;
                kestrel.Limits.MinResponseDataRate = null;
                kestrel.Listen(IPAddress.Loopback, 0);
            });
            builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

            var routes = new EmulatorRouteTable();
            foreach (var module in EmulatorModules.Create(context))
            {
                module.Map(routes);
            }

            app = builder.Build();
            var dispatcher = new EmulatorDispatcher(context, routes, stopping.Token);
            app.Run(dispatcher.InvokeAsync);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
            var baseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'), UriKind.Absolute);
            context.BaseUrl = baseAddress.GetLeftPart(UriPartial.Authority);
            return new ApsEmulator(app, context, stopping, new Uri(context.BaseUrl));
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            stopping.Dispose();
            context.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Creates options for an <see cref="ApsClient"/> that talks to this emulator: its address (for APS and
    /// user-profile calls), the emulated application's client id and secret, and tiny retry delays without jitter
    /// so retried faults do not slow tests down. Change anything before creating the client.
    /// </summary>
    /// <returns>New options.</returns>
    public ApsOptions CreateOptions()
    {
        var options = new ApsOptions
        {
            ClientId = _context.ClientId,
            ClientSecret = _context.ClientSecret,
            BaseAddress = BaseAddress,
            UserProfileAddress = BaseAddress,
        };
        options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.Resilience.MaxRetryDelay = TimeSpan.FromMilliseconds(10);
        options.Resilience.UseJitter = false;
        return options;
    }

    /// <summary>Creates a real <see cref="ApsClient"/> (its own connection pool, the whole pipeline) for this emulator.</summary>
    /// <param name="configure">Changes the options of <see cref="CreateOptions"/> first, or <see langword="null"/>.</param>
    /// <returns>The client; dispose it.</returns>
    public ApsClient CreateClient(Action<ApsOptions>? configure = null)
    {
        var options = CreateOptions();
        configure?.Invoke(options);
        return new ApsClient(options);
    }

    /// <summary>Stops the server (requests in flight are cancelled) and releases its storage.</summary>
    /// <returns>A task that completes when the emulator has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Connections still open after the timeout were aborted.
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _context.Dispose();
    }

    /// <summary>A host lifetime that neither listens to Ctrl+C nor prints anything.</summary>
    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
