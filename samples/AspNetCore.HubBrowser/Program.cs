// Aps.Sdk.AspNetCore HubBrowser: a small web app that signs users in to Autodesk Platform Services (3-legged, PKCE,
// tokens kept server side), shows who is signed in, and receives APS webhooks (signature checked, handled in the
// background).
//
//   dotnet run --project samples/AspNetCore.HubBrowser      then open http://localhost:5080/
//
// Without APS_CLIENT_ID it starts the in-process APS emulator (Aps.Sdk.Testing): its consent page stands in for the
// Autodesk sign-in, so the whole flow runs offline. With APS_CLIENT_ID, APS_CLIENT_SECRET and APS_WEBHOOK_SECRET set
// (and http://localhost:5080/aps/callback registered as the app's callback URL), it signs in against APS.
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Aps.Sdk;
using Aps.Sdk.AspNetCore;
using Aps.Sdk.Testing;
using Aps.Sdk.Webhooks;

var clientId = Environment.GetEnvironmentVariable("APS_CLIENT_ID");
var live = !string.IsNullOrWhiteSpace(clientId);
await using var emulator = live ? null : await ApsEmulator.StartAsync();
var webhookSecret = Environment.GetEnvironmentVariable("APS_WEBHOOK_SECRET") is { Length: > 0 } secret ? secret : "hub-browser-demo-secret";

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://localhost:5080");
builder.Services.AddApsClients(o =>
{
    if (emulator is null)
    {
        o.ClientId = clientId;
        o.ClientSecret = Environment.GetEnvironmentVariable("APS_CLIENT_SECRET");
    }
    else
    {
        var template = emulator.CreateOptions();
        o.ClientId = template.ClientId;
        o.ClientSecret = template.ClientSecret;
        o.BaseAddress = template.BaseAddress;
        o.UserProfileAddress = template.UserProfileAddress;
    }

    o.ApplicationId = "Aps.Sdk.HubBrowser";
}).AddApsSignIn(o => o.Scopes = "data:read user-profile:read");
builder.Services.AddApsWebhooks(o => o.Secret = webhookSecret);
builder.Services.AddSingleton<ReceivedEvents>();
builder.Services.AddApsWebhookHandler<ApsWebhookEvent, RememberEvent>();

var app = builder.Build();
app.UseApsSignIn();
app.MapApsSignIn();
app.MapApsWebhooks("/webhooks/aps");

app.MapGet("/", async (HttpContext http, IApsUserClient user, ReceivedEvents events) =>
{
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>APS Hub Browser</title></head><body><h1>APS Hub Browser</h1>");
    if (emulator is not null)
    {
        html.Append("<p><em>Running against the in-process APS emulator at ").Append(Encode(emulator.BaseAddress.AbsoluteUri)).Append(".</em></p>");
    }

    if (await user.IsSignedInAsync(http.RequestAborted))
    {
        var me = await user.GetUserInfoAsync(http.RequestAborted);
        html.Append("<p>Signed in as <strong id=\"user\">").Append(Encode(me.Name)).Append("</strong> (").Append(Encode(me.Email)).Append(")</p>")
            .Append("<form method=\"post\" action=\"/aps/logout\"><button id=\"sign-out\">Sign out</button></form>");
    }
    else
    {
        html.Append("<p id=\"status\">Not signed in.</p><p><a id=\"sign-in\" href=\"/aps/login\">Sign in with Autodesk</a></p>");
    }

    html.Append("<h2>Webhook callbacks received</h2>");
    if (emulator is not null)
    {
        html.Append("<form method=\"post\" action=\"/demo/send-webhook\"><button id=\"send-webhook\">Send a signed test callback to /webhooks/aps</button></form>");
    }

    html.Append("<ul id=\"events\">");
    foreach (var line in events.Lines)
    {
        html.Append("<li>").Append(Encode(line)).Append("</li>");
    }

    return Results.Content(html.Append("</ul></body></html>").ToString(), "text/html");
});

if (emulator is not null)
{
    // Offline stand-in for APS calling the webhook: posts a dm.version.added callback signed with the secret.
    app.MapPost("/demo/send-webhook", async (HttpContext http) =>
    {
        var body = Encoding.UTF8.GetBytes($$$"""
            {"version":"1.0","resourceUrn":"urn:adsk.wipprod:fs.file:vf.demo?version=1",
             "hook":{"hookId":"demo-hook","event":"dm.version.added","system":"data"},
             "payload":{"name":"demo-{{{DateTimeOffset.UtcNow:HHmmss}}}.rvt","ext":"rvt","version":"1"}}
            """);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{http.Request.Scheme}://{http.Request.Host}/webhooks/aps") { Content = new ByteArrayContent(body) };
        request.Headers.Add(ApsWebhookSignature.HeaderName, ApsWebhookSignature.ComputeHeaderValue(body, webhookSecret));
        using var response = await client.SendAsync(request, http.RequestAborted);
        return Results.Redirect("/");
    });
}

await app.RunAsync();

static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

/// <summary>The last callbacks, for the page.</summary>
internal sealed class ReceivedEvents
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IEnumerable<string> Lines => _lines.Reverse();

    public void Add(string line)
    {
        _lines.Enqueue(line);
        while (_lines.Count > 20 && _lines.TryDequeue(out _))
        {
        }
    }
}

/// <summary>Runs off the request path for every verified callback.</summary>
internal sealed class RememberEvent(ReceivedEvents events) : IApsWebhookHandler<ApsWebhookEvent>
{
    public Task HandleAsync(ApsWebhookNotification<ApsWebhookEvent> notification, CancellationToken cancellationToken)
    {
        var callback = notification.Callback;
        var name = callback.VersionPayload?.Name ?? callback.ResourceUrn;
        events.Add($"{notification.ReceivedAt:HH:mm:ss} {callback.EventName} {name} (hook {callback.Hook?.HookId})");
        return Task.CompletedTask;
    }
}
