using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The kind of an issue's assignee. An extensible value: a value APS adds later is kept as sent instead of failing.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<IssueAssigneeType>))]
public readonly struct IssueAssigneeType : IEquatable<IssueAssigneeType>, IExtensibleValue<IssueAssigneeType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public IssueAssigneeType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>A user.</summary>
    public static IssueAssigneeType User { get; } = new("user");

    /// <summary>A company.</summary>
    public static IssueAssigneeType Company { get; } = new("company");

    /// <summary>A role.</summary>
    public static IssueAssigneeType Role { get; } = new("role");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static IssueAssigneeType IExtensibleValue<IssueAssigneeType>.FromWire(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator IssueAssigneeType(string value) => new(value);

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static IssueAssigneeType FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(IssueAssigneeType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssueAssigneeType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IssueAssigneeType left, IssueAssigneeType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IssueAssigneeType left, IssueAssigneeType right) => !left.Equals(right);
}
