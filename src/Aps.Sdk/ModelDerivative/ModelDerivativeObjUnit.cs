using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The unit OBJ output is converted to (<c>advanced.unit</c>).
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativeObjUnit(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativeObjUnit>))]
public readonly struct ModelDerivativeObjUnit : IEquatable<ModelDerivativeObjUnit>, IExtensibleValue<ModelDerivativeObjUnit>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativeObjUnit(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Metres.</summary>
    public static ModelDerivativeObjUnit Meter { get; } = new("meter");

    /// <summary>Decimetres.</summary>
    public static ModelDerivativeObjUnit Decimeter { get; } = new("decimeter");

    /// <summary>Centimetres.</summary>
    public static ModelDerivativeObjUnit Centimeter { get; } = new("centimeter");

    /// <summary>Millimetres.</summary>
    public static ModelDerivativeObjUnit Millimeter { get; } = new("millimeter");

    /// <summary>Micrometres.</summary>
    public static ModelDerivativeObjUnit Micrometer { get; } = new("micrometer");

    /// <summary>Nanometres.</summary>
    public static ModelDerivativeObjUnit Nanometer { get; } = new("nanometer");

    /// <summary>Yards.</summary>
    public static ModelDerivativeObjUnit Yard { get; } = new("yard");

    /// <summary>Feet.</summary>
    public static ModelDerivativeObjUnit Foot { get; } = new("foot");

    /// <summary>Inches.</summary>
    public static ModelDerivativeObjUnit Inch { get; } = new("inch");

    /// <summary>Mils.</summary>
    public static ModelDerivativeObjUnit Mil { get; } = new("mil");

    /// <summary>Micro-inches.</summary>
    public static ModelDerivativeObjUnit Microinch { get; } = new("microinch");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativeObjUnit IExtensibleValue<ModelDerivativeObjUnit>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativeObjUnit other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativeObjUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativeObjUnit left, ModelDerivativeObjUnit right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativeObjUnit left, ModelDerivativeObjUnit right) => !left.Equals(right);
}
