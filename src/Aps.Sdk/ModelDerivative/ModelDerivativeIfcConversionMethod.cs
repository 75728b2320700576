using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The IFC loader of a translation (<c>advanced.conversionMethod</c>, IFC inputs).
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativeIfcConversionMethod(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativeIfcConversionMethod>))]
public readonly struct ModelDerivativeIfcConversionMethod : IEquatable<ModelDerivativeIfcConversionMethod>, IExtensibleValue<ModelDerivativeIfcConversionMethod>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativeIfcConversionMethod(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Loader 1 (Navisworks based).</summary>
    public static ModelDerivativeIfcConversionMethod Legacy { get; } = new("legacy");

    /// <summary>Loader 2 (Revit based).</summary>
    public static ModelDerivativeIfcConversionMethod Modern { get; } = new("modern");

    /// <summary>Loader 3 (Revit based).</summary>
    public static ModelDerivativeIfcConversionMethod V3 { get; } = new("v3");

    /// <summary>Loader 4, native to APS (recommended).</summary>
    public static ModelDerivativeIfcConversionMethod V4 { get; } = new("v4");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativeIfcConversionMethod IExtensibleValue<ModelDerivativeIfcConversionMethod>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativeIfcConversionMethod other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativeIfcConversionMethod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativeIfcConversionMethod left, ModelDerivativeIfcConversionMethod right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativeIfcConversionMethod left, ModelDerivativeIfcConversionMethod right) => !left.Equals(right);
}
