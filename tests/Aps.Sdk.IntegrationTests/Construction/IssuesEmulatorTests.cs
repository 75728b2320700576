using Aps.Sdk.Construction.Issues;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Construction;

/// <summary>The Issues client against the emulator's stateful Issues routes.</summary>
public sealed class IssuesEmulatorTests
{
    private const string Project = "b.7f2c9a50-1111-4a6b-8c1d-2e3f4a5b6c7d";

    [Fact]
    public async Task Issues_round_trip_with_filters_paging_tri_state_patch_and_comments()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = new ApsClient(emulator.CreateOptions());
        var issues = aps.Construction.Issues;
        for (var i = 1; i <= 5; i++)
        {
            emulator.Issues.AddIssue(Project, $"Seeded {i}", i % 2 == 0 ? "closed" : "open");
        }

        var me = await issues.GetUserProfileAsync(Project);
        me.PermissionLevels.Should().Contain(IssuePermissionLevel.Write);

        var open = new List<Issue>();
        var pages = 0;
        await foreach (var page in issues.ListIssuesAsync(Project, new IssuesListOptions { Statuses = [IssueStatus.Open], Limit = 2 }).AsPages())
        {
            pages++;
            open.AddRange(page.Values);
        }

        pages.Should().Be(2, "three open issues at two per page");
        open.Select(i => i.Title).Should().Equal("Seeded 1", "Seeded 3", "Seeded 5");

        var created = await issues.CreateIssueAsync(Project, new IssueCreateRequest { Title = "Door missing a screw", IssueSubtypeId = "st", Status = IssueStatus.Open, DueDate = "2026-12-01", AssignedTo = "USER1", AssignedToType = IssueAssigneeType.User });
        created.DisplayId.Should().Be(6);
        created.DueDate.Should().Be("2026-12-01");

        var patched = await issues.UpdateIssueAsync(Project, created.Id!, new IssueUpdateRequest { Status = IssueStatus.InProgress, DueDate = null });
        patched.Status.Should().Be(IssueStatus.InProgress);
        patched.DueDate.Should().BeNull("an explicit null clears the field");
        patched.AssignedTo.Should().Be("USER1", "fields left unset are kept");

        for (var c = 1; c <= 3; c++)
        {
            await issues.CreateCommentAsync(Project, created.Id!, new IssueCommentCreateRequest { Body = $"Comment {c}" });
        }

        var comments = new List<IssueComment>();
        await foreach (var comment in issues.ListCommentsAsync(Project, created.Id!, new IssueCommentsListOptions { Limit = 2, SortBy = ["-createdAt"] }))
        {
            comments.Add(comment);
        }

        comments.Select(c => c.Body).Should().Equal("Comment 3", "Comment 2", "Comment 1");
        (await issues.GetIssueAsync(Project, created.Id!)).CommentCount.Should().Be(3);
        emulator.Issues.GetIssueJson(Project, created.Id!).Should().Contain("\"dueDate\":null");
    }

    [Fact]
    public async Task Unknown_issue_is_a_404_ApsException()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = new ApsClient(emulator.CreateOptions());

        var thrown = await FluentActions.Awaiting(() => aps.Construction.Issues.GetIssueAsync(Project, "missing")).Should().ThrowAsync<ApsException>();

        thrown.Which.StatusCode.Should().Be(404);
    }
}
