// Construction.IssuesReport: lists the open issues of an ACC project with their comments.
//
//   dotnet run --project samples/Construction.IssuesReport
//
// Without APS_CLIENT_ID / APS_CLIENT_SECRET it starts the in-process APS emulator from Aps.Sdk.Testing, seeds a few
// issues and comments, and reports on them (real HTTP on loopback, the real SDK pipeline). With them set, plus
// APS_PROJECT_ID (with or without "b."), it reports on that project. Issues needs a user context, so against real APS
// give a 3-legged token provider (see docs/authentication.md); the sample uses the client's configured provider.
using Aps.Sdk;
using Aps.Sdk.Construction.Issues;
using Aps.Sdk.Testing;

var clientId = Environment.GetEnvironmentVariable("APS_CLIENT_ID");
var clientSecret = Environment.GetEnvironmentVariable("APS_CLIENT_SECRET");
var live = !string.IsNullOrWhiteSpace(clientId) && !string.IsNullOrWhiteSpace(clientSecret);

await using var emulator = live ? null : await ApsEmulator.StartAsync();
ApsOptions options;
ProjectId projectId;
if (emulator is null)
{
    options = new ApsOptions { ClientId = clientId, ClientSecret = clientSecret, ApplicationId = "Aps.Sdk.IssuesReport" };
    projectId = Environment.GetEnvironmentVariable("APS_PROJECT_ID") is { Length: > 0 } id
        ? new ProjectId(id)
        : throw new InvalidOperationException("Set APS_PROJECT_ID to the ACC project to report on.");
}
else
{
    options = emulator.CreateOptions();
    options.ApplicationId = "Aps.Sdk.IssuesReport";
    projectId = new ProjectId("b.5d3c2b1a-0f9e-4d8c-b7a6-958473625140");
    var door = emulator.Issues.AddIssue(projectId.Value, "Door missing a screw", assignedTo: "EMULATORUSER01");
    emulator.Issues.AddComment(projectId.Value, door, "Please check the other doors on level 3 too.");
    emulator.Issues.AddComment(projectId.Value, door, "Screws ordered, fitting on Monday.");
    emulator.Issues.AddIssue(projectId.Value, "Cracked window pane, room 204");
    emulator.Issues.AddIssue(projectId.Value, "Handrail loose on stair B", status: "closed");
    Console.WriteLine($"No APS_CLIENT_ID / APS_CLIENT_SECRET set: reporting on a seeded project in the APS emulator at {emulator.BaseAddress}.");
}

using var aps = new ApsClient(options);
var issues = aps.Construction.Issues;
Console.WriteLine($"Open issues of project {projectId.ConstructionValue}:");
Console.WriteLine();

var count = 0;
var listOptions = new IssuesListOptions { Statuses = [IssueStatus.Open], SortBy = ["displayId"], Limit = 50 };
await foreach (var issue in issues.ListIssuesAsync(projectId, listOptions))
{
    count++;
    var due = issue.DueDate is { Length: > 0 } d ? $", due {d}" : string.Empty;
    var assignee = issue.AssignedTo is { Length: > 0 } a ? $", assigned to {a}" : ", unassigned";
    Console.WriteLine($"#{issue.DisplayId} {issue.Title} [{issue.Status}{assignee}{due}]");
    await foreach (var comment in issues.ListCommentsAsync(projectId, issue.Id!, new IssueCommentsListOptions { SortBy = ["createdAt"] }))
    {
        Console.WriteLine($"    - {comment.CreatedAt:yyyy-MM-dd HH:mm} {comment.CreatedBy}: {comment.Body}");
    }
}

Console.WriteLine();
Console.WriteLine(count == 0 ? "No open issues." : $"{count} open issue(s).");
