using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// The status of one object in a batch answer: absent when the object succeeded, <c>error</c> when it failed.
/// An extensible value: a value OSS adds later is kept as sent (<see cref="OssBatchItemStatus(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<OssBatchItemStatus>))]
public readonly struct OssBatchItemStatus : IEquatable<OssBatchItemStatus>, IExtensibleValue<OssBatchItemStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public OssBatchItemStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The request for this object failed; the item's <c>Reason</c> says why.</summary>
    public static OssBatchItemStatus Error { get; } = new("error");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static OssBatchItemStatus IExtensibleValue<OssBatchItemStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OssBatchItemStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OssBatchItemStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OssBatchItemStatus left, OssBatchItemStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OssBatchItemStatus left, OssBatchItemStatus right) => !left.Equals(right);
}
