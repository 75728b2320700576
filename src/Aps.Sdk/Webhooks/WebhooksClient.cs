using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Webhooks;

/// <summary>
/// The Webhooks API: webhooks per system, per event and per application, and the secret token that signs callbacks
/// (verify them with <see cref="ApsWebhookSignature"/>).
/// </summary>
/// <remarks>
/// <para>
/// Region: <see cref="ApsRequestOptions.Region"/> (or <see cref="ApsOptions.DefaultRegion"/>) is sent as the
/// <c>x-ads-region</c> header only; APS also reads a <c>region</c> query parameter, but the header wins when both are
/// sent (webhooks.yaml), so the SDK never sends the query form. APS uses US when none is sent.
/// </para>
/// <para>Lists page with <c>pageState</c>; an empty list answers 204, which the SDK reads as an empty page.</para>
/// <para><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/">APS Webhooks reference</see>.</para>
/// </remarks>
public partial class WebhooksClient
{
    internal const string Area = "Webhooks";
    internal const string BasePath = "/webhooks/v1";

    /// <summary>The regions of webhooks.yaml (<c>x-ads-region</c> enum).</summary>
    internal static readonly IReadOnlyList<ApsRegion> Regions =
    [
        ApsRegion.US, ApsRegion.EMEA, ApsRegion.AUS, ApsRegion.CAN, ApsRegion.DEU, ApsRegion.IND, ApsRegion.JPN, ApsRegion.GBR,
    ];

    private static readonly ApsScopes ReadScopes = ApsScopes.Create(ApsScopes.DataRead);

    // The reference pages ask for data:read and data:write on every write.
    private static readonly ApsScopes WriteScopes = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected WebhooksClient()
    {
    }

    internal WebhooksClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static OperationSpec Spec(string name, HttpMethod method, string path, ApsScopes scopes, bool paged = false)
        => new(Area, name, method, path)
        {
            Scopes = scopes,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.XAdsRegionHeader,
            AllowedRegions = Regions,
            Paging = paged ? PagingStyle.PageState : PagingStyle.None,
        };

    private static class Specs
    {
        internal static readonly OperationSpec GetHook = Spec("GetHookDetails", HttpMethod.Get, "/webhooks/v1/systems/{system}/events/{event}/hooks/{hook_id}", ReadScopes);
        internal static readonly OperationSpec PatchHook = Spec("PatchSystemEventHook", HttpMethod.Patch, "/webhooks/v1/systems/{system}/events/{event}/hooks/{hook_id}", WriteScopes);
        internal static readonly OperationSpec DeleteHook = Spec("DeleteSystemEventHook", HttpMethod.Delete, "/webhooks/v1/systems/{system}/events/{event}/hooks/{hook_id}", WriteScopes);
        internal static readonly OperationSpec ListEventHooks = Spec("GetSystemEventHooks", HttpMethod.Get, "/webhooks/v1/systems/{system}/events/{event}/hooks", ReadScopes, paged: true);

        // 201 with no body; a second POST of the same hook answers 409, so a retry after a lost answer is not harmful,
        // but a POST is still not replayed automatically.
        internal static readonly OperationSpec CreateEventHook = Spec("CreateSystemEventHook", HttpMethod.Post, "/webhooks/v1/systems/{system}/events/{event}/hooks", WriteScopes);
        internal static readonly OperationSpec ListSystemHooks = Spec("GetSystemHooks", HttpMethod.Get, "/webhooks/v1/systems/{system}/hooks", ReadScopes, paged: true);
        internal static readonly OperationSpec CreateSystemHooks = Spec("CreateSystemHook", HttpMethod.Post, "/webhooks/v1/systems/{system}/hooks", WriteScopes);
        internal static readonly OperationSpec ListHooks = Spec("GetHooks", HttpMethod.Get, "/webhooks/v1/hooks", ReadScopes, paged: true);
        internal static readonly OperationSpec ListAppHooks = Spec("GetAppHooks", HttpMethod.Get, "/webhooks/v1/app/hooks", ReadScopes, paged: true);
        internal static readonly OperationSpec CreateToken = Spec("CreateToken", HttpMethod.Post, "/webhooks/v1/tokens", WriteScopes);
        internal static readonly OperationSpec PutToken = Spec("PutToken", HttpMethod.Put, "/webhooks/v1/tokens/@me", WriteScopes);
        internal static readonly OperationSpec DeleteToken = Spec("DeleteToken", HttpMethod.Delete, "/webhooks/v1/tokens/@me", WriteScopes);
    }

