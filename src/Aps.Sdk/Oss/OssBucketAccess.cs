using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// What another application may do with the objects of a bucket (<c>allow[].access</c>, <c>permissions[].access</c>).
/// An extensible value: a value OSS adds later is kept as sent (<see cref="OssBucketAccess(string)"/>) instead of failing.
/// </summary>
/// <remarks>The OSS reference lists the values <c>full</c> and <c>read</c> (its prose also says <c>read_only</c>; the enum wins).</remarks>
[JsonConverter(typeof(ExtensibleValueConverter<OssBucketAccess>))]
public readonly struct OssBucketAccess : IEquatable<OssBucketAccess>, IExtensibleValue<OssBucketAccess>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public OssBucketAccess(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Unrestricted access to the objects of the bucket.</summary>
    public static OssBucketAccess Full { get; } = new("full");

    /// <summary>Read-only access: objects cannot be changed or deleted.</summary>
    public static OssBucketAccess Read { get; } = new("read");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static OssBucketAccess IExtensibleValue<OssBucketAccess>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OssBucketAccess other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OssBucketAccess other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OssBucketAccess left, OssBucketAccess right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OssBucketAccess left, OssBucketAccess right) => !left.Equals(right);
}
