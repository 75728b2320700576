using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// How 2D views are rendered (<c>advanced.2dviews</c>, Revit and DWG inputs).
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativeTwoDViews(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativeTwoDViews>))]
public readonly struct ModelDerivativeTwoDViews : IEquatable<ModelDerivativeTwoDViews>, IExtensibleValue<ModelDerivativeTwoDViews>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativeTwoDViews(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>A Model Derivative specific format (the default).</summary>
    public static ModelDerivativeTwoDViews Legacy { get; } = new("legacy");

    /// <summary>PDF.</summary>
    public static ModelDerivativeTwoDViews Pdf { get; } = new("pdf");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativeTwoDViews IExtensibleValue<ModelDerivativeTwoDViews>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativeTwoDViews other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativeTwoDViews other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativeTwoDViews left, ModelDerivativeTwoDViews right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativeTwoDViews left, ModelDerivativeTwoDViews right) => !left.Equals(right);
}
