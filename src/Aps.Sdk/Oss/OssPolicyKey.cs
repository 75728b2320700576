using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// How long OSS keeps the objects of a bucket (the bucket's retention policy, fixed at creation).
/// An extensible value: a value OSS adds later is kept as sent (<see cref="OssPolicyKey(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<OssPolicyKey>))]
public readonly struct OssPolicyKey : IEquatable<OssPolicyKey>, IExtensibleValue<OssPolicyKey>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public OssPolicyKey(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Objects are kept for 24 hours.</summary>
    public static OssPolicyKey Transient { get; } = new("transient");

    /// <summary>Objects are kept for 30 days.</summary>
    public static OssPolicyKey Temporary { get; } = new("temporary");

    /// <summary>Objects are kept until they are deleted.</summary>
    public static OssPolicyKey Persistent { get; } = new("persistent");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static OssPolicyKey IExtensibleValue<OssPolicyKey>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OssPolicyKey other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OssPolicyKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OssPolicyKey left, OssPolicyKey right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OssPolicyKey left, OssPolicyKey right) => !left.Equals(right);
}
