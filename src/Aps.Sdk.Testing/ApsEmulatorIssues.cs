using System.Text.Json.Nodes;
using Aps.Sdk.Testing.Emulator;
using Aps.Sdk.Testing.Emulator.Construction.Issues;

namespace Aps.Sdk.Testing;

/// <summary>
/// Test helpers for the emulator's ACC Issues state: seed issues and comments before the code under test runs, and
/// read back what it wrote. They act directly on the state (no HTTP, no token, no faults). Project ids are taken with
/// or without <c>b.</c>.
/// </summary>
public sealed class ApsEmulatorIssues
{
    private readonly EmulatorContext _context;

    internal ApsEmulatorIssues(EmulatorContext context)
    {
        _context = context;
    }

    /// <summary>Adds an issue to a project.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="title">The title.</param>
    /// <param name="status">The status (<c>open</c> by default; any Issues status).</param>
    /// <param name="assignedTo">The assignee's Autodesk id, if any.</param>
    /// <returns>The new issue's id.</returns>
    public string AddIssue(string projectId, string title, string status = "open", string? assignedTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        var fields = new JsonObject { ["title"] = title, ["status"] = status, ["issueSubtypeId"] = "emulated-subtype" };
        if (assignedTo is not null)
        {
            fields["assignedTo"] = assignedTo;
            fields["assignedToType"] = "user";
        }

        return IssuesStore.For(_context).Create(projectId, fields, _context.User.UserId)["id"]!.ToString();
    }

    /// <summary>Adds a comment to an issue.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="body">The text.</param>
    /// <returns>The new comment's id.</returns>
    /// <exception cref="InvalidOperationException">The issue does not exist.</exception>
    public string AddComment(string projectId, string issueId, string body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(issueId);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        try
        {
            return IssuesStore.For(_context).AddComment(projectId, issueId, body, _context.User.UserId)["id"]!.ToString();
        }
        catch (EmulatorError ex)
        {
            throw new InvalidOperationException(ex.Message, ex);
        }
    }

    /// <summary>Gets an issue's current JSON, as the emulator would return it.</summary>
    /// <param name="projectId">The project (with or without <c>b.</c>).</param>
    /// <param name="issueId">The issue.</param>
    /// <returns>The issue's JSON text.</returns>
    /// <exception cref="InvalidOperationException">The issue does not exist.</exception>
    public string GetIssueJson(string projectId, string issueId)
    {
        try
        {
            return IssuesStore.For(_context).Get(projectId, issueId).ToJsonString();
        }
        catch (EmulatorError ex)
        {
            throw new InvalidOperationException(ex.Message, ex);
        }
    }
}
