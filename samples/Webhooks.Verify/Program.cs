// Webhooks.Verify: registers a webhook and its secret token, then verifies a signed callback, and signs in as a
// Secure Service Account. Runs offline against the in-process emulator (no credentials needed); point an ApsClient
// at APS instead to run it for real.
using System.Text;
using Aps.Sdk;
using Aps.Sdk.Authentication;
using Aps.Sdk.ServiceAccounts;
using Aps.Sdk.Testing;
using Aps.Sdk.Webhooks;

await using var emulator = await ApsEmulator.StartAsync();
using var aps = emulator.CreateClient();

// 1. Register the secret token APS signs callbacks with (once per application; replace it with ReplaceTokenAsync).
const string secret = "my-webhook-secret-0123456789abcdef";
await aps.Webhooks.CreateTokenAsync(secret);

// 2. Create a webhook for new versions in a folder.
var created = await aps.Webhooks.CreateHookAsync(
    WebhookSystem.Data,
    WebhookEventName.DmVersionAdded,
    new WebhookCreateRequest
    {
        CallbackUrl = new Uri("https://example.com/aps/callback"),
        Scope = WebhookScope.ForFolder("urn:adsk.wipprod:fs.folder:co.sample"),
    });
Console.WriteLine($"Created webhook {created.HookId}");

await foreach (var hook in aps.Webhooks.ListHooksAsync())
{
    Console.WriteLine($"  {hook.System}/{hook.Event} -> {hook.CallbackUrl} ({hook.Status})");
}

// 3. A callback as APS would post it: the raw body and the x-adsk-signature header. (The emulator does not deliver
//    callbacks, so the sample signs the body the way APS does.)
var body = Encoding.UTF8.GetBytes($$$"""
    {"version":"1.0","resourceUrn":"urn:adsk.wipprod:fs.file:vf.sample?version=1",
     "hook":{"hookId":"{{{created.HookId}}}","system":"data","event":"dm.version.added"},
     "payload":{"name":"Tower.rvt","ext":"rvt","version":"1","source":"urn:adsk.wipprod:fs.file:vf.sample?version=1"}}
    """);
var header = ApsWebhookSignature.ComputeHeaderValue(body, secret);

// 4. In the receiver: verify the raw bytes first, then parse them.
var check = ApsWebhookSignature.Verify(body, header, secret);
Console.WriteLine($"Signature: {check.Status}");
if (check.IsValid)
{
    var e = ApsWebhookEvent.Parse(body);
    Console.WriteLine($"Event {e.EventName}: {e.VersionPayload?.Name} version {e.VersionPayload?.VersionNumber}");
}

var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("Tower.rvt", "Evil.rvt", StringComparison.Ordinal));
Console.WriteLine($"Tampered body: {ApsWebhookSignature.Verify(tampered, header, secret).Status}");
Console.WriteLine($"No header: {ApsWebhookSignature.Verify(body, null, secret).Message}");

// 5. Secure Service Accounts: create an account and a key (the private key is returned once), then sign in as it.
var account = await aps.ServiceAccounts.CreateAsync(new ServiceAccountCreateRequest { Name = "sample-robot", FirstName = "Sample", LastName = "Robot" });
var key = await aps.ServiceAccounts.CreateKeyAsync(account.ServiceAccountId!);
Console.WriteLine($"Service account {account.Email}, {key}");

using var credential = ServiceAccountKeyCredential.FromPrivateKey(account.ServiceAccountId!, key);
using var robot = emulator.CreateClient(o => o.TokenProvider = new ServiceAccountTokenProvider(aps.Authentication, credential));
var robotHook = await robot.Webhooks.CreateHookAsync(
    WebhookSystem.Data,
    WebhookEventName.DmFolderAdded,
    new WebhookCreateRequest { CallbackUrl = new Uri("https://example.com/aps/callback"), Scope = WebhookScope.ForFolder("urn:adsk.wipprod:fs.folder:co.sample") });
var seen = await robot.Webhooks.GetHookAsync(WebhookSystem.Data, WebhookEventName.DmFolderAdded, robotHook.HookId);
Console.WriteLine($"Webhook {seen.HookId} created by the service account {seen.CreatedBy} ({seen.CreatorType})");
