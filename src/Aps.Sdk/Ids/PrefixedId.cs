namespace Aps.Sdk;

/// <summary>
/// Shared rules of the ids that Data Management writes with a <c>b.</c> prefix (BIM 360 / ACC hubs and projects) and
/// ACC writes without it.
/// </summary>
internal static class PrefixedId
{
    internal const string Bim360Prefix = "b.";

    /// <summary>Checks an id and returns its Data Management form (a bare id gets <c>b.</c>).</summary>
    internal static string Normalize(string? value, string parameterName, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        var text = value.Trim();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '/' or '?' or '#' or '\\')
            {
                throw new ArgumentException($"A {kind} id cannot contain white space, '/', '?', '#' or '\\'.", parameterName);
            }
        }

        if (text.Length > 2 && text[1] == '.' && char.IsAsciiLetter(text[0]))
        {
            return text;
        }

        if (text.Length <= 2 && text.EndsWith('.'))
        {
            throw new ArgumentException($"'{text}' is not a {kind} id: the prefix has no id after it.", parameterName);
        }

        return Bim360Prefix + text;
    }

    /// <summary>The id without the <c>b.</c> prefix (other prefixes, such as <c>a.</c> of personal hubs, are kept).</summary>
    internal static string WithoutBim360Prefix(string dataManagementForm)
        => dataManagementForm.StartsWith(Bim360Prefix, StringComparison.Ordinal) ? dataManagementForm[Bim360Prefix.Length..] : dataManagementForm;
}
