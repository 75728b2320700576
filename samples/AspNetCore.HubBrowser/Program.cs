// Aps.Sdk.AspNetCore HubBrowser: a small web app that signs users in to Autodesk Platform Services (3-legged, PKCE,
// tokens kept server side), browses their hubs → projects → folders, uploads a file into a folder, translates a
// version with Model Derivative and shows its progress, and receives APS webhooks (signature checked, handled in the
// background). Every APS call made for a page goes through IApsUserClient: it acts as the signed-in user.
//
//   dotnet run --project samples/AspNetCore.HubBrowser      then open http://localhost:5080/
//
// Without APS_CLIENT_ID it starts the in-process APS emulator (Aps.Sdk.Testing), seeded with a hub, a project and a
// folder holding a small model: its consent page stands in for the Autodesk sign-in, so the whole app runs offline.
// With APS_CLIENT_ID, APS_CLIENT_SECRET and APS_WEBHOOK_SECRET set (and http://localhost:5080/aps/callback registered
// as the app's callback URL), it signs in against APS and shows your own hubs.
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Aps.Sdk;
using Aps.Sdk.AspNetCore;
using Aps.Sdk.DataManagement;
using Aps.Sdk.ModelDerivative;
using Aps.Sdk.Testing;
using Aps.Sdk.Webhooks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

var clientId = Environment.GetEnvironmentVariable("APS_CLIENT_ID");
var live = !string.IsNullOrWhiteSpace(clientId);
await using var emulator = live ? null : await ApsEmulator.StartAsync();
if (emulator is not null)
{
    // The emulator's Data Management fixture: what its user (Emma Ulator) sees once signed in.
    var dm = emulator.DataManagement;
    var hub = dm.AddHub("Contoso Engineering");
    var (project, root) = dm.AddProject(hub, "Harbour Tower");
    var models = dm.AddFolder(project, root, "Models");
    dm.AddFolder(project, root, "Plans");
    dm.AddFile(project, models, "box.obj", "o Box\nv 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nf 1 2 3 4\n"u8);
}

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
}).AddApsSignIn(o => o.Scopes = "data:read data:create data:write viewables:read user-profile:read");
builder.Services.AddApsWebhooks(o => o.Secret = webhookSecret);
builder.Services.AddSingleton<ReceivedEvents>();
builder.Services.AddApsWebhookHandler<ApsWebhookEvent, RememberEvent>();
builder.Services.AddAntiforgery();

var app = builder.Build();
app.UseApsSignIn();   // a dead or missing session, in any page below, becomes the "sign in again" page
app.UseAntiforgery(); // the upload form (a form-bound endpoint) carries an antiforgery token
app.MapApsSignIn();
app.MapApsWebhooks("/webhooks/aps");

// Home: who is signed in, their hubs, and the webhook callbacks received.
app.MapGet("/", async (HttpContext http, IApsUserClient user, ReceivedEvents events) =>
{
    var html = new StringBuilder();
    if (emulator is not null)
    {
        html.Append("<p><em>Running against the in-process APS emulator at ").Append(Encode(emulator.BaseAddress.AbsoluteUri)).Append(".</em></p>");
    }

    if (await user.IsSignedInAsync(http.RequestAborted))
    {
        var me = await user.GetUserInfoAsync(http.RequestAborted);
        html.Append("<p>Signed in as <strong id=\"user\">").Append(Encode(me.Name)).Append("</strong> (").Append(Encode(me.Email)).Append(")</p>")
            .Append("<form method=\"post\" action=\"/aps/logout\"><button id=\"sign-out\">Sign out</button></form>")
            .Append("<h2>Hubs</h2><ul id=\"hubs\">");
        await foreach (var hub in user.Client.DataManagement.ListHubsAsync().WithCancellation(http.RequestAborted))
        {
            html.Append("<li>").Append(Link($"/hub?id={Q(hub.Id)}", hub.Attributes?.Name)).Append(" <small>").Append(Encode(hub.Attributes?.Region?.ToString())).Append("</small></li>");
        }

        html.Append("</ul>");
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

    return Page("APS Hub Browser", html.Append("</ul>"));
});

// A hub's projects.
app.MapGet("/hub", async (string id, IApsUserClient user, CancellationToken ct) =>
{
    var html = new StringBuilder("<p><a href=\"/\">Hubs</a></p><h2>Projects</h2><ul id=\"projects\">");
    await foreach (var project in user.Client.DataManagement.ListProjectsAsync(id).WithCancellation(ct))
    {
        html.Append("<li>").Append(Link($"/project?hub={Q(id)}&id={Q(project.Id)}", project.Attributes?.Name)).Append("</li>");
    }

    return Page("Projects", html.Append("</ul>"));
});

// A project's top folders.
app.MapGet("/project", async (string hub, string id, IApsUserClient user, CancellationToken ct) =>
{
    var html = new StringBuilder("<p>").Append(Link($"/hub?id={Q(hub)}", "Projects")).Append("</p><h2>Folders</h2><ul id=\"folders\">");
    await foreach (var folder in user.Client.DataManagement.ListTopFoldersAsync(hub, id).WithCancellation(ct))
    {
        html.Append("<li>").Append(Link($"/folder?project={Q(id)}&id={Q(folder.Id)}", folder.Attributes?.DisplayName ?? folder.Attributes?.Name)).Append("/</li>");
    }

    return Page("Folders", html.Append("</ul>"));
});

// A folder: its sub-folders, its files (each with a Translate button for the tip version) and an upload form.
app.MapGet("/folder", async (string project, string id, HttpContext http, IApsUserClient user, IAntiforgery antiforgery) =>
{
    var ct = http.RequestAborted;
    var html = new StringBuilder("<p><a href=\"/\">Hubs</a></p><h2>Contents</h2><ul id=\"contents\">");
    await foreach (var entry in user.Client.DataManagement.ListFolderContentsAsync(project, id).WithCancellation(ct))
    {
        var name = entry.Attributes?.DisplayName ?? entry.Attributes?.Name;
        if (entry.IsFolder)
        {
            html.Append("<li>").Append(Link($"/folder?project={Q(project)}&id={Q(entry.Id)}", name)).Append("/</li>");
        }
        else if (entry.GetRelated("tip")?.Id is { } tip)
        {
            html.Append("<li>").Append(Encode(name)).Append(" <form style=\"display:inline\" method=\"post\" action=\"/translate\">")
                .Append("<input type=\"hidden\" name=\"project\" value=\"").Append(Encode(project)).Append("\">")
                .Append("<input type=\"hidden\" name=\"version\" value=\"").Append(Encode(tip)).Append("\">")
                .Append(Token(antiforgery, http)).Append("<button>Translate</button></form></li>");
        }
    }

    html.Append("</ul><h2>Upload a file here</h2>")
        .Append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"").Append(Encode($"/folder/upload?project={Q(project)}&id={Q(id)}")).Append("\">")
        .Append(Token(antiforgery, http)).Append("<input type=\"file\" name=\"file\" required> <button id=\"upload\">Upload</button></form>");
    return Page("Folder", html);
});

