using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ServiceAccounts;

/// <summary>
/// The state of a service account or key (<c>ENABLED</c>, <c>DISABLED</c>; accounts can also be <c>DEACTIVATED</c>).
/// An extensible value: a value APS adds later is kept as sent (<see cref="ServiceAccountStatus(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<ServiceAccountStatus>))]
public readonly struct ServiceAccountStatus : IEquatable<ServiceAccountStatus>, IExtensibleValue<ServiceAccountStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ServiceAccountStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The account (or key) can be used (<c>ENABLED</c>).</summary>
    public static ServiceAccountStatus Enabled { get; } = new("ENABLED");

    /// <summary>The account (or key) is disabled: its assertions are rejected (<c>DISABLED</c>).</summary>
    public static ServiceAccountStatus Disabled { get; } = new("DISABLED");

    /// <summary>The account was deactivated by APS (<c>DEACTIVATED</c>); it cannot be set.</summary>
    public static ServiceAccountStatus Deactivated { get; } = new("DEACTIVATED");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ServiceAccountStatus IExtensibleValue<ServiceAccountStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ServiceAccountStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceAccountStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ServiceAccountStatus left, ServiceAccountStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ServiceAccountStatus left, ServiceAccountStatus right) => !left.Equals(right);
}
