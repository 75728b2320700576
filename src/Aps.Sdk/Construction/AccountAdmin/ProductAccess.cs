using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>The access to a product. An extensible value: a value APS adds later is kept as sent instead of failing.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<ProductAccess>))]
public readonly struct ProductAccess : IEquatable<ProductAccess>, IExtensibleValue<ProductAccess>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ProductAccess(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary><c>administrator</c>.</summary>
    public static ProductAccess Administrator { get; } = new("administrator");

    /// <summary><c>member</c>.</summary>
    public static ProductAccess Member { get; } = new("member");

    /// <summary><c>none</c>.</summary>
    public static ProductAccess None { get; } = new("none");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ProductAccess IExtensibleValue<ProductAccess>.FromWire(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ProductAccess(string value) => new(value);

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ProductAccess FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ProductAccess other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProductAccess other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ProductAccess left, ProductAccess right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ProductAccess left, ProductAccess right) => !left.Equals(right);
}
