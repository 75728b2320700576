using System.Text.Json.Nodes;

namespace Aps.Sdk.Webhooks;

/// <summary>
/// A webhook to create (webhooks.yaml <c>HookPayload</c>): where callbacks go and which scope is watched; the rest
/// is optional.
/// </summary>
public sealed class WebhookCreateRequest
{
    /// <summary>Gets or sets the absolute URL APS sends callbacks to (required).</summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>Gets or sets where the event is watched (required), for example <see cref="WebhookScope.ForFolder"/>.</summary>
    public WebhookScope? Scope { get; set; }

    /// <summary>Gets or sets custom metadata (under 1 KB) APS echoes in every callback.</summary>
    public JsonObject? HookAttribute { get; set; }

    /// <summary>Gets or sets when the webhook expires; never when not set.</summary>
    public DateTimeOffset? HookExpiry { get; set; }

    /// <summary>
    /// Gets or sets a JsonPath filter over the event payload; only matching events are sent, for example
    /// <c>$[?(@.ext=='rvt')]</c> (<see href="https://aps.autodesk.com/en/docs/webhooks/v1/developers_guide/callback-filtering/">callback filtering</see>).
    /// </summary>
    public string? Filter { get; set; }

    /// <summary>Gets or sets the hub that holds the watched entity (helps users who belong to many projects); sent with <c>b.</c>.</summary>
    public HubId? HubId { get; set; }

    /// <summary>Gets or sets the project that holds the watched entity; sent as a Data Management id (with <c>b.</c>).</summary>
    public ProjectId? ProjectId { get; set; }

    /// <summary>Gets or sets the tenant events must come from.</summary>
    public string? Tenant { get; set; }

    /// <summary>Gets or sets a value indicating whether APS reactivates the webhook when it becomes inactive (APS default: no).</summary>
    public bool? AutoReactivateHook { get; set; }

    /// <summary>Gets or sets a value indicating whether callbacks carry only the event, without the webhook (APS default: no).</summary>
    public bool? CallbackWithEventPayloadOnly { get; set; }
}

/// <summary>
/// Changes to a webhook (webhooks.yaml <c>ModifyHookPayload</c>); only the properties set are sent. APS documents
/// <c>status</c>, <c>filter</c>, <c>hookAttribute</c> and <c>hookExpiry</c> as changeable; the schema also has
/// <c>autoReactivateHook</c> and <c>token</c>, which are sent when set.
/// </summary>
public sealed class WebhookUpdate
{
    private DateTimeOffset? _hookExpiry;

    /// <summary>Gets or sets the new state: <see cref="WebhookStatus.Active"/> or <see cref="WebhookStatus.Inactive"/>.</summary>
    public WebhookStatus? Status { get; set; }

    /// <summary>Gets or sets the new JsonPath callback filter.</summary>
    public string? Filter { get; set; }

    /// <summary>Gets or sets the new custom metadata.</summary>
    public JsonObject? HookAttribute { get; set; }

    /// <summary>Gets or sets the new expiry. See <see cref="RemoveHookExpiry"/> to make the webhook never expire.</summary>
    public DateTimeOffset? HookExpiry
    {
        get => _hookExpiry;
        set
        {
            _hookExpiry = value;
            RemoveHookExpiry = false;
        }
    }

    /// <summary>Gets or sets a value indicating whether the expiry is removed (<c>"hookExpiry": null</c>): the webhook then never expires.</summary>
    public bool RemoveHookExpiry { get; set; }

    /// <summary>Gets or sets whether APS reactivates the webhook when it becomes inactive.</summary>
    public bool? AutoReactivateHook { get; set; }

    /// <summary>
    /// Gets or sets a secret token for this webhook only, used instead of the application's or user's token to sign
    /// its callbacks. Never logged.
    /// </summary>
    public string? Token { get; set; }

    /// <inheritdoc />
    public override string ToString()
        => $"WebhookUpdate(Status={Status?.Value ?? "<unchanged>"}, Filter={(Filter is null ? "<unchanged>" : "set")}, Token={(Token is null ? "<unchanged>" : "***")})";
}

/// <summary>Options of the webhook lists: state filter and region (the <c>x-ads-region</c> header).</summary>
public sealed class WebhookListOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the state to list: <see cref="WebhookStatus.Active"/> or <see cref="WebhookStatus.Inactive"/>; all when not set.</summary>
    public WebhookStatus? Status { get; set; }

    /// <summary>Gets or sets the scope name to list (<c>scopeName</c>); used by the per-event list only.</summary>
    public WebhookScopeName? ScopeName { get; set; }

    /// <summary>Gets or sets the order by last update (<c>asc</c> or <c>desc</c>, APS default <c>desc</c>); used by the application list only.</summary>
    public WebhookSortOrder? Sort { get; set; }
}

/// <summary>The order of <see cref="WebhooksClient.ListAppHooksAsync"/> by <c>lastUpdatedDate</c>.</summary>
public enum WebhookSortOrder
{
    /// <summary>Oldest first (<c>asc</c>).</summary>
    Ascending,

    /// <summary>Newest first (<c>desc</c>), the APS default.</summary>
    Descending,
}

/// <summary>The webhook created by <see cref="WebhooksClient.CreateHookAsync"/>.</summary>
public sealed class WebhookCreated
{
    internal WebhookCreated(string hookId, Uri? location, Webhook? hook)
    {
        HookId = hookId;
        Location = location;
        Hook = hook;
    }

    /// <summary>Gets the id of the new webhook.</summary>
    public string HookId { get; }

    /// <summary>Gets the <c>Location</c> APS returned, when it returned one.</summary>
    public Uri? Location { get; }

    /// <summary>Gets the webhook when the SDK had to look it up (APS returned no <c>Location</c>); otherwise <see langword="null"/>.</summary>
    public Webhook? Hook { get; }

    /// <inheritdoc />
    public override string ToString() => $"WebhookCreated({HookId})";
}
