using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// How IFC storeys, spaces or openings are translated (<c>advanced.buildingStoreys</c>, <c>spaces</c>, <c>openingElements</c>).
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativeIfcElementMode(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativeIfcElementMode>))]
public readonly struct ModelDerivativeIfcElementMode : IEquatable<ModelDerivativeIfcElementMode>, IExtensibleValue<ModelDerivativeIfcElementMode>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativeIfcElementMode(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Translated, hidden by default (the default).</summary>
    public static ModelDerivativeIfcElementMode Hide { get; } = new("hide");

    /// <summary>Translated and visible.</summary>
    public static ModelDerivativeIfcElementMode Show { get; } = new("show");

    /// <summary>Not translated.</summary>
    public static ModelDerivativeIfcElementMode Skip { get; } = new("skip");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativeIfcElementMode IExtensibleValue<ModelDerivativeIfcElementMode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativeIfcElementMode other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativeIfcElementMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativeIfcElementMode left, ModelDerivativeIfcElementMode right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativeIfcElementMode left, ModelDerivativeIfcElementMode right) => !left.Equals(right);
}
