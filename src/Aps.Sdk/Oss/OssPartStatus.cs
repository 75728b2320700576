using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// Whether a part uploaded to S3 is valid, as batch completion reports it.
/// An extensible value: a value OSS adds later is kept as sent (<see cref="OssPartStatus(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<OssPartStatus>))]
public readonly struct OssPartStatus : IEquatable<OssPartStatus>, IExtensibleValue<OssPartStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public OssPartStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>No part was uploaded for this index.</summary>
    public static OssPartStatus Pending { get; } = new("Pending");

    /// <summary>The part's eTag in S3 differs from the one sent.</summary>
    public static OssPartStatus Unexpected { get; } = new("Unexpected");

    /// <summary>The part is smaller than 5 MB and is not the last one.</summary>
    public static OssPartStatus TooSmall { get; } = new("TooSmall");

    /// <summary>The part is both too small and has an eTag mismatch.</summary>
    public static OssPartStatus UnexpectedTooSmall { get; } = new("Unexpected+TooSmall");

    /// <summary>The part has no issue.</summary>
    public static OssPartStatus Ok { get; } = new("Ok");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static OssPartStatus IExtensibleValue<OssPartStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OssPartStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OssPartStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OssPartStatus left, OssPartStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OssPartStatus left, OssPartStatus right) => !left.Equals(right);
}
