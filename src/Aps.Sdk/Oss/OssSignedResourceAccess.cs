using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

/// <summary>
/// What an OSS signed URL allows (the <c>access</c> query parameter of "generate OSS signed URL").
/// An extensible value: a value OSS adds later is kept as sent (<see cref="OssSignedResourceAccess(string)"/>) instead of failing.
/// </summary>
/// <remarks>
/// oss.yaml's enum spells the values <c>Read</c>, <c>Write</c>, <c>ReadWrite</c>, but its description and its curl example
/// send lower case (<c>access=read</c>); the SDK follows the description and the example.
/// </remarks>
[JsonConverter(typeof(ExtensibleValueConverter<OssSignedResourceAccess>))]
public readonly struct OssSignedResourceAccess : IEquatable<OssSignedResourceAccess>, IExtensibleValue<OssSignedResourceAccess>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public OssSignedResourceAccess(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The URL downloads the object (the OSS default).</summary>
    public static OssSignedResourceAccess Read { get; } = new("read");

    /// <summary>The URL replaces or uploads the object.</summary>
    public static OssSignedResourceAccess Write { get; } = new("write");

    /// <summary>The URL downloads and replaces the object.</summary>
    public static OssSignedResourceAccess ReadWrite { get; } = new("readwrite");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static OssSignedResourceAccess IExtensibleValue<OssSignedResourceAccess>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OssSignedResourceAccess other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OssSignedResourceAccess other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OssSignedResourceAccess left, OssSignedResourceAccess right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OssSignedResourceAccess left, OssSignedResourceAccess right) => !left.Equals(right);
}
