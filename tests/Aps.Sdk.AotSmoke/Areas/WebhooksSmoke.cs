using System.Text;
using Aps.Sdk.Webhooks;

namespace Aps.Sdk.AotSmoke;

/// <summary>Webhooks: the hooks list over <c>pageState</c>, then a signed callback verified and parsed.</summary>
internal sealed class WebhooksSmoke : ISmokeCheck
{
    private const string Callback = """
        {"version":"1.0","resourceUrn":"dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6YS9iLnJ2dA",
         "hook":{"hookId":"h-1","tenant":"wf-1","callbackUrl":"https://example.com/cb","event":"extraction.finished","system":"derivative","status":"active","scope":{"workflow":"wf-1"}},
         "payload":{"URN":"dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6YS9iLnJ2dA","EventType":"EXTRACTION_FINISHED","WorkflowId":"wf-1","Status":"success"}}
        """;

    public string Name => "Webhooks: ListHooksAsync + ApsWebhookSignature.Verify + ApsWebhookEvent.Parse";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .On(HttpMethod.Get, "/webhooks/v1/hooks", request => request.RequestUri!.Query.Contains("pageState=PAGE2", StringComparison.Ordinal)
                ? CannedHandler.Json("""{"links":{"next":null},"data":[{"hookId":"h-2","event":"dm.version.added","system":"data","status":"inactive","scope":{"folder":"urn:adsk.wipprod:fs.folder:co.f"}}]}""")
                : CannedHandler.Json("""{"links":{"next":"/hooks?pageState=PAGE2"},"data":[{"hookId":"h-1","event":"extraction.finished","system":"derivative","status":"active","createdDate":"2017-09-14T17:04:10.444+0000","scope":{"workflow":"wf-1"}}]}"""));
        using var client = handler.CreateClient();

        var hooks = new List<string>();
        await foreach (var hook in client.Webhooks.ListHooksAsync().ConfigureAwait(false))
        {
            hooks.Add($"{hook.HookId}:{hook.System}:{hook.Event}:{hook.Status}");
        }

        Check.Equal("h-1:derivative:extraction.finished:active,h-2:data:dm.version.added:inactive", string.Join(',', hooks), "hooks over pages");

        var body = Encoding.UTF8.GetBytes(Callback);
        var header = ApsWebhookSignature.ComputeHeaderValue(body, "aot-webhook-secret");
        Check.That(ApsWebhookSignature.Verify(body, header, "aot-webhook-secret").IsValid, "valid signature accepted");
        Check.That(!ApsWebhookSignature.Verify(body, header, "another-secret").IsValid, "wrong secret rejected");

        var parsed = ApsWebhookEvent.Parse(body);
        Check.Equal(WebhookEventName.ExtractionFinished, parsed.EventName, "event name");
        Check.Equal(ApsWebhookEventFamily.Derivative, parsed.Family, "family");
        Check.Equal("wf-1", parsed.DerivativePayload!.WorkflowId, "typed payload");
    }
}
