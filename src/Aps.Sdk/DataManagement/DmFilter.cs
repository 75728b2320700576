using System.Globalization;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.DataManagement;

/// <summary>
/// An operator of a Data Management filter, written after the field: <c>filter[lastModifiedTime]-ge=...</c>.
/// </summary>
/// <remarks>
/// Follows the APS <see href="https://aps.autodesk.com/en/docs/data/v2/developers_guide/filtering/">Filtering</see>
/// guide (the references are silent on operators): no suffix matches equal values; <c>-starts</c>, <c>-ends</c>,
/// <c>-contains</c> match text; <c>-lt</c>, <c>-le</c>, <c>-gt</c>, <c>-ge</c> compare numbers and dates. Filters are case sensitive.
/// </remarks>
public readonly struct DmFilterOperator : IEquatable<DmFilterOperator>
{
    private readonly string? _suffix;

    private DmFilterOperator(string suffix)
    {
        _suffix = suffix;
    }

    /// <summary>Gets equality (no suffix): any of the comma-separated values.</summary>
    public static DmFilterOperator EqualTo { get; } = new(string.Empty);

    /// <summary>Gets <c>-starts</c>: the value starts with the text.</summary>
    public static DmFilterOperator StartsWith { get; } = new("-starts");

    /// <summary>Gets <c>-ends</c>: the value ends with the text.</summary>
    public static DmFilterOperator EndsWith { get; } = new("-ends");

    /// <summary>Gets <c>-contains</c>: the value contains the text.</summary>
    public static DmFilterOperator Contains { get; } = new("-contains");

    /// <summary>Gets <c>-lt</c>: less than.</summary>
    public static DmFilterOperator LessThan { get; } = new("-lt");

    /// <summary>Gets <c>-le</c>: less than or equal.</summary>
    public static DmFilterOperator LessThanOrEqual { get; } = new("-le");

    /// <summary>Gets <c>-gt</c>: greater than.</summary>
    public static DmFilterOperator GreaterThan { get; } = new("-gt");

    /// <summary>Gets <c>-ge</c>: greater than or equal.</summary>
    public static DmFilterOperator GreaterThanOrEqual { get; } = new("-ge");

    /// <summary>Gets the suffix written after <c>filter[field]</c> (empty for equality).</summary>
    public string Suffix => _suffix ?? string.Empty;

    /// <summary>Compares two operators.</summary>
    /// <param name="left">The first operator.</param>
    /// <param name="right">The second operator.</param>
    public static bool operator ==(DmFilterOperator left, DmFilterOperator right) => left.Equals(right);

    /// <summary>Compares two operators.</summary>
    /// <param name="left">The first operator.</param>
    /// <param name="right">The second operator.</param>
    public static bool operator !=(DmFilterOperator left, DmFilterOperator right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(DmFilterOperator other) => Suffix == other.Suffix;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DmFilterOperator other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Suffix);

    /// <inheritdoc/>
    public override string ToString() => Suffix.Length == 0 ? "=" : Suffix;
}

/// <summary>
/// A typed builder of Data Management <c>filter[...]</c> query parameters. Each call adds one parameter; several
/// values of one call are comma-separated (any of them matches), several parameters must all match. Anything the
/// builder does not name goes through <see cref="Where(string, DmFilterOperator, string[])"/> or <see cref="Raw"/>.
/// </summary>
/// <example>
/// <code>
/// var filter = new DmFilter()
///     .ByType("items")
///     .ByExtensionType("items:autodesk.bim360:File")
///     .ByLastModifiedTime(DmFilterOperator.GreaterThanOrEqual, DateTimeOffset.UtcNow.AddDays(-7));
/// </code>
/// </example>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/developers_guide/filtering/">Filtering</see>.</remarks>
public sealed class DmFilter
{
    private readonly List<KeyValuePair<string, string>> _parameters = [];

    /// <summary>Gets the query parameters, in the order they were added (names unescaped).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>Keeps resources of these types: <c>filter[type]</c> (<c>folders</c>, <c>items</c>, <c>versions</c>, ...).</summary>
    /// <param name="types">The types.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByType(params string[] types) => Where("type", DmFilterOperator.EqualTo, types);

    /// <summary>Keeps resources with these ids: <c>filter[id]</c>.</summary>
    /// <param name="ids">The ids (raw URNs; the SDK escapes them).</param>
    /// <returns>This filter.</returns>
    public DmFilter ById(params string[] ids) => Where("id", DmFilterOperator.EqualTo, ids);

    /// <summary>Keeps resources with these extension types: <c>filter[extension.type]</c>.</summary>
    /// <param name="extensionTypes">The extension types, for example <c>items:autodesk.bim360:File</c>.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByExtensionType(params string[] extensionTypes) => Where("extension.type", DmFilterOperator.EqualTo, extensionTypes);