    /// <summary>Gets a webhook.</summary>
    /// <param name="system">The system, for example <see cref="WebhookSystem.Data"/>.</param>
    /// <param name="eventName">The event, for example <see cref="WebhookEventName.DmVersionAdded"/>.</param>
    /// <param name="hookId">The webhook id.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook.</returns>
    /// <exception cref="ArgumentException">An argument is empty or the region is not one Webhooks serves.</exception>
    /// <exception cref="ApsException">APS answered with an error (404 when the webhook does not exist).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-events-event-hooks-hook_id-GET/">APS reference</see>.</remarks>
    public virtual Task<Webhook> GetHookAsync(WebhookSystem system, WebhookEventName eventName, string hookId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckSystemEvent(system, eventName);
        ArgumentException.ThrowIfNullOrWhiteSpace(hookId);
        var request = _pipeline.CreateRequest(Specs.GetHook, options, [system.Value, eventName.Value, hookId]);
        return _pipeline.SendAsync(request, WebhooksJsonContext.Default.Webhook, options, cancellationToken);
    }

    /// <summary>Changes a webhook: state, filter, custom metadata, expiry (only the properties set are sent).</summary>
    /// <param name="system">The system.</param>
    /// <param name="eventName">The event.</param>
    /// <param name="hookId">The webhook id.</param>
    /// <param name="update">The changes.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS applied the change.</returns>
    /// <exception cref="ArgumentException">An argument is empty, nothing is to be changed, or the status is neither active nor inactive.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-events-event-hooks-hook_id-PATCH/">APS reference</see>.</remarks>
    public virtual Task UpdateHookAsync(WebhookSystem system, WebhookEventName eventName, string hookId, WebhookUpdate update, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckSystemEvent(system, eventName);
        ArgumentException.ThrowIfNullOrWhiteSpace(hookId);
        ArgumentNullException.ThrowIfNull(update);
        if (update.Status is { } status && status != WebhookStatus.Active && status != WebhookStatus.Inactive)
        {
            throw new ArgumentException($"A webhook's status can be set to 'active' or 'inactive'; '{status}' is not settable.", nameof(update));
        }

        if (update.Token is { } token && string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("The per-webhook secret token must not be empty.", nameof(update));
        }

        var body = WebhookBodies.Update(update);
        var request = _pipeline.CreateRequest(Specs.PatchHook, options, [system.Value, eventName.Value, hookId]);
        WebhookBodies.SetJson(request, body);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    /// <summary>Deletes a webhook.</summary>
    /// <param name="system">The system.</param>
    /// <param name="eventName">The event.</param>
    /// <param name="hookId">The webhook id.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS deleted the webhook (204).</returns>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-events-event-hooks-hook_id-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteHookAsync(WebhookSystem system, WebhookEventName eventName, string hookId, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckSystemEvent(system, eventName);
        ArgumentException.ThrowIfNullOrWhiteSpace(hookId);
        var request = _pipeline.CreateRequest(Specs.DeleteHook, options, [system.Value, eventName.Value, hookId]);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    /// <summary>
    /// Lists the webhooks of one event, lazily, one page (up to 200) per request, following <c>pageState</c>. Filters:
    /// <see cref="WebhookListOptions.Status"/>, <see cref="WebhookListOptions.ScopeName"/>.
    /// </summary>
    /// <param name="system">The system.</param>
    /// <param name="eventName">The event.</param>
    /// <param name="options">Filters, region and per-call settings.</param>
    /// <returns>The webhooks; empty when APS answers 204.</returns>
    /// <exception cref="ArgumentException">The system or event is empty, or the status filter is not active/inactive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-events-event-hooks-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<Webhook> ListEventHooksAsync(WebhookSystem system, WebhookEventName eventName, WebhookListOptions? options = null)
    {
        CheckSystemEvent(system, eventName);
        return List(Specs.ListEventHooks, [system.Value, eventName.Value], options, scopeName: true, sort: false);
    }

    /// <summary>
    /// Creates a webhook for one event. APS answers 201 with no body; the id comes from the <c>Location</c> header, and
    /// when APS sends none the SDK finds the new webhook by listing the event's webhooks (same callback URL and scope,
    /// the newest). A webhook that already exists answers 409.
    /// </summary>
    /// <param name="system">The system.</param>
    /// <param name="eventName">The event.</param>
    /// <param name="request">The callback URL, scope and the optional settings.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the new webhook.</returns>
    /// <exception cref="ArgumentException">The callback URL is not absolute http(s), or the scope is missing.</exception>
    /// <exception cref="ApsException">APS answered with an error (409 when the webhook exists), or the new webhook could not be found.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-events-event-hooks-POST/">APS reference</see>.</remarks>
    public virtual async Task<WebhookCreated> CreateHookAsync(WebhookSystem system, WebhookEventName eventName, WebhookCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckSystemEvent(system, eventName);
        var body = WebhookBodies.Create(request);
        using var message = _pipeline.CreateRequest(Specs.CreateEventHook, options, [system.Value, eventName.Value]);
        WebhookBodies.SetJson(message, body);
        Uri? location;
        using (var response = await _pipeline.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false))
        {
            await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
            location = response.Headers.Location;
        }

        if (location is not null && HookIdFromLocation(location) is { } id)
        {
            return new WebhookCreated(id, location, null);
        }

        // No Location: find the webhook just created. Several may share the callback URL (other scopes, or older ones);
        // the one with the same scope, created last, is the new one.
        Webhook? found = null;
        await foreach (var hook in ListEventHooksAsync(system, eventName, ListOptionsFrom(options)).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(hook.CallbackUrl, request.CallbackUrl!.OriginalString, StringComparison.Ordinal)
                && SameScope(hook.Scope, request.Scope!)
                && (found is null || (hook.CreatedDate ?? DateTimeOffset.MinValue) > (found.CreatedDate ?? DateTimeOffset.MinValue)))
            {
                found = hook;
            }
        }

