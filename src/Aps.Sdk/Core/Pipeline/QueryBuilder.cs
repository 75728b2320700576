using System.Globalization;
using System.Text;

namespace Aps.Sdk.Core.Pipeline;

/// <summary>
/// Collects query parameters. Values are escaped with <see cref="Uri.EscapeDataString(string)"/>; names keep their
/// <c>[</c> and <c>]</c> (<c>filter[type]</c>, <c>page[number]</c>) and escape everything else.
/// </summary>
internal sealed class QueryBuilder
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public int Count => _pairs.Count;

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public QueryBuilder Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    public QueryBuilder Add(string name, int? value)
        => value is null ? this : Add(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public QueryBuilder Add(string name, long? value)
        => value is null ? this : Add(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public QueryBuilder Add(string name, bool? value)
        => value is null ? this : Add(name, value.Value ? "true" : "false");

    public QueryBuilder Add(string name, DateTimeOffset? value)
        => value is null ? this : Add(name, value.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    /// <summary>Adds one parameter whose value is the comma-joined list (APS filter style).</summary>
    public QueryBuilder AddCommaSeparated(string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return this;
        }

        var joined = string.Join(',', values.Where(v => !string.IsNullOrEmpty(v)));
        return joined.Length == 0 ? this : Add(name, joined);
    }

    /// <summary>Adds the parameter once per value (exploded arrays: <c>?a=1&amp;a=2</c>).</summary>
    public QueryBuilder AddRepeated(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(name, value);
            }
        }

        return this;
    }

    public QueryBuilder Set(string name, string? value)
    {
        _pairs.RemoveAll(p => p.Key == name);
        return Add(name, value);
    }

    public void AppendTo(StringBuilder builder)
    {
        var first = true;
        foreach (var pair in _pairs)
        {
            builder.Append(first ? '?' : '&');
            first = false;
            builder.Append(EscapeName(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
        }
    }

    public static string EscapeName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var escaped = Uri.EscapeDataString(name);
        return escaped.Contains('%', StringComparison.Ordinal)
            ? escaped.Replace("%5B", "[", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal)
            : escaped;
    }
}
