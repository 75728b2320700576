namespace Aps.Sdk.Testing.Emulator.Faults;

/// <summary>
/// A path pattern for faults: segments separated by '/'; <c>*</c> inside a segment matches any characters of that
/// segment, a <c>{name}</c> segment matches any one segment, and a <c>**</c> segment matches any number of segments.
/// Literal text is compared without case. The query string is ignored.
/// </summary>
internal sealed class PathPattern
{
    private readonly string[] _segments;

    public PathPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var query = pattern.IndexOf('?', StringComparison.Ordinal);
        Text = query >= 0 ? pattern[..query] : pattern;
        _segments = Text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < _segments.Length; i++)
        {
            if (EmulatorRoute.IsParameter(_segments[i]))
            {
                _segments[i] = "*";
            }
        }
    }

    public string Text { get; }

    public bool IsMatch(IReadOnlyList<string> path) => Match(0, path, 0);

    private bool Match(int p, IReadOnlyList<string> path, int s)
    {
        while (p < _segments.Length)
        {
            var segment = _segments[p];
            if (segment == "**")
            {
                for (var skip = s; skip <= path.Count; skip++)
                {
                    if (Match(p + 1, path, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Count || !Glob(segment, path[s]))
            {
                return false;
            }

            p++;
            s++;
        }

        return s == path.Count;
    }

    private static bool Glob(string pattern, string text)
    {
        if (pattern == "*")
        {
            return true;
        }

        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(pattern, text, StringComparison.OrdinalIgnoreCase);
        }

        // Simple '*' wildcard matching with backtracking on the last star.
        int pi = 0, ti = 0, star = -1, mark = 0;
        while (ti < text.Length)
        {
            if (pi < pattern.Length && pattern[pi] == '*')
            {
                star = pi++;
                mark = ti;
            }
            else if (pi < pattern.Length && char.ToUpperInvariant(pattern[pi]) == char.ToUpperInvariant(text[ti]))
            {
                pi++;
                ti++;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                ti = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (pi < pattern.Length && pattern[pi] == '*')
        {
            pi++;
        }

        return pi == pattern.Length;
    }
}
