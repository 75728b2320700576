namespace Aps.Sdk.Construction;

/// <summary>Argument checks shared by the ACC clients (before any call).</summary>
internal static class ConstructionIds
{
    /// <summary>The project id as ACC APIs take it: without <c>b.</c>.</summary>
    public static string Project(ProjectId projectId, string parameterName = "projectId")
    {
        if (projectId.IsEmpty)
        {
            throw new ArgumentException("A project id is required.", parameterName);
        }

        return projectId.ConstructionValue;
    }

    /// <summary>The account id as ACC APIs take it: without <c>b.</c>.</summary>
    public static string Account(AccountId accountId, string parameterName = "accountId")
    {
        if (accountId.IsEmpty)
        {
            throw new ArgumentException("An account id is required.", parameterName);
        }

        return accountId.ConstructionValue;
    }

    /// <summary>A required id (issue, comment, company, user …): not empty, not white space, not '.' or '..'.</summary>
    public static string Required(string? id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, parameterName);
        if (id is "." or "..")
        {
            throw new ArgumentException("An id must not be '.' or '..'.", parameterName);
        }

        return id;
    }
}
