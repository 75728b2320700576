using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// A view kind: a job's requested <c>views</c> and a model view's or derivative's <c>role</c>.
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativeViewType(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativeViewType>))]
public readonly struct ModelDerivativeViewType : IEquatable<ModelDerivativeViewType>, IExtensibleValue<ModelDerivativeViewType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativeViewType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>2D views (sheets, drawings).</summary>
    public static ModelDerivativeViewType TwoD { get; } = new("2d");

    /// <summary>3D views.</summary>
    public static ModelDerivativeViewType ThreeD { get; } = new("3d");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativeViewType IExtensibleValue<ModelDerivativeViewType>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativeViewType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativeViewType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativeViewType left, ModelDerivativeViewType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativeViewType left, ModelDerivativeViewType right) => !left.Equals(right);
}
