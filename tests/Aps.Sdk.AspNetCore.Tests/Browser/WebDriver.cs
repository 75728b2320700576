using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aps.Sdk.AspNetCore.Tests.Browser;

/// <summary>
/// A minimal W3C WebDriver client over HttpClient, driving Debian's <c>chromedriver</c> with headless
/// <c>chromium</c> (nothing is downloaded at run time).
/// </summary>
public sealed class WebDriver : IAsyncDisposable
{
    private const string ElementKey = "element-6066-11e4-a52e-4f735466cecf";

    private static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
    private static readonly string[] DriverPaths = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"];

    private readonly Process _driver;
    private readonly HttpClient _http;
    private readonly string _session;
    private readonly string _profile;

    private WebDriver(Process driver, HttpClient http, string session, string profile)
    {
        _driver = driver;
        _http = http;
        _session = session;
        _profile = profile;
    }

    public static string? ChromiumPath => ChromiumPaths.FirstOrDefault(File.Exists);

    public static string? DriverPath => DriverPaths.FirstOrDefault(File.Exists);

    /// <summary>Why the browser tests cannot run here, or <see langword="null"/> when they can.</summary>
    public static string? MissingReason
        => ChromiumPath is null || DriverPath is null
            ? "Headless browser test skipped: Debian's 'chromium' and 'chromium-driver' are not installed (apt-get install chromium chromium-driver; .ci/run installs them)."
            : null;

    public static async Task<WebDriver> StartAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo(DriverPath!, [$"--port={port}", "--allowed-ips=127.0.0.1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var driver = Process.Start(start)!;
        driver.OutputDataReceived += (_, _) => { };
        driver.ErrorDataReceived += (_, _) => { };
        driver.BeginOutputReadLine();
        driver.BeginErrorReadLine();
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(90) };
        var profile = Directory.CreateTempSubdirectory("aps-chromium-").FullName;
        try
        {
            var session = await CreateSessionAsync(http, profile);
            return new WebDriver(driver, http, session, profile);
        }
        catch
        {
            // Never leave a driver (and its browser) behind when the session could not start.
            http.Dispose();
            driver.Kill(entireProcessTree: true);
            driver.Dispose();
            throw;
        }
    }

    private static async Task<string> CreateSessionAsync(HttpClient http, string profile)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                using var status = await http.GetAsync("status");
                if (status.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException) when (i < 100)
            {
            }

            await Task.Delay(100);
        }

        var capabilities = new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["alwaysMatch"] = new JsonObject
                {
                    ["browserName"] = "chrome",
                    ["goog:chromeOptions"] = new JsonObject
                    {
                        ["binary"] = ChromiumPath,
                        ["args"] = new JsonArray("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile),
                    },
                },
            },
        };
        var created = await SendAsync(http, HttpMethod.Post, "session", capabilities);
        var session = created["sessionId"]!.GetValue<string>();
        await SendAsync(http, HttpMethod.Post, $"session/{session}/timeouts", new JsonObject { ["implicit"] = 15000, ["pageLoad"] = 60000 });
        return session;
    }

    public Task NavigateAsync(Uri url) => SendAsync(_http, HttpMethod.Post, $"session/{_session}/url", new JsonObject { ["url"] = url.AbsoluteUri });

    public async Task<Uri> CurrentUrlAsync() => new((await SendAsync(_http, HttpMethod.Get, $"session/{_session}/url", null))["value"]!.GetValue<string>());

    /// <summary>Finds an element by CSS selector, waiting up to the implicit timeout for it to appear.</summary>
    public async Task<string> FindAsync(string css)
    {
        var found = await SendAsync(_http, HttpMethod.Post, $"session/{_session}/element", new JsonObject { ["using"] = "css selector", ["value"] = css });
        return found["value"]![ElementKey]!.GetValue<string>();
    }

    public async Task<string> TextAsync(string css)
    {
        var element = await FindAsync(css);
        return (await SendAsync(_http, HttpMethod.Get, $"session/{_session}/element/{element}/text", null))["value"]!.GetValue<string>();
    }

    public async Task ClickAsync(string css)
    {
        var element = await FindAsync(css);
        await SendAsync(_http, HttpMethod.Post, $"session/{_session}/element/{element}/click", new JsonObject());
    }

    /// <summary>The cookies the browser holds for the current page (name, value, flags).</summary>
    public async Task<JsonArray> CookiesAsync() => (JsonArray)(await SendAsync(_http, HttpMethod.Get, $"session/{_session}/cookie", null))["value"]!;

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var _ = await _http.DeleteAsync($"session/{_session}");
        }
        catch (HttpRequestException)
        {
        }

        _http.Dispose();
        try
        {
            _driver.Kill(entireProcessTree: true);
            await _driver.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
        }

        _driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<JsonNode> SendAsync(HttpClient http, HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            // chromedriver does not read chunked bodies: send a sized one.
            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(text)!;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"WebDriver {method} {path} failed with {(int)response.StatusCode}: {json["value"]?["message"]}");
        }

        return json["value"] is JsonObject value && value["sessionId"] is not null ? value : json;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A fact that is skipped, with the reason shown, when chromium or chromedriver is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (WebDriver.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
