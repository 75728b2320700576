using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Testing.Emulator.Webhooks;

/// <summary>
/// The Webhooks API, stateful: hooks per system and event (create answers 201 with a <c>Location</c> and no body;
/// a duplicate answers 409), hooks for every event of a system, lists paged with <c>pageState</c> (200 per page,
/// <c>links.next</c> relative to <c>/webhooks/v1</c>, 204 when empty), and the secret token. Hooks live per region
/// (<c>x-ads-region</c> header, else <c>region</c> query, else US) and per owner (the user of a 3-legged token, else
/// the application). Callbacks are not delivered.
/// </summary>
internal sealed class WebhooksModule : IEmulatorModule
{
    internal const int PageSize = 200;
    private const string Base = "/webhooks/v1";
    private static readonly string[] Regions = ["US", "EMEA", "AUS", "CAN", "DEU", "IND", "JPN", "GBR"];

    private static readonly Dictionary<string, string[]> EventsBySystem = new(StringComparer.Ordinal)
    {
        ["data"] =
        [
            "dm.version.added", "dm.version.modified", "dm.version.deleted", "dm.version.moved", "dm.version.moved.out",
            "dm.version.copied", "dm.version.copied.out", "dm.lineage.reserved", "dm.lineage.unreserved", "dm.lineage.updated",
            "dm.folder.added", "dm.folder.modified", "dm.folder.deleted", "dm.folder.purged", "dm.folder.moved",
            "dm.folder.moved.out", "dm.folder.copied", "dm.folder.copied.out", "dm.operation.started", "dm.operation.completed",
        ],
        ["derivative"] = ["extraction.finished", "extraction.updated"],
        ["adsk.c4r"] = ["model.sync", "model.publish"],
    };

    private readonly object _gate = new();
    private readonly List<Hook> _hooks = [];
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly EmulatorContext _context;
    private long _sequence;

    public WebhooksModule(EmulatorContext context)
    {
        _context = context;
    }

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapGet(Base + "/systems/{system}/events/{event}/hooks/{hookId}", GetAsync).Scopes(ApsScopes.DataRead);
        routes.Map("PATCH", Base + "/systems/{system}/events/{event}/hooks/{hookId}", PatchAsync).Scopes(ApsScopes.DataWrite);
        routes.MapDelete(Base + "/systems/{system}/events/{event}/hooks/{hookId}", DeleteAsync).Scopes(ApsScopes.DataWrite);
        routes.MapGet(Base + "/systems/{system}/events/{event}/hooks", ListEventAsync).Scopes(ApsScopes.DataRead);
        routes.MapPost(Base + "/systems/{system}/events/{event}/hooks", CreateEventAsync).Scopes(ApsScopes.DataWrite);
        routes.MapGet(Base + "/systems/{system}/hooks", ListSystemAsync).Scopes(ApsScopes.DataRead);
        routes.MapPost(Base + "/systems/{system}/hooks", CreateSystemAsync).Scopes(ApsScopes.DataWrite);
        routes.MapGet(Base + "/hooks", ListAllAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(Base + "/app/hooks", ListAppAsync).Scopes(ApsScopes.DataRead);
        routes.MapPost(Base + "/tokens", CreateTokenAsync).Scopes(ApsScopes.DataWrite);
        routes.MapPut(Base + "/tokens/@me", PutTokenAsync).Scopes(ApsScopes.DataWrite);
        routes.MapDelete(Base + "/tokens/@me", DeleteTokenAsync).Scopes(ApsScopes.DataWrite);
    }

    private sealed class Hook
    {
        public required string Id { get; init; }

        public required long Sequence { get; init; }

        public required string Region { get; init; }

        public required string Owner { get; init; }

        public required bool ByApplication { get; init; }

        public required string System { get; init; }

        public required string Event { get; init; }

        public required string CallbackUrl { get; init; }

        public required JsonObject Scope { get; init; }

        public required DateTimeOffset Created { get; init; }

        public DateTimeOffset Updated { get; set; }

        public string Status { get; set; } = "active";

        public bool AutoReactivate { get; set; }

