using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>The status of a project. An extensible value: a value APS adds later is kept as sent instead of failing.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<ProjectStatus>))]
public readonly struct ProjectStatus : IEquatable<ProjectStatus>, IExtensibleValue<ProjectStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ProjectStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary><c>active</c>.</summary>
    public static ProjectStatus Active { get; } = new("active");

    /// <summary><c>pending</c>.</summary>
    public static ProjectStatus Pending { get; } = new("pending");

    /// <summary><c>archived</c>.</summary>
    public static ProjectStatus Archived { get; } = new("archived");

    /// <summary><c>suspended</c>.</summary>
    public static ProjectStatus Suspended { get; } = new("suspended");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static ProjectStatus IExtensibleValue<ProjectStatus>.FromWire(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ProjectStatus(string value) => new(value);

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ProjectStatus FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ProjectStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProjectStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ProjectStatus left, ProjectStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ProjectStatus left, ProjectStatus right) => !left.Equals(right);
}
