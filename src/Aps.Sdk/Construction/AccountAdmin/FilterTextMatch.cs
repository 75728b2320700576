using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>How a text filter matches. An extensible value: a value APS adds later is kept as sent instead of failing.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<FilterTextMatch>))]
public readonly struct FilterTextMatch : IEquatable<FilterTextMatch>, IExtensibleValue<FilterTextMatch>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public FilterTextMatch(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Contains the text (APS default).</summary>
    public static FilterTextMatch Contains { get; } = new("contains");

    /// <summary>Starts with the text.</summary>
    public static FilterTextMatch StartsWith { get; } = new("startsWith");

    /// <summary>Ends with the text.</summary>
    public static FilterTextMatch EndsWith { get; } = new("endsWith");

    /// <summary>Equals the text.</summary>
    public static FilterTextMatch ExactMatch { get; } = new("equals");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static FilterTextMatch IExtensibleValue<FilterTextMatch>.FromWire(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator FilterTextMatch(string value) => new(value);

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static FilterTextMatch FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(FilterTextMatch other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FilterTextMatch other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FilterTextMatch left, FilterTextMatch right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(FilterTextMatch left, FilterTextMatch right) => !left.Equals(right);
}
