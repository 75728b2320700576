using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>An Issues permission level of the current user. An extensible value: a value APS adds later is kept as sent instead of failing.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<IssuePermissionLevel>))]
public readonly struct IssuePermissionLevel : IEquatable<IssuePermissionLevel>, IExtensibleValue<IssuePermissionLevel>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public IssuePermissionLevel(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>May create issues.</summary>
    public static IssuePermissionLevel Create { get; } = new("create");

    /// <summary>May read issues of other companies.</summary>
    public static IssuePermissionLevel Read { get; } = new("read");

    /// <summary>May manage issues.</summary>
    public static IssuePermissionLevel Write { get; } = new("write");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static IssuePermissionLevel IExtensibleValue<IssuePermissionLevel>.FromWire(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator IssuePermissionLevel(string value) => new(value);

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static IssuePermissionLevel FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(IssuePermissionLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssuePermissionLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IssuePermissionLevel left, IssuePermissionLevel right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IssuePermissionLevel left, IssuePermissionLevel right) => !left.Equals(right);
}