        return found?.HookId is { Length: > 0 } foundId
            ? new WebhookCreated(foundId, null, found)
            : throw new ApsException($"{Specs.CreateEventHook.Name}: APS created the webhook (201) but returned no Location, and no webhook with this callback URL and scope was found in the event's list.");
    }

    /// <summary>
    /// Lists the webhooks of one system, lazily, following <c>pageState</c>. Filter: <see cref="WebhookListOptions.Status"/>.
    /// </summary>
    /// <param name="system">The system.</param>
    /// <param name="options">Filters, region and per-call settings.</param>
    /// <returns>The webhooks; empty when APS answers 204.</returns>
    /// <exception cref="ArgumentException">The system is empty, or the status filter is not active/inactive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-hooks-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<Webhook> ListSystemHooksAsync(WebhookSystem system, WebhookListOptions? options = null)
    {
        CheckSystem(system);
        return List(Specs.ListSystemHooks, [system.Value], options, scopeName: false, sort: false);
    }

    /// <summary>Creates webhooks for every event of a system (one per event), and returns them all.</summary>
    /// <param name="system">The system.</param>
    /// <param name="request">The callback URL, scope and the optional settings.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhooks created, one per event.</returns>
    /// <exception cref="ArgumentException">The callback URL is not absolute http(s), or the scope is missing.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/systems-system-hooks-POST/">APS reference</see>.</remarks>
    public virtual async Task<IReadOnlyList<Webhook>> CreateSystemHooksAsync(WebhookSystem system, WebhookCreateRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckSystem(system);
        var body = WebhookBodies.Create(request);
        var message = _pipeline.CreateRequest(Specs.CreateSystemHooks, options, [system.Value]);
        WebhookBodies.SetJson(message, body);
        var created = await _pipeline.SendAsync(message, WebhooksJsonContext.Default.WebhooksCreated, options, cancellationToken).ConfigureAwait(false);
        return created.Hooks;
    }

    /// <summary>
    /// Lists every webhook the caller owns (the application's with a 2-legged token, the user's with a 3-legged one),
    /// lazily, following <c>pageState</c>. Filter: <see cref="WebhookListOptions.Status"/>.
    /// </summary>
    /// <param name="options">Filters, region and per-call settings.</param>
    /// <returns>The webhooks; empty when APS answers 204.</returns>
    /// <exception cref="ArgumentException">The status filter is not active/inactive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/hooks-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<Webhook> ListHooksAsync(WebhookListOptions? options = null)
        => List(Specs.ListHooks, [], options, scopeName: false, sort: false);

    /// <summary>
    /// Lists the webhooks created by the application (2-legged token only), lazily, following <c>pageState</c>.
    /// Filters: <see cref="WebhookListOptions.Status"/>, <see cref="WebhookListOptions.Sort"/>.
    /// </summary>
    /// <param name="options">Filters, order, region and per-call settings.</param>
    /// <returns>The webhooks.</returns>
    /// <exception cref="ArgumentException">The status filter is not active/inactive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/webhooks/app-hooks-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<Webhook> ListAppHooksAsync(WebhookListOptions? options = null)
        => List(Specs.ListAppHooks, [], options, scopeName: false, sort: true);

    /// <summary>
    /// Registers the secret token APS signs callbacks with (<c>x-adsk-signature</c>; check it with
    /// <see cref="ApsWebhookSignature.Verify"/>). With a 2-legged token it applies to all the application's webhooks,
    /// with a 3-legged token to the user's. APS answers 400 when a token already exists: use
    /// <see cref="ReplaceTokenAsync"/> then.
    /// </summary>
    /// <param name="secretToken">The secret (you choose it; keep it private).</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>APS's confirmation.</returns>
    /// <exception cref="ArgumentException">The secret is empty.</exception>
    /// <exception cref="ApsException">APS answered with an error (400 when a token exists).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/tokens/tokens-POST/">APS reference</see>.</remarks>
    public virtual Task<WebhookTokenResult> CreateTokenAsync(string secretToken, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretToken);
        var request = _pipeline.CreateRequest(Specs.CreateToken, options, []);
        ApsPipeline.SetJsonBody(request, new WebhookTokenPayload { Token = secretToken }, WebhooksJsonContext.Default.WebhookTokenPayload);
        return _pipeline.SendAsync(request, WebhooksJsonContext.Default.WebhookTokenResult, options, cancellationToken);
    }

    /// <summary>Replaces the secret token (<c>PUT tokens/@me</c>). Callbacks are signed with the new one from then on.</summary>
    /// <param name="secretToken">The new secret.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS replaced the token (204).</returns>
    /// <exception cref="ArgumentException">The secret is empty.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/tokens/tokens-@me-PUT/">APS reference</see>.</remarks>
    public virtual Task ReplaceTokenAsync(string secretToken, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretToken);
        var request = _pipeline.CreateRequest(Specs.PutToken, options, []);
        ApsPipeline.SetJsonBody(request, new WebhookTokenPayload { Token = secretToken }, WebhooksJsonContext.Default.WebhookTokenPayload);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    /// <summary>Deletes the secret token (<c>DELETE tokens/@me</c>): callbacks are no longer signed.</summary>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS deleted the token (204).</returns>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/webhooks/v1/reference/http/tokens/tokens-@me-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteTokenAsync(ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Specs.DeleteToken, options, []);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    private ApsPageable<Webhook> List(OperationSpec spec, string[] pathValues, WebhookListOptions? options, bool scopeName, bool sort)
    {
        if (options?.Status is { } status && status != WebhookStatus.Active && status != WebhookStatus.Inactive)
        {
            throw new ArgumentException($"Webhooks can be listed by status 'active' or 'inactive'; '{status}' is not a filter.", nameof(options));
        }

        if (!scopeName && options?.ScopeName is not null)
        {
            throw new ArgumentException("ScopeName filters only the per-event list (ListEventHooksAsync).", nameof(options));
        }

        if (!sort && options?.Sort is not null)
        {
            throw new ArgumentException("Sort applies only to the application list (ListAppHooksAsync).", nameof(options));
        }

        QueryBuilder Query(string? pageState)
        {
            var query = new QueryBuilder();
            if (scopeName && options?.ScopeName is { IsEmpty: false } name)
            {
                query.Add("scopeName", name.Value);
            }

            if (options?.Status is { IsEmpty: false } s)
            {
                query.Add("status", s.Value.ToLowerInvariant());
            }

            if (sort && options?.Sort is { } order)
            {
                query.Add("sort", order == WebhookSortOrder.Ascending ? "asc" : "desc");
            }

            return query.Add("pageState", pageState);
        }

        var strategy = new LinkPaging<WebhooksPage, Webhook>(
            _pipeline,
            spec,
            options,
            _ => _pipeline.CreateRequest(spec, options, pathValues, Query(null)),
            page => page.Data,
            page =>
            {
                // links.next is "/hooks?pageState=..." (relative to /webhooks/v1, and for per-system and per-event
                // lists not necessarily the list's own path). The SDK re-asks the same list with the same filters and
                // the new pageState, which is what the reference says to do with it.
                var state = PageStateOf(page.Links?.Next);
                if (state is null)
                {
                    return null;
                }

                var builder = new StringBuilder();
                spec.Path.AppendTo(builder, pathValues);
                Query(state).AppendTo(builder);
                return builder.ToString();
            });
        return new ApsPagedEnumerable<WebhooksPage, Webhook>(_pipeline, WebhooksJsonContext.Default.WebhooksPage, strategy, options);
    }

    /// <summary>Reads the <c>pageState</c> from a <c>links.next</c> value: a relative or absolute link with a <c>pageState</c> parameter, or the bare state.</summary>
    internal static string? PageStateOf(string? next)
    {
        if (string.IsNullOrWhiteSpace(next))
        {
            return null;
        }

        var question = next.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return next.Contains('/', StringComparison.Ordinal) ? null : next;
        }

        foreach (var pair in next[(question + 1)..].Split('&'))
        {
            var parts = pair.Split('=', 2);
            if (string.Equals(parts[0], "pageState", StringComparison.Ordinal) && parts.Length == 2 && parts[1].Length > 0)
            {
                return Uri.UnescapeDataString(parts[1]);
            }
        }

        return null;
    }

    /// <summary>The hook id is the last path segment of <c>Location</c> (<c>.../hooks/{hook_id}</c>).</summary>
    internal static string? HookIdFromLocation(Uri location)
    {
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?', 2)[0];
        var segments = path.TrimEnd('/').Split('/');
        return segments.Length >= 2 && string.Equals(segments[^2], "hooks", StringComparison.Ordinal) && segments[^1].Length > 0
            ? Uri.UnescapeDataString(segments[^1])
            : null;
    }

    private static WebhookListOptions? ListOptionsFrom(ApsRequestOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        var list = new WebhookListOptions { Region = options.Region, TokenProvider = options.TokenProvider, Timeout = options.Timeout, UserId = options.UserId };
        foreach (var (name, value) in options.Headers)
        {
            list.Headers[name] = value;
        }

        return list;
    }

    private static bool SameScope(WebhookScope? found, WebhookScope wanted)
        => found is not null
           && string.Equals(found.Folder, wanted.Folder, StringComparison.Ordinal)
           && string.Equals(found.Workflow, wanted.Workflow, StringComparison.Ordinal)
           && string.Equals(found.Project, wanted.Project, StringComparison.Ordinal);

    private static void CheckSystem(WebhookSystem system)
    {
        if (system.IsEmpty)
        {
            throw new ArgumentException("A system (for example WebhookSystem.Data) is required.", nameof(system));
        }
    }

    private static void CheckSystemEvent(WebhookSystem system, WebhookEventName eventName)
    {
        CheckSystem(system);
        if (eventName.IsEmpty)
        {
            throw new ArgumentException("An event (for example WebhookEventName.DmVersionAdded) is required.", nameof(eventName));
        }
    }
}

