using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The type of a derivative (a job's output format, a manifest derivative's <c>outputType</c>).
/// An extensible value: a value APS adds later is kept as sent (<see cref="ModelDerivativeOutputType(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ModelDerivativeOutputType>))]
public readonly struct ModelDerivativeOutputType : IEquatable<ModelDerivativeOutputType>, IExtensibleValue<ModelDerivativeOutputType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ModelDerivativeOutputType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>SVF, the viewer format (legacy).</summary>
    public static ModelDerivativeOutputType Svf { get; } = new("svf");

    /// <summary>SVF2, the current viewer format (3D SVF2 derivatives cannot be downloaded).</summary>
    public static ModelDerivativeOutputType Svf2 { get; } = new("svf2");

    /// <summary>PNG thumbnails.</summary>
    public static ModelDerivativeOutputType Thumbnail { get; } = new("thumbnail");

    /// <summary>STL.</summary>
    public static ModelDerivativeOutputType Stl { get; } = new("stl");

    /// <summary>STEP.</summary>
    public static ModelDerivativeOutputType Step { get; } = new("step");

    /// <summary>IGES.</summary>
    public static ModelDerivativeOutputType Iges { get; } = new("iges");

    /// <summary>Wavefront OBJ (also geometry extraction).</summary>
    public static ModelDerivativeOutputType Obj { get; } = new("obj");

    /// <summary>IFC (from Revit).</summary>
    public static ModelDerivativeOutputType Ifc { get; } = new("ifc");

    /// <summary>DWG (from Revit).</summary>
    public static ModelDerivativeOutputType Dwg { get; } = new("dwg");

    /// <summary>FBX.</summary>
    public static ModelDerivativeOutputType Fbx { get; } = new("fbx");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ModelDerivativeOutputType IExtensibleValue<ModelDerivativeOutputType>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModelDerivativeOutputType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModelDerivativeOutputType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelDerivativeOutputType left, ModelDerivativeOutputType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelDerivativeOutputType left, ModelDerivativeOutputType right) => !left.Equals(right);
}