// Upload: storage location, OSS transfer and the new item, in one helper call.
app.MapPost("/folder/upload", async (string project, string id, IFormFile file, IApsUserClient user, CancellationToken ct) =>
{
    await using var content = file.OpenReadStream();
    await user.Client.DataManagement.UploadFileAsync(project, id, Path.GetFileName(file.FileName), content, cancellationToken: ct);
    return Results.Redirect($"/folder?project={Q(project)}&id={Q(id)}");
});

// Translate a version: Model Derivative reads the version's storage object (an OSS object id).
app.MapPost("/translate", async ([FromForm] string project, [FromForm] string version, IApsUserClient user, CancellationToken ct) =>
{
    var read = await user.Client.DataManagement.GetVersionAsync(project, version, cancellationToken: ct);
    if (read.Data is not { } data || !data.TryGetStorageId(out var storage))
    {
        return Results.BadRequest("This version has no storage object to translate.");
    }

    var urn = ApsUrn.FromSourceUrn(storage.ToString());
    var job = ModelDerivativeJob.Create(urn, ModelDerivativeOutputFormat.Svf2(ModelDerivativeViewType.ThreeD), ModelDerivativeOutputFormat.Thumbnail(200));
    await user.Client.ModelDerivative.StartTranslationAsync(job, cancellationToken: ct);
    return Results.Redirect($"/translation?urn={Q(urn.Value)}&name={Q(data.Attributes?.DisplayName)}");
});

// A translation's progress, from the manifest; the page refreshes itself until the translation ends.
app.MapGet("/translation", async (string urn, string? name, IApsUserClient user, CancellationToken ct) =>
{
    if (!ApsUrn.TryParse(urn, out var design))
    {
        return Results.BadRequest("urn must be an encoded design URN.");
    }

    var manifest = await user.Client.ModelDerivative.GetManifestAsync(design, cancellationToken: ct);
    var percent = manifest.GetPercentComplete()?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "?";
    var html = new StringBuilder("<p><a href=\"/\">Hubs</a></p><h2>Translating ").Append(Encode(name)).Append("</h2>")
        .Append("<p>Status: <strong id=\"translation-status\">").Append(Encode(manifest.Status.ToString())).Append("</strong>, ")
        .Append("<span id=\"translation-progress\">").Append(percent).Append("%</span></p><ul id=\"derivatives\">");
    foreach (var derivative in manifest.Derivatives)
    {
        html.Append("<li>").Append(Encode(derivative.OutputType.ToString())).Append(": ").Append(Encode(derivative.Status.ToString())).Append("</li>");
    }

    return Page("Translation", html.Append("</ul>"), refresh: !manifest.IsFinished());
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

static string Q(string? value) => Uri.EscapeDataString(value ?? string.Empty);

static string Link(string href, string? text) => $"<a href=\"{Encode(href)}\">{Encode(text)}</a>";

static string Token(IAntiforgery antiforgery, HttpContext http)
{
    var tokens = antiforgery.GetAndStoreTokens(http);
    return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
}

static IResult Page(string title, StringBuilder body, bool refresh = false)
    => Results.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{(refresh ? "<meta http-equiv=\"refresh\" content=\"2\">" : string.Empty)}"
        + $"<title>{Encode(title)}</title></head><body><h1>APS Hub Browser</h1>{body}</body></html>",
        "text/html");

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
