using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Aps.Sdk.Testing.Emulator.Construction.Issues;

/// <summary>
/// The emulated ACC Issues state: per project (keyed without <c>b.</c>), issues in creation order and their comments.
/// One store per emulator, found through the context; every member is thread-safe (one lock).
/// </summary>
internal sealed class IssuesStore
{
    private static readonly ConditionalWeakTable<EmulatorContext, IssuesStore> Stores = new();
    private readonly Dictionary<string, List<JsonObject>> _issues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<JsonObject>> _comments = new(StringComparer.OrdinalIgnoreCase);
    private readonly EmulatorContext _context;
    private readonly object _gate = new();

    private IssuesStore(EmulatorContext context)
    {
        _context = context;
    }

    public static IssuesStore For(EmulatorContext context) => Stores.GetValue(context, c => new IssuesStore(c));

    public static string ProjectKey(string projectId) => projectId.StartsWith("b.", StringComparison.OrdinalIgnoreCase) ? projectId[2..] : projectId;

    public JsonObject Create(string projectId, JsonObject fields, string createdBy)
    {
        lock (_gate)
        {
            var list = Issues(projectId);
            var now = _context.Now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var issue = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["containerId"] = ProjectKey(projectId),
                ["displayId"] = list.Count + 1,
                ["status"] = "open",
                ["commentCount"] = 0,
                ["watchers"] = new JsonArray(),
                ["customAttributes"] = new JsonArray(),
                ["linkedDocuments"] = new JsonArray(),
                ["permittedStatuses"] = new JsonArray("draft", "open", "pending", "in_progress", "in_review", "completed", "not_approved", "in_dispute", "closed"),
                ["permittedAttributes"] = new JsonArray("title", "description", "status", "assignedTo", "assignedToType", "dueDate"),
                ["permittedActions"] = new JsonArray("add_comment", "assign_all"),
                ["published"] = true,
                ["createdBy"] = createdBy,
                ["createdAt"] = now,
                ["openedBy"] = createdBy,
                ["openedAt"] = now,
                ["updatedBy"] = createdBy,
                ["updatedAt"] = now,
                ["deleted"] = false,
            };
            Apply(issue, fields);
            list.Add(issue);
            return (JsonObject)issue.DeepClone();
        }
    }

    public JsonObject Update(string projectId, string issueId, JsonObject fields, string updatedBy)
    {
        lock (_gate)
        {
            var issue = Find(projectId, issueId);
            Apply(issue, fields);
            issue["updatedBy"] = updatedBy;
            issue["updatedAt"] = _context.Now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            if (fields.ContainsKey("status") && issue["status"]?.ToString() == "closed")
            {
                issue["closedBy"] = updatedBy;
                issue["closedAt"] = issue["updatedAt"]!.DeepClone();
            }

            return (JsonObject)issue.DeepClone();
        }
    }

    public JsonObject Get(string projectId, string issueId)
    {
        lock (_gate)
        {
            return (JsonObject)Find(projectId, issueId).DeepClone();
        }
    }

    public (List<JsonObject> Page, int Total) List(string projectId, Func<JsonObject, bool> filter, int offset, int limit)
    {
        lock (_gate)
        {
            var all = Issues(projectId).Where(filter).ToList();
            return (all.Skip(offset).Take(limit).Select(i => (JsonObject)i.DeepClone()).ToList(), all.Count);
        }
    }

    public JsonObject AddComment(string projectId, string issueId, string body, string createdBy)
    {
        lock (_gate)
        {
            var issue = Find(projectId, issueId);
            var comment = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["body"] = body,
                ["createdBy"] = createdBy,
                ["createdAt"] = _context.Now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["permittedActions"] = new JsonArray(),
                ["permittedAttributes"] = new JsonArray(),
            };
            Comments(issueId).Add(comment);
            issue["commentCount"] = Comments(issueId).Count;
            return (JsonObject)comment.DeepClone();
        }
    }

    public (List<JsonObject> Page, int Total) ListComments(string projectId, string issueId, int offset, int limit, bool descending)
    {
        lock (_gate)
        {
            Find(projectId, issueId);
            IEnumerable<JsonObject> all = Comments(issueId);
            if (descending)
            {
                all = all.Reverse();
            }

            var list = all.ToList();
            return (list.Skip(offset).Take(limit).Select(c => (JsonObject)c.DeepClone()).ToList(), list.Count);
        }
    }

    private static void Apply(JsonObject issue, JsonObject fields)
    {
        foreach (var (name, value) in fields)
        {
            issue[name] = value?.DeepClone();
        }
    }

    private JsonObject Find(string projectId, string issueId)
        => Issues(projectId).FirstOrDefault(i => string.Equals(i["id"]?.ToString(), issueId, StringComparison.OrdinalIgnoreCase))
           ?? throw EmulatorError.Custom(404, new JsonObject { ["title"] = "Not Found", ["detail"] = $"Issue '{issueId}' was not found in project '{projectId}'." });

    private List<JsonObject> Issues(string projectId)
    {
        var key = ProjectKey(projectId);
        if (!_issues.TryGetValue(key, out var list))
        {
            _issues[key] = list = [];
        }

        return list;
    }

    private List<JsonObject> Comments(string issueId)
    {
        if (!_comments.TryGetValue(issueId, out var list))
        {
            _comments[issueId] = list = [];
        }

        return list;
    }
}