    /// <summary>Keeps resources by name: <c>filter[name]</c> (hubs, projects).</summary>
    /// <param name="op">The operator.</param>
    /// <param name="name">The text.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByName(DmFilterOperator op, string name) => Where("name", op, name);

    /// <summary>Keeps resources by display name: <c>filter[attributes.displayName]</c>.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="displayName">The text.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByDisplayName(DmFilterOperator op, string displayName) => Where("attributes.displayName", op, displayName);

    /// <summary>Keeps versions with these numbers: <c>filter[versionNumber]</c>.</summary>
    /// <param name="versionNumbers">The version numbers.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByVersionNumber(params int[] versionNumbers)
        => Where("versionNumber", DmFilterOperator.EqualTo, [.. versionNumbers.Select(n => n.ToString(CultureInfo.InvariantCulture))]);

    /// <summary>Compares the version number: <c>filter[versionNumber]-ge=2</c>.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="versionNumber">The version number.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByVersionNumber(DmFilterOperator op, int versionNumber) => Where("versionNumber", op, versionNumber.ToString(CultureInfo.InvariantCulture));

    /// <summary>Compares the last modification time: <c>filter[lastModifiedTime]</c>.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="time">The time (sent in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>).</param>
    /// <returns>This filter.</returns>
    public DmFilter ByLastModifiedTime(DmFilterOperator op, DateTimeOffset time) => Where("lastModifiedTime", op, Format(time));

    /// <summary>Compares the last time anything in a folder changed: <c>filter[lastModifiedTimeRollup]</c> (folder contents).</summary>
    /// <param name="op">The operator.</param>
    /// <param name="time">The time.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByLastModifiedTimeRollup(DmFilterOperator op, DateTimeOffset time) => Where("lastModifiedTimeRollup", op, Format(time));

    /// <summary>Compares the creation time: <c>filter[createTime]</c>.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="time">The time.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByCreateTime(DmFilterOperator op, DateTimeOffset time) => Where("createTime", op, Format(time));

    /// <summary>Keeps hidden (deleted) or visible resources: <c>filter[hidden]</c>.</summary>
    /// <param name="hidden">The value.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByHidden(bool hidden) => Where("hidden", DmFilterOperator.EqualTo, hidden ? "true" : "false");

    /// <summary>Keeps refs of these types: <c>filter[refType]</c> (<c>derived</c>, <c>dependencies</c>, <c>auxiliary</c>, <c>xrefs</c>, <c>includes</c>).</summary>
    /// <param name="refTypes">The ref types.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByRefType(params string[] refTypes) => Where("refType", DmFilterOperator.EqualTo, refTypes);

    /// <summary>Keeps refs of one direction: <c>filter[direction]</c> (<c>from</c> or <c>to</c>).</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByDirection(string direction) => Where("direction", DmFilterOperator.EqualTo, direction);

    /// <summary>Keeps downloads of these file types: <c>filter[format.fileType]</c>.</summary>
    /// <param name="fileTypes">The file types.</param>
    /// <returns>This filter.</returns>
    public DmFilter ByFileType(params string[] fileTypes) => Where("format.fileType", DmFilterOperator.EqualTo, fileTypes);

    /// <summary>Filters on any field: <c>filter[field]-op=v1,v2</c>.</summary>
    /// <param name="field">The field (<c>attributes.name</c>, <c>extension.version</c>, ...).</param>
    /// <param name="op">The operator.</param>
    /// <param name="values">The values; several are comma-separated (any matches).</param>
    /// <returns>This filter.</returns>
    /// <exception cref="ArgumentException">The field or a value is blank, or there is no value.</exception>
    public DmFilter Where(string field, DmFilterOperator op, params string[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentNullException.ThrowIfNull(values);
        if (field.Contains('[', StringComparison.Ordinal) || field.Contains(']', StringComparison.Ordinal))
        {
            throw new ArgumentException("Give the field without 'filter[' and ']' (for example 'extension.type').", nameof(field));
        }

        if (values.Length == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A filter needs at least one value, and no blank value.", nameof(values));
        }

        _parameters.Add(new($"filter[{field}]{op.Suffix}", string.Join(',', values)));
        return this;
    }

    /// <summary>Adds a query parameter as is (for filters this builder does not know); the value is escaped.</summary>
    /// <param name="name">The parameter name, for example <c>filter[attributes.fileType]-ends</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This filter.</returns>
    /// <exception cref="ArgumentException">The name or value is blank.</exception>
    public DmFilter Raw(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _parameters.Add(new(name, value));
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join('&', _parameters.Select(p => p.Key + "=" + p.Value));

    internal void AppendTo(QueryBuilder query)
    {
        foreach (var (name, value) in _parameters)
        {
            query.Add(name, value);
        }
    }

    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
