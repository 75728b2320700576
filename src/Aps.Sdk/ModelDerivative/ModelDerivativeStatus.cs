using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The status of a translation, a derivative or a resource in a manifest.
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativeStatus(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativeStatus>))]
public readonly struct ModelDerivativeStatus : IEquatable<ModelDerivativeStatus>, IExtensibleValue<ModelDerivativeStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativeStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Queued, not started.</summary>
    public static ModelDerivativeStatus Pending { get; } = new("pending");

    /// <summary>Running.</summary>
    public static ModelDerivativeStatus InProgress { get; } = new("inprogress");

    /// <summary>Finished successfully.</summary>
    public static ModelDerivativeStatus Success { get; } = new("success");

    /// <summary>Finished with a failure; the manifest's messages say why.</summary>
    public static ModelDerivativeStatus Failed { get; } = new("failed");

    /// <summary>Did not finish in time.</summary>
    public static ModelDerivativeStatus Timeout { get; } = new("timeout");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativeStatus IExtensibleValue<ModelDerivativeStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativeStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativeStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativeStatus left, ModelDerivativeStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativeStatus left, ModelDerivativeStatus right) => !left.Equals(right);
}
