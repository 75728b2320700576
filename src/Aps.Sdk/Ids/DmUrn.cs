using System.Globalization;

namespace Aps.Sdk;

/// <summary>Shared rules of the Data Management URN ids (folders, items, versions).</summary>
internal static class DmUrn
{
    /// <summary>Checks a URN id: not blank, no white space or control characters, not URL-encoded.</summary>
    internal static string Check(string? value, string parameterName, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new ArgumentException($"A {kind} id cannot contain white space or control characters.", parameterName);
            }
        }

        if (value.StartsWith("urn%3A", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The {kind} id '{value}' is URL-encoded; pass it as APS returns it (the SDK escapes it).", parameterName);
        }

        return value;
    }

    /// <summary>Splits <c>urn?version=N</c> into the URN and N.</summary>
    internal static (string Urn, int? Number) SplitVersion(string value)
    {
        var at = value.IndexOf("?version=", StringComparison.Ordinal);
        if (at < 0)
        {
            return (value, null);
        }

        var text = value[(at + "?version=".Length)..];
        return (value[..at], int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null);
    }
}