/// <summary>Writes the create and update bodies (source-generation free: a Utf8JsonWriter, so AOT safe).</summary>
internal static class WebhookBodies
{
    public static byte[] Create(WebhookCreateRequest? request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CallbackUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("CallbackUrl must be an absolute http or https URL APS can reach.", nameof(request));
        }

        if (request.Scope is null || request.Scope.IsEmpty)
        {
            throw new ArgumentException("A scope is required, for example WebhookScope.ForFolder(folderUrn).", nameof(request));
        }

        if (request.Filter is { } filter && string.IsNullOrWhiteSpace(filter))
        {
            throw new ArgumentException("The filter must be a JsonPath expression, not empty.", nameof(request));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("callbackUrl", url.OriginalString);
            writer.WritePropertyName("scope");
            WriteScope(writer, request.Scope);
            if (request.HookAttribute is { } attributes)
            {
                writer.WritePropertyName("hookAttribute");
                attributes.WriteTo(writer);
            }

            if (request.HookExpiry is { } expiry)
            {
                writer.WriteString("hookExpiry", FormatDate(expiry));
            }

            if (request.Filter is { } f)
            {
                writer.WriteString("filter", f);
            }

            if (request.HubId is { } hub)
            {
                writer.WriteString("hubId", hub.Value);
            }

            if (request.ProjectId is { } project)
            {
                writer.WriteString("projectId", project.Value);
            }

            if (request.Tenant is { } tenant)
            {
                writer.WriteString("tenant", tenant);
            }

            if (request.AutoReactivateHook is { } reactivate)
            {
                writer.WriteBoolean("autoReactivateHook", reactivate);
            }

            if (request.CallbackWithEventPayloadOnly is { } payloadOnly)
            {
                writer.WriteBoolean("callbackWithEventPayloadOnly", payloadOnly);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Update(WebhookUpdate update)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var count = 0;
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (update.Status is { IsEmpty: false } status)
            {
                writer.WriteString("status", status.Value.ToLowerInvariant());
                count++;
            }

            if (update.AutoReactivateHook is { } reactivate)
            {
                writer.WriteBoolean("autoReactivateHook", reactivate);
                count++;
            }

            if (update.Filter is { } filter)
            {
                writer.WriteString("filter", filter);
                count++;
            }

            if (update.HookAttribute is { } attributes)
            {
                writer.WritePropertyName("hookAttribute");
                attributes.WriteTo(writer);
                count++;
            }

            if (update.Token is { } token)
            {
                writer.WriteString("token", token);
                count++;
            }

            if (update.RemoveHookExpiry)
            {
                writer.WriteNull("hookExpiry");
                count++;
            }
            else if (update.HookExpiry is { } expiry)
            {
                writer.WriteString("hookExpiry", FormatDate(expiry));
                count++;
            }

            writer.WriteEndObject();
        }

        return count == 0
            ? throw new ArgumentException("The update changes nothing: set at least one property.", nameof(update))
            : buffer.WrittenSpan.ToArray();
    }

    public static void SetJson(HttpRequestMessage request, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(ApsPipeline.JsonMediaType) { CharSet = "utf-8" };
        request.Content = content;
    }

    private static void WriteScope(Utf8JsonWriter writer, WebhookScope scope)
    {
        writer.WriteStartObject();
        if (!string.IsNullOrWhiteSpace(scope.Folder))
        {
            writer.WriteString("folder", scope.Folder);
        }

        if (!string.IsNullOrWhiteSpace(scope.Workflow))
        {
            writer.WriteString("workflow", scope.Workflow);
        }

        if (!string.IsNullOrWhiteSpace(scope.Project))
        {
            writer.WriteString("project", scope.Project);
        }

        if (scope.AdditionalData is { } extra)
        {
            foreach (var (name, value) in extra)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    // ISO 8601 in UTC with milliseconds, as the reference examples write it (2017-09-21T17:04:10.444Z).
    private static string FormatDate(DateTimeOffset value)
        => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
