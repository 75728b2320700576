using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// How <c>properties:query</c> formats numeric values (the <c>payload</c> field).
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativePropertyPayload(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativePropertyPayload>))]
public readonly struct ModelDerivativePropertyPayload : IEquatable<ModelDerivativePropertyPayload>, IExtensibleValue<ModelDerivativePropertyPayload>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativePropertyPayload(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Values as they are (the default).</summary>
    public static ModelDerivativePropertyPayload Text { get; } = new("text");

    /// <summary>Only numeric properties, with their units and precision.</summary>
    public static ModelDerivativePropertyPayload Unit { get; } = new("unit");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativePropertyPayload IExtensibleValue<ModelDerivativePropertyPayload>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativePropertyPayload other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativePropertyPayload other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativePropertyPayload left, ModelDerivativePropertyPayload right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativePropertyPayload left, ModelDerivativePropertyPayload right) => !left.Equals(right);
}
