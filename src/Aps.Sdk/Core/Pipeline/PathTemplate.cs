using System.Text;

namespace Aps.Sdk.Core.Pipeline;

/// <summary>
/// A path such as <c>/oss/v2/buckets/{bucketKey}/objects/{objectKey}</c>, parsed once. Each parameter is escaped on
/// its own as one segment (<c>/</c>, <c>?</c>, <c>#</c>, <c>%</c> and <c>:</c> included), so an object key or a
/// version URN can never change the shape of the path; <c>.</c> and <c>..</c> are refused because
/// <see cref="Uri"/> would collapse them. Literal parts (<c>users:import</c>, <c>tokens/@me</c>) stay as written.
/// </summary>
internal sealed class PathTemplate
{
    private readonly string[] _literals;
    private readonly string[] _names;

    private PathTemplate(string template, string[] literals, string[] names)
    {
        Template = template;
        _literals = literals;
        _names = names;
    }

    public string Template { get; }

    public IReadOnlyList<string> ParameterNames => _names;

    public static PathTemplate Parse(string template)
    {
        ArgumentException.ThrowIfNullOrEmpty(template);
        if (template[0] != '/')
        {
            throw new ArgumentException($"Path template '{template}' must start with '/'.", nameof(template));
        }

        var literals = new List<string>();
        var names = new List<string>();
        var position = 0;
        while (true)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                literals.Add(template[position..]);
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new ArgumentException($"Path template '{template}' has an unclosed '{{'.", nameof(template));
            }

            literals.Add(template[position..open]);
            names.Add(template[(open + 1)..close]);
            position = close + 1;
        }

        return new PathTemplate(template, [.. literals], [.. names]);
    }

    /// <summary>Appends the path with each value escaped as one segment.</summary>
    /// <exception cref="ArgumentException">A value is null, empty, <c>.</c> or <c>..</c>.</exception>
    public void AppendTo(StringBuilder builder, ReadOnlySpan<string?> values)
    {
        if (values.Length != _names.Length)
        {
            throw new InvalidOperationException($"Path template '{Template}' takes {_names.Length} values; {values.Length} were given.");
        }

        for (var i = 0; i < _names.Length; i++)
        {
            builder.Append(_literals[i]);
            builder.Append(EscapeSegment(values[i], _names[i]));
        }

        builder.Append(_literals[^1]);
    }

    /// <summary>Escapes one path segment, refusing values that would change the path's shape.</summary>
    public static string EscapeSegment(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"'{parameterName}' is required.");
        }

        if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{parameterName}' must not be empty or white space.", parameterName);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException(
                $"'{parameterName}' must not be '.' or '..': such a path segment would be collapsed by URI normalization and address a different resource.",
                parameterName);
        }

        return Uri.EscapeDataString(value);
    }

    public override string ToString() => Template;
}
