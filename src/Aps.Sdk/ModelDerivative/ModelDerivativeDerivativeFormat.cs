using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// Which object ids metadata calls return for designs with legacy SVF derivatives (the <c>x-ads-derivative-format</c> header).
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativeDerivativeFormat(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativeDerivativeFormat>))]
public readonly struct ModelDerivativeDerivativeFormat : IEquatable<ModelDerivativeDerivativeFormat>, IExtensibleValue<ModelDerivativeDerivativeFormat>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativeDerivativeFormat(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>SVF2 object ids (the default).</summary>
    public static ModelDerivativeDerivativeFormat Latest { get; } = new("latest");

    /// <summary>Legacy SVF object ids.</summary>
    public static ModelDerivativeDerivativeFormat Fallback { get; } = new("fallback");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativeDerivativeFormat IExtensibleValue<ModelDerivativeDerivativeFormat>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativeDerivativeFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativeDerivativeFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativeDerivativeFormat left, ModelDerivativeDerivativeFormat right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativeDerivativeFormat left, ModelDerivativeDerivativeFormat right) => !left.Equals(right);
}