        public string? Expiry { get; set; }

        public JsonObject? Attributes { get; set; }

        public string? Filter { get; set; }

        public string? Tenant { get; init; }

        public bool? PayloadOnly { get; init; }

        public string? Token { get; set; }
    }

    private static EmulatorError Error(int status, string code, string detail)
        => EmulatorError.Custom(status, new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["status"] = status, ["code"] = code, ["detail"] = new JsonArray(detail) });

    private static string RegionOf(EmulatorRequest request)
    {
        var value = request.Header("x-ads-region") ?? request.Query("region");
        if (string.IsNullOrWhiteSpace(value))
        {
            return "US";
        }

        return Regions.FirstOrDefault(r => string.Equals(r, value.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw Error(400, "BAD_INPUT", $"Region '{value}' is not supported; use one of {string.Join(", ", Regions)}.");
    }

    private string OwnerOf(EmulatorRequest request) => request.Token?.User?.UserId ?? _context.ClientId;

    private Hook Find(EmulatorRequest request)
    {
        var region = RegionOf(request);
        var owner = OwnerOf(request);
        lock (_gate)
        {
            return _hooks.FirstOrDefault(h => h.Id == request["hookId"] && h.Region == region && h.Owner == owner
                    && h.System == request["system"] && h.Event == request["event"])
                ?? throw Error(404, "NOT_FOUND", $"Hook '{request["hookId"]}' was not found.");
        }
    }

    private Task GetAsync(EmulatorRequest request)
    {
        var hook = Find(request);
        lock (_gate)
        {
            return request.JsonAsync(Json(hook));
        }
    }

    private async Task PatchAsync(EmulatorRequest request)
    {
        var hook = Find(request);
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var (name, value) in body)
            {
                switch (name)
                {
                    case "status":
                        var status = Text(value);
                        hook.Status = status is "active" or "inactive" ? status : throw Error(400, "BAD_INPUT", "status must be 'active' or 'inactive'.");
                        break;
                    case "autoReactivateHook":
                        hook.AutoReactivate = value is JsonValue v && v.GetValueKind() == JsonValueKind.True;
                        break;
                    case "filter":
                        hook.Filter = Text(value);
                        break;
                    case "hookAttribute":
                        hook.Attributes = value is JsonObject o ? (JsonObject)o.DeepClone() : throw Error(400, "BAD_INPUT", "hookAttribute must be an object.");
                        break;
                    case "hookExpiry":
                        hook.Expiry = value is null ? null : Text(value) ?? throw Error(400, "BAD_INPUT", "hookExpiry must be a date or null.");
                        break;
                    case "token":
                        hook.Token = Text(value);
                        break;
                    default:
                        throw Error(400, "BAD_INPUT", $"'{name}' cannot be changed.");
                }
            }

            hook.Updated = _context.Now;
        }

        await request.EmptyAsync(200).ConfigureAwait(false);
    }

    private Task DeleteAsync(EmulatorRequest request)
    {
        var hook = Find(request);
        lock (_gate)
        {
            _hooks.Remove(hook);
        }

        return request.EmptyAsync(204);
    }

    private async Task CreateEventAsync(EmulatorRequest request)
    {
        var hook = await CreateAsync(request, request["system"], [request["event"]]).ConfigureAwait(false);
        request.Response.Headers.Location = $"{_context.BaseUrl}{Base}/systems/{Uri.EscapeDataString(hook[0].System)}/events/{Uri.EscapeDataString(hook[0].Event)}/hooks/{hook[0].Id}";
        await request.EmptyAsync(201).ConfigureAwait(false);
    }

    private async Task CreateSystemAsync(EmulatorRequest request)
    {
        var system = request["system"];
        var events = EventsBySystem.TryGetValue(system, out var known) ? known : throw Error(400, "BAD_INPUT", $"The emulator knows the events of the systems {string.Join(", ", EventsBySystem.Keys)}; '{system}' is not one of them.");
        var hooks = await CreateAsync(request, system, events).ConfigureAwait(false);
        JsonArray array;
        lock (_gate)
        {
            array = new JsonArray([.. hooks.Select(h => (JsonNode)Json(h))]);
        }

        await request.JsonAsync(new JsonObject { ["hooks"] = array }, 201).ConfigureAwait(false);
    }

    private async Task<List<Hook>> CreateAsync(EmulatorRequest request, string system, string[] events)
    {
        var region = RegionOf(request);
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var callback = Text(body["callbackUrl"]);
        if (callback is null || !Uri.TryCreate(callback, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw Error(400, "BAD_INPUT", "callbackUrl must be an absolute http(s) URL.");
        }

        if (body["scope"] is not JsonObject scope || scope.Count == 0)
        {
            throw Error(400, "BAD_INPUT", "scope is required, for example {\"folder\": \"urn:...\"}.");
        }

        var owner = OwnerOf(request);
        var created = new List<Hook>();
        lock (_gate)
        {
            foreach (var name in events)
            {
                if (_hooks.Any(h => h.Region == region && h.Owner == owner && h.System == system && h.Event == name && h.CallbackUrl == callback && JsonNode.DeepEquals(h.Scope, scope)))
                {
                    throw Error(409, "CONFLICT_ERROR", "The specified hook already exists.");
                }

                var hook = new Hook
                {
                    Id = Guid.NewGuid().ToString(),
                    Sequence = ++_sequence,
                    Region = region,
                    Owner = owner,
                    ByApplication = request.Token?.User is null,
                    System = system,
                    Event = name,
                    CallbackUrl = callback,
                    Scope = (JsonObject)scope.DeepClone(),
                    Created = _context.Now,
                    Updated = _context.Now,
                    AutoReactivate = body["autoReactivateHook"] is JsonValue r && r.GetValueKind() == JsonValueKind.True,
                    Expiry = Text(body["hookExpiry"]),
                    Attributes = body["hookAttribute"] is JsonObject a ? (JsonObject)a.DeepClone() : null,
                    Filter = Text(body["filter"]),
                    Tenant = Text(body["tenant"]) ?? scope.Select(p => Text(p.Value)).FirstOrDefault(v => v is not null),
                    PayloadOnly = body["callbackWithEventPayloadOnly"] is JsonValue p ? p.GetValueKind() == JsonValueKind.True : null,
                };
                created.Add(hook);
            }

            _hooks.AddRange(created);
        }

        return created;
    }

    private Task ListEventAsync(EmulatorRequest request)
        => ListAsync(request, h => h.System == request["system"] && h.Event == request["event"], emptyIs204: true, scopeName: true);

    private Task ListSystemAsync(EmulatorRequest request)
        => ListAsync(request, h => h.System == request["system"], emptyIs204: true, scopeName: false);

    private Task ListAllAsync(EmulatorRequest request)
        => ListAsync(request, _ => true, emptyIs204: true, scopeName: false);

    private Task ListAppAsync(EmulatorRequest request)
    {
        if (request.Token?.User is not null)
        {
            throw Error(403, "FORBIDDEN", "This API accepts a 2-legged token of the application only.");
        }

        return ListAsync(request, h => h.ByApplication, emptyIs204: false, scopeName: false, sortable: true);
    }

    private Task ListAsync(EmulatorRequest request, Func<Hook, bool> match, bool emptyIs204, bool scopeName, bool sortable = false)
    {
        var region = RegionOf(request);
        var owner = OwnerOf(request);
        var status = request.Query("status");
        if (status is not null and not ("active" or "inactive"))
        {
            throw Error(400, "BAD_INPUT", "status must be 'active' or 'inactive'.");
        }

        var scope = scopeName ? request.Query("scopeName") : null;
        var sort = sortable ? request.Query("sort") ?? "desc" : "asc";
        if (sort is not ("asc" or "desc"))
        {
            throw Error(400, "BAD_INPUT", "sort must be 'asc' or 'desc'.");
        }

        var offset = 0;
        if (request.Query("pageState") is { Length: > 0 } state)
        {
            try
            {
                offset = int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(state)), NumberStyles.None, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                throw Error(400, "BAD_INPUT", "pageState is not valid.");
            }
        }

        JsonArray page;
        bool more;
        lock (_gate)
        {
            IEnumerable<Hook> all = _hooks.Where(h => h.Region == region && h.Owner == owner && match(h)
                && (status is null || h.Status == status) && (scope is null || h.Scope.ContainsKey(scope)));
            all = sort == "asc" ? all.OrderBy(h => h.Updated).ThenBy(h => h.Sequence) : all.OrderByDescending(h => h.Updated).ThenByDescending(h => h.Sequence);
            var list = all.ToList();
            if (list.Count == 0 && emptyIs204)
            {
                return request.EmptyAsync(204);
            }

            page = new JsonArray([.. list.Skip(offset).Take(PageSize).Select(h => (JsonNode)Json(h))]);
            more = offset + PageSize < list.Count;
        }

        var links = new JsonObject();
        if (more)
        {
            // As APS writes it: relative to /webhooks/v1, and on /hooks whichever list it is.
            links["next"] = "/hooks?pageState=" + Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes((offset + PageSize).ToString(CultureInfo.InvariantCulture))));
        }

        return request.JsonAsync(new JsonObject { ["links"] = links, ["data"] = page });
    }

    private async Task CreateTokenAsync(EmulatorRequest request)
    {
        var token = await ReadTokenAsync(request).ConfigureAwait(false);
        var owner = OwnerOf(request);
        lock (_gate)
        {
            if (_tokens.ContainsKey(owner))
            {
                throw Error(400, "BAD_INPUT", "Secret token already exists; replace it with PUT tokens/@me.");
            }

            _tokens[owner] = token;
        }

        await request.JsonAsync(new JsonObject { ["status"] = 200, ["detail"] = new JsonArray($"Token created successfully for {(request.Token?.User is null ? "client" : "user")}: {owner}") }).ConfigureAwait(false);
    }

    private async Task PutTokenAsync(EmulatorRequest request)
    {
        var token = await ReadTokenAsync(request).ConfigureAwait(false);
        lock (_gate)
        {
            _tokens[OwnerOf(request)] = token;
        }

        await request.EmptyAsync(204).ConfigureAwait(false);
    }

    private Task DeleteTokenAsync(EmulatorRequest request)
    {
        lock (_gate)
        {
            if (!_tokens.Remove(OwnerOf(request)))
            {
                throw Error(404, "NOT_FOUND", "No secret token is set.");
            }
        }

        return request.EmptyAsync(204);
    }

    private static async Task<string> ReadTokenAsync(EmulatorRequest request)
    {
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        return Text(body["token"]) is { Length: > 0 } token ? token : throw Error(400, "BAD_INPUT", "token is required.");
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    private static JsonObject Json(Hook h)
    {
        var json = new JsonObject
        {
            ["hookId"] = h.Id,
            ["tenant"] = h.Tenant,
            ["callbackUrl"] = h.CallbackUrl,
            ["createdBy"] = h.Owner,
            ["event"] = h.Event,
            ["createdDate"] = Date(h.Created),
            ["lastUpdatedDate"] = Date(h.Updated),
            ["system"] = h.System,
            ["creatorType"] = h.ByApplication ? "Application" : "O2User",
            ["status"] = h.Status,
            ["autoReactivateHook"] = h.AutoReactivate,
            ["scope"] = h.Scope.DeepClone(),
            ["urn"] = "urn:adsk.webhooks:events.hook:" + h.Id,
            ["__self__"] = $"/systems/{h.System}/events/{h.Event}/hooks/{h.Id}",
        };
        if (h.Expiry is not null)
        {
            json["hookExpiry"] = h.Expiry;
        }

        if (h.Attributes is not null)
        {
            json["hookAttribute"] = h.Attributes.DeepClone();
        }

        if (h.Filter is not null)
        {
            json["filter"] = h.Filter;
        }

        if (h.PayloadOnly is { } payloadOnly)
        {
            json["callbackWithEventPayloadOnly"] = payloadOnly.ToString().ToLowerInvariant();
        }

        return json;
    }
}
