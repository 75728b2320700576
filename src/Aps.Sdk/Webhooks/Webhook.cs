using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Webhooks;

/// <summary>A webhook: which event of which system it watches, in which scope, and where callbacks go (webhooks.yaml <c>HookDetails</c>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-events-event-hooks-hook_id-GET/">APS reference</see>.</remarks>
public sealed class Webhook
{
    /// <summary>Gets the id of the webhook (<c>hookId</c>).</summary>
    [JsonPropertyName("hookId")]
    public string? HookId { get; init; }

    /// <summary>Gets the tenant the events come from (for Data Management, the folder URN).</summary>
    [JsonPropertyName("tenant")]
    public string? Tenant { get; init; }

    /// <summary>Gets the URL callbacks are sent to.</summary>
    [JsonPropertyName("callbackUrl")]
    public string? CallbackUrl { get; init; }

    /// <summary>Gets who created the webhook: a client id (2-legged) or a user id (3-legged).</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets the event the webhook watches.</summary>
    [JsonPropertyName("event")]
    public WebhookEventName Event { get; init; }

    /// <summary>Gets when the webhook was created.</summary>
    [JsonPropertyName("createdDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedDate { get; init; }

    /// <summary>Gets when the webhook was last changed.</summary>
    [JsonPropertyName("lastUpdatedDate")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastUpdatedDate { get; init; }

    /// <summary>Gets the system of the event.</summary>
    [JsonPropertyName("system")]
    public WebhookSystem System { get; init; }

    /// <summary>Gets the kind of creator: <c>Application</c> (2-legged) or <c>O2User</c> (3-legged).</summary>
    [JsonPropertyName("creatorType")]
    public string? CreatorType { get; init; }

    /// <summary>Gets the state of the webhook.</summary>
    [JsonPropertyName("status")]
    public WebhookStatus Status { get; init; }

    /// <summary>Gets a value indicating whether APS reactivates the webhook when it becomes inactive.</summary>
    [JsonPropertyName("autoReactivateHook")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? AutoReactivateHook { get; init; }

    /// <summary>Gets when the webhook expires; <see langword="null"/> when it never does (APS returns it only when it was set).</summary>
    [JsonPropertyName("hookExpiry")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? HookExpiry { get; init; }

    /// <summary>Gets the custom metadata attached to the webhook (under 1 KB), echoed in every callback.</summary>
    [JsonPropertyName("hookAttribute")]
    public JsonObject? HookAttribute { get; init; }

    /// <summary>Gets the JsonPath filter callbacks must match, when one was set.</summary>
    [JsonPropertyName("filter")]
    public string? Filter { get; init; }

    /// <summary>Gets the scope the event is watched in.</summary>
    [JsonPropertyName("scope")]
    public WebhookScope? Scope { get; init; }

    /// <summary>Gets the URN of the webhook (<c>urn:adsk.webhooks:events.hook:&lt;id&gt;</c>).</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets a value indicating whether callbacks carry only the event (not the webhook).</summary>
    [JsonPropertyName("callbackWithEventPayloadOnly")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? CallbackWithEventPayloadOnly { get; init; }

    /// <summary>Gets the webhook's own path, relative to <c>/webhooks/v1</c> (<c>__self__</c>).</summary>
    [JsonPropertyName("__self__")]
    public string? Self { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// Where an event is watched (<c>scope</c>): a Data Management folder, a Model Derivative workflow, a project, or a
/// key another system defines (kept in <see cref="AdditionalData"/>; set one with <see cref="WithValue"/>).
/// </summary>
public sealed class WebhookScope
{
    /// <summary>Gets or sets the folder URN (<c>urn:adsk.wipprod:fs.folder:co...</c>), for Data Management events.</summary>
    [JsonPropertyName("folder")]
    public string? Folder { get; set; }

    /// <summary>Gets or sets the Model Derivative workflow id, for derivative events.</summary>
    [JsonPropertyName("workflow")]
    public string? Workflow { get; set; }

    /// <summary>Gets or sets the project id, for construction systems (for example ACC Issues).</summary>
    [JsonPropertyName("project")]
    public string? Project { get; set; }

    /// <summary>Gets or sets other scope keys (for example <c>workspace</c> for Fusion Manage).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Creates a Data Management folder scope.</summary>
    /// <param name="folderUrn">The folder URN.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">The URN is empty.</exception>
    public static WebhookScope ForFolder(string folderUrn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folderUrn);
        return new WebhookScope { Folder = folderUrn };
    }

    /// <summary>Creates a Model Derivative workflow scope.</summary>
    /// <param name="workflowId">The workflow id passed in translation jobs (<c>misc.workflow</c>).</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static WebhookScope ForWorkflow(string workflowId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowId);
        return new WebhookScope { Workflow = workflowId };
    }

    /// <summary>Creates a project scope.</summary>
    /// <param name="projectId">The project id, in the form the system expects.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public static WebhookScope ForProject(string projectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        return new WebhookScope { Project = projectId };
    }

    /// <summary>Adds a scope key the SDK does not name.</summary>
    /// <param name="name">The key, for example <c>workspace</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This scope.</returns>
    /// <exception cref="ArgumentException">The name or value is empty.</exception>
    public WebhookScope WithValue(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        AdditionalData ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        AdditionalData[name] = JsonSerializer.SerializeToElement(value, WebhooksJsonContext.Default.String);
        return this;
    }

    internal bool IsEmpty => string.IsNullOrWhiteSpace(Folder) && string.IsNullOrWhiteSpace(Workflow) && string.IsNullOrWhiteSpace(Project) && (AdditionalData is null || AdditionalData.Count == 0);
}

/// <summary>A page of webhooks (webhooks.yaml <c>Hooks</c>): <c>links.next</c> is relative to <c>/webhooks/v1</c>.</summary>
internal sealed class WebhooksPage
{
    [JsonPropertyName("links")]
    public WebhooksLinks? Links { get; init; }

    [JsonPropertyName("data")]
    public IReadOnlyList<Webhook> Data { get; init => field = value ?? []; } = [];

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The <c>links</c> of a webhooks page.</summary>
internal sealed class WebhooksLinks
{
    [JsonPropertyName("next")]
    public string? Next { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The body of Create Webhooks for All Events (webhooks.yaml <c>Hook</c>): one webhook per event.</summary>
internal sealed class WebhooksCreated
{
    [JsonPropertyName("hooks")]
    public IReadOnlyList<Webhook> Hooks { get; init => field = value ?? []; } = [];

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The answer to a secret-token creation (webhooks.yaml <c>Token</c>).</summary>
public sealed class WebhookTokenResult
{
    /// <summary>Gets the HTTP status repeated in the body.</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Status { get; init; }

    /// <summary>Gets human-readable descriptions of the outcome.</summary>
    [JsonPropertyName("detail")]
    public IReadOnlyList<string> Detail { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The body of the secret-token calls (webhooks.yaml <c>TokenPayload</c>).</summary>
internal sealed class WebhookTokenPayload
{
    [JsonPropertyName("token")]
    public required string Token { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
