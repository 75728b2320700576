using System.Net;
using Aps.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aps.Sdk.AspNetCore.Tests.Browser;

/// <summary>
/// The whole sign-in in a real headless Chromium: a tiny web app on Kestrel, the emulator's consent page, the
/// signed-in page with the user's name, the user's hubs (Data Management, called with the user's token through
/// <see cref="IApsUserClient"/>, from the emulator's seeded fixture), sign-out through the APS logout page.
/// </summary>
public sealed class BrowserSignInTests
{
    [BrowserFact]
    public async Task A_user_signs_in_through_the_consent_page_sees_their_hubs_and_signs_out()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        var contoso = emulator.DataManagement.AddHub("Contoso");
        emulator.DataManagement.AddHub("Fabrikam", region: "EMEA");
        emulator.DataManagement.AddProject(contoso, "Tower");
        await using var app = await StartAppAsync(emulator);
        var home = new Uri($"http://localhost:{app.Port}/");
        await using var browser = await WebDriver.StartAsync();

        await browser.NavigateAsync(home);
        (await browser.TextAsync("#status")).Should().Be("Not signed in");
        await browser.ClickAsync("#sign-in");

        // The emulator's consent page, on the APS (emulator) origin.
        (await browser.TextAsync("#user-name")).Should().Be("Emma Ulator");
        (await browser.CurrentUrlAsync()).GetLeftPart(UriPartial.Path).Should().Be(new Uri(emulator.BaseAddress, "/authentication/v2/authorize").AbsoluteUri);
        await browser.ClickAsync("#allow");

        // Back in the app, signed in: the page shows the profile read with the user's token.
        (await browser.TextAsync("#user")).Should().Be("Emma Ulator");
        (await browser.TextAsync("#email")).Should().Be("emma.ulator@example.com");
        var cookies = await browser.CookiesAsync();
        var session = cookies.Single(c => c!["name"]!.GetValue<string>() == "aps.session")!;
        session["httpOnly"]!.GetValue<bool>().Should().BeTrue();
        session["secure"]!.GetValue<bool>().Should().BeTrue();
        session["sameSite"]!.GetValue<string>().Should().Be("Lax");

        // The hubs page lists the seeded hubs, read from Data Management as the signed-in user.
        await browser.ClickAsync("#hubs-link");
        (await browser.TextAsync("#hubs")).Should().Be("Contoso (US)\nFabrikam (EMEA)");
        (await browser.CurrentUrlAsync()).Should().Be(new Uri(home, "/hubs"));
        await browser.ClickAsync("#home");

        await browser.ClickAsync("#sign-out");

        // APS's logout page sends the browser back to the app, signed out.
        (await browser.TextAsync("#status")).Should().Be("Not signed in");
        (await browser.CurrentUrlAsync()).Should().Be(home);
        (await browser.CookiesAsync()).Should().NotContain(c => c!["name"]!.GetValue<string>() == "aps.session");
    }

    [BrowserFact]
    public async Task A_user_who_denies_consent_sees_the_access_not_granted_page()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        await using var app = await StartAppAsync(emulator);
        await using var browser = await WebDriver.StartAsync();

        await browser.NavigateAsync(new Uri($"http://localhost:{app.Port}/"));
        await browser.ClickAsync("#sign-in");
        await browser.ClickAsync("#deny");

        (await browser.TextAsync("h1")).Should().Be("Access was not granted");
        await browser.ClickAsync("#aps-sign-in-again");
        (await browser.TextAsync("#user-name")).Should().Be("Emma Ulator", "the sign-in again link starts a new sign-in");
    }

    private static async Task<RunningApp> StartAppAsync(ApsEmulator emulator)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var template = emulator.CreateOptions();
        builder.Services.AddApsClients(o =>
        {
            o.ClientId = template.ClientId;
            o.ClientSecret = template.ClientSecret;
            o.BaseAddress = template.BaseAddress;
            o.UserProfileAddress = template.UserProfileAddress;
        }).AddApsSignIn();
        var app = builder.Build();
        app.UseApsSignIn();
        app.MapApsSignIn();
        app.MapGet("/", async (HttpContext http, IApsUserClient user) =>
        {
            string body;
            if (await user.IsSignedInAsync(http.RequestAborted))
            {
                var me = await user.GetUserInfoAsync(http.RequestAborted);
                body = $"<h1 id=\"user\">{WebUtility.HtmlEncode(me.Name)}</h1><p id=\"email\">{WebUtility.HtmlEncode(me.Email)}</p>"
                    + "<p><a id=\"hubs-link\" href=\"/hubs\">My hubs</a></p>"
                    + "<form method=\"post\" action=\"/aps/logout\"><button id=\"sign-out\" type=\"submit\">Sign out</button></form>";
            }
            else
            {
                body = "<p id=\"status\">Not signed in</p><a id=\"sign-in\" href=\"/aps/login\">Sign in with Autodesk</a>";
            }

            return Results.Content($"<!DOCTYPE html><html><head><title>Test app</title></head><body>{body}</body></html>", "text/html");
        });
        app.MapGet("/hubs", async (IApsUserClient user, CancellationToken ct) =>
        {
            var items = new System.Text.StringBuilder();
            await foreach (var hub in user.Client.DataManagement.ListHubsAsync().WithCancellation(ct))
            {
                items.Append("<li>").Append(WebUtility.HtmlEncode($"{hub.Attributes?.Name} ({hub.Attributes?.Region})")).Append("</li>");
            }

            return Results.Content($"<!DOCTYPE html><html><head><title>Hubs</title></head><body><ul id=\"hubs\">{items}</ul><a id=\"home\" href=\"/\">Home</a></body></html>", "text/html");
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new RunningApp(app, address.Port);
    }

    private sealed record RunningApp(WebApplication App, int Port) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
