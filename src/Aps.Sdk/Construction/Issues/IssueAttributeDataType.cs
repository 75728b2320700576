using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>The data type of an issue custom attribute. An extensible value: a value APS adds later is kept as sent instead of failing.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<IssueAttributeDataType>))]
public readonly struct IssueAttributeDataType : IEquatable<IssueAttributeDataType>, IExtensibleValue<IssueAttributeDataType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public IssueAttributeDataType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>A dropdown: the value is an option id.</summary>
    public static IssueAttributeDataType List { get; } = new("list");

    /// <summary>Single-line text.</summary>
    public static IssueAttributeDataType Text { get; } = new("text");

    /// <summary>Multi-line text.</summary>
    public static IssueAttributeDataType Paragraph { get; } = new("paragraph");

    /// <summary>A number.</summary>
    public static IssueAttributeDataType Numeric { get; } = new("numeric");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static IssueAttributeDataType IExtensibleValue<IssueAttributeDataType>.FromWire(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator IssueAttributeDataType(string value) => new(value);

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static IssueAttributeDataType FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(IssueAttributeDataType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssueAttributeDataType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IssueAttributeDataType left, IssueAttributeDataType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IssueAttributeDataType left, IssueAttributeDataType right) => !left.Equals(right);
}
