using Aps.Sdk.Construction.AccountAdmin;
using Aps.Sdk.Construction.Assets;
using Aps.Sdk.Construction.DataConnector;
using Aps.Sdk.Construction.Issues;

namespace Aps.Sdk.AotSmoke;

/// <summary>ACC Issues: the <c>{results, pagination}</c> envelope over two offset pages; the project id sent without <c>b.</c>.</summary>
internal sealed class IssuesSmoke : ISmokeCheck
{
    public string Name => "ACC Issues: ListIssuesAsync over offset pages";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .On(HttpMethod.Get, "/construction/issues/v1/projects/p-1/issues", request => request.RequestUri!.Query.Contains("offset=2", StringComparison.Ordinal)
                ? CannedHandler.Json("""{"pagination":{"limit":2,"offset":2,"totalResults":3},"results":[{"id":"i-3","title":"Third","status":"closed","displayId":3}]}""")
                : CannedHandler.Json("""{"pagination":{"limit":2,"offset":0,"totalResults":3},"results":[{"id":"i-1","title":"First","status":"open","displayId":1},{"id":"i-2","title":"Second","status":"draft","displayId":2}]}"""));
        using var client = handler.CreateClient();

        var issues = new List<string>();
        await foreach (var issue in client.Construction.Issues.ListIssuesAsync(new ProjectId("b.p-1"), new IssuesListOptions { Limit = 2 }).ConfigureAwait(false))
        {
            issues.Add($"{issue.Id}:{issue.Title}:{issue.Status}");
        }

        Check.Equal("i-1:First:open,i-2:Second:draft,i-3:Third:closed", string.Join(',', issues), "issues over pages");
        Check.That(handler.Seen.Exists(s => s.Contains("/projects/p-1/issues?limit=2&offset=2", StringComparison.Ordinal)), "second page by offset");
    }
}

/// <summary>Account Admin: a <c>/hq/v1</c> bare-array list, paged by offset until a short page.</summary>
internal sealed class AccountAdminSmoke : ISmokeCheck
{
    public string Name => "ACC Account Admin: ListUsersAsync (hq/v1 bare array)";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .On(HttpMethod.Get, "/hq/v1/accounts/acc-1/users", request => request.RequestUri!.Query.Contains("offset=2", StringComparison.Ordinal)
                ? CannedHandler.Json("""[{"id":"u-3","account_id":"acc-1","status":"pending","role":"account_user","email":"c@example.com"}]""")
                : CannedHandler.Json("""[{"id":"u-1","account_id":"acc-1","status":"active","role":"account_admin","email":"a@example.com"},{"id":"u-2","account_id":"acc-1","status":"not_invited","role":"account_user","email":"b@example.com"}]"""));
        using var client = handler.CreateClient();

        var users = new List<string>();
        await foreach (var user in client.Construction.AccountAdmin.ListUsersAsync(new AccountId("b.acc-1"), new HqListOptions { Limit = 2 }).ConfigureAwait(false))
        {
            users.Add($"{user.Id}:{user.Status}");
        }

        Check.Equal("u-1:active,u-2:not_invited,u-3:pending", string.Join(',', users), "users over pages");
    }
}

/// <summary>The other ACC modules: Assets (cursor paging over <c>nextUrl</c>) and Data Connector (offset envelope).</summary>
internal sealed class ConstructionModulesSmoke : ISmokeCheck
{
    public string Name => "ACC Assets cursor paging + Data Connector requests";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .On(HttpMethod.Get, "/construction/assets/v2/projects/p-1/assets", request => request.RequestUri!.Query.Contains("cursorState=C2", StringComparison.Ordinal)
                ? CannedHandler.Json("""{"pagination":{"limit":1,"cursorState":"C2"},"results":[{"id":"a-2","clientAssetId":"AHU-2","categoryId":"cat","statusId":"s","version":1}]}""")
                : CannedHandler.Json("""{"pagination":{"limit":1,"cursorState":"","nextUrl":"https://developer.api.autodesk.com/construction/assets/v2/projects/p-1/assets?limit=1&cursorState=C2"},"results":[{"id":"a-1","clientAssetId":"AHU-1","categoryId":"cat","statusId":"s","version":3,"createdAt":"2024-05-01T10:00:00.000Z"}]}"""))
            .OnJson(HttpMethod.Get, "/data-connector/v1/accounts/acc-1/requests", """
                {"pagination":{"limit":20,"offset":0,"totalResults":1},"results":[{"id":"r-1","description":"Nightly extract","isActive":true,"accountId":"acc-1","scheduleInterval":"DAY","reoccuringInterval":1,"effectiveFrom":"2024-05-01T00:00:00.000Z"}]}
                """);
        using var client = handler.CreateClient();

        var assets = new List<string>();
        await foreach (var asset in client.Construction.Assets.ListAssetsAsync(new ProjectId("b.p-1"), new AssetListOptions { Limit = 1 }).ConfigureAwait(false))
        {
            assets.Add($"{asset.Id}:{asset.ClientAssetId}:{asset.Version}");
        }

        Check.Equal("a-1:AHU-1:3,a-2:AHU-2:1", string.Join(',', assets), "assets over the cursor");

        var requests = new List<DataConnectorRequest>();
        await foreach (var request in client.Construction.DataConnector.ListRequestsAsync(new AccountId("b.acc-1")).ConfigureAwait(false))
        {
            requests.Add(request);
        }

        Check.Equal(1, requests.Count, "data connector requests");
        Check.Equal("Nightly extract", requests[0].Description, "description");
        Check.Equal(DataConnectorScheduleInterval.Day, requests[0].ScheduleInterval, "schedule interval");
    }
}
