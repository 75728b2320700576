using System.Text.Json;
using System.Text.Json.Nodes;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Testing.Emulator.Construction.Issues;

/// <summary>
/// ACC Issues: the current user's profile, issues (list with status/assignee/search filters and offset/limit paging,
/// create, get, patch with explicit nulls) and comments (list with offset/limit and <c>sortBy</c>, create).
/// </summary>
internal sealed class IssuesModule : IEmulatorModule
{
    private const string Base = "/construction/issues/v1/projects/{projectId}";
    private static readonly string[] Statuses = ["draft", "open", "pending", "in_progress", "in_review", "completed", "not_approved", "in_dispute", "closed"];
    private static readonly string[] Writable =
    [
        "title", "description", "snapshotUrn", "issueSubtypeId", "status", "assignedTo", "assignedToType", "dueDate", "startDate", "locationId",
        "locationDetails", "rootCauseId", "issueTemplateId", "published", "watchers", "customAttributes", "gpsCoordinates",
    ];

    private readonly EmulatorContext _context;

    public IssuesModule(EmulatorContext context)
    {
        _context = context;
    }

    private IssuesStore Store => IssuesStore.For(_context);

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapGet(Base + "/users/me", ProfileAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet(Base + "/issues", ListAsync).Scopes(ApsScopes.DataRead);
        routes.MapPost(Base + "/issues", CreateAsync).Scopes(ApsScopes.DataWrite);
        routes.MapGet(Base + "/issues/{issueId}", GetAsync).Scopes(ApsScopes.DataRead);
        routes.Map("PATCH", Base + "/issues/{issueId}", PatchAsync).Scopes(ApsScopes.DataWrite);
        routes.MapGet(Base + "/issues/{issueId}/comments", ListCommentsAsync).Scopes(ApsScopes.DataRead);
        routes.MapPost(Base + "/issues/{issueId}/comments", CreateCommentAsync).Scopes(ApsScopes.DataWrite);
    }

    private static string Project(EmulatorRequest request)
    {
        var project = request["projectId"];
        if (project.StartsWith("b.", StringComparison.OrdinalIgnoreCase))
        {
            throw EmulatorError.Custom(400, new JsonObject { ["title"] = "Bad Request", ["detail"] = "ACC project ids are given without the 'b.' prefix." });
        }

        return project;
    }

    private string User(EmulatorRequest request) => _context.User.UserId;

    private Task ProfileAsync(EmulatorRequest request)
    {
        Project(request);
        var statuses = new JsonArray([.. Statuses.Select(s => (JsonNode)s)]);
        return request.JsonAsync(new JsonObject
        {
            ["id"] = User(request),
            ["isProjectAdmin"] = true,
            ["canManageTemplates"] = true,
            ["issues"] = new JsonObject
            {
                ["new"] = new JsonObject { ["permittedActions"] = new JsonArray("add_comment", "assign_all"), ["permittedAttributes"] = new JsonArray("title", "description", "status"), ["permittedStatuses"] = statuses.DeepClone() },
                ["filter"] = new JsonObject { ["permittedStatuses"] = statuses },
            },
            ["permissionLevels"] = new JsonArray("create", "read", "write"),
        });
    }

    private Task ListAsync(EmulatorRequest request)
    {
        var project = Project(request);
        var limit = request.QueryInt("limit", 1, 100) ?? 100;
        var offset = request.QueryInt("offset", 0, int.MaxValue) ?? 0;
        var statuses = Split(request.Query("filter[status]"));
        var assignees = Split(request.Query("filter[assignedTo]"));
        var ids = Split(request.Query("filter[id]"));
        var search = request.Query("filter[search]");
        var (page, total) = Store.List(
            project,
            issue => (statuses is null || statuses.Contains(issue["status"]?.ToString() ?? string.Empty, StringComparer.OrdinalIgnoreCase))
                     && (assignees is null || assignees.Contains(issue["assignedTo"]?.ToString() ?? string.Empty, StringComparer.Ordinal))
                     && (ids is null || ids.Contains(issue["id"]?.ToString() ?? string.Empty, StringComparer.OrdinalIgnoreCase))
                     && (search is null || (issue["title"]?.ToString() ?? string.Empty).Contains(search, StringComparison.OrdinalIgnoreCase)
                         || issue["displayId"]?.ToString() == search),
            offset,
            limit);
        return request.JsonAsync(Page(page, offset, limit, total));
    }

    private async Task CreateAsync(EmulatorRequest request)
    {
        var project = Project(request);
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var fields = OnlyWritable(body);
        if (string.IsNullOrWhiteSpace(fields["title"]?.ToString()) || string.IsNullOrWhiteSpace(fields["issueSubtypeId"]?.ToString()) || fields["status"] is null)
        {
            throw EmulatorError.Custom(400, new JsonObject { ["title"] = "Bad Request", ["detail"] = "title, issueSubtypeId and status are required." });
        }

        CheckStatus(fields);
        await request.JsonAsync(Store.Create(project, fields, User(request))).ConfigureAwait(false);
    }

    private Task GetAsync(EmulatorRequest request) => request.JsonAsync(Store.Get(Project(request), request["issueId"]));

    private async Task PatchAsync(EmulatorRequest request)
    {
        var project = Project(request);
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var fields = OnlyWritable(body);
        CheckStatus(fields);
        await request.JsonAsync(Store.Update(project, request["issueId"], fields, User(request))).ConfigureAwait(false);
    }

    private Task ListCommentsAsync(EmulatorRequest request)
    {
        var limit = request.QueryInt("limit", 1, 100) ?? 100;
        var offset = request.QueryInt("offset", 0, int.MaxValue) ?? 0;
        var descending = request.Query("sortBy")?.StartsWith('-') == true;
        var (page, total) = Store.ListComments(Project(request), request["issueId"], offset, limit, descending);
        return request.JsonAsync(Page(page, offset, limit, total));
    }

    private async Task CreateCommentAsync(EmulatorRequest request)
    {
        var project = Project(request);
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var text = body["body"]?.GetValueKind() == JsonValueKind.String ? body["body"]!.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw EmulatorError.Custom(400, new JsonObject { ["title"] = "Bad Request", ["detail"] = "body is required." });
        }

        await request.JsonAsync(Store.AddComment(project, request["issueId"], text, User(request)), 201).ConfigureAwait(false);
    }

    private static JsonObject Page(List<JsonObject> page, int offset, int limit, int total)
        => new()
        {
            ["pagination"] = new JsonObject { ["limit"] = limit, ["offset"] = offset, ["totalResults"] = total },
            ["results"] = new JsonArray([.. page.Cast<JsonNode>()]),
        };

    private static JsonObject OnlyWritable(JsonObject body)
    {
        var unknown = body.Select(p => p.Key).FirstOrDefault(k => !Writable.Contains(k, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw EmulatorError.Custom(400, new JsonObject { ["title"] = "Bad Request", ["detail"] = $"'{unknown}' cannot be set." });
        }

        return body;
    }

    private static void CheckStatus(JsonObject fields)
    {
        if (fields.TryGetPropertyValue("status", out var status) && (status is null || !Statuses.Contains(status.ToString(), StringComparer.Ordinal)))
        {
            throw EmulatorError.Custom(400, new JsonObject { ["title"] = "Bad Request", ["detail"] = $"'{status}' is not an issue status." });
        }
    }

    private static string[]? Split(string? value) => value is null ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
