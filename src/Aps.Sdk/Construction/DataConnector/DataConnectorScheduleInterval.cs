using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.DataConnector;

/// <summary>
/// The schedule unit of a Data Connector request.
/// An extensible value: a value APS adds later is kept as sent instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<DataConnectorScheduleInterval>))]
public readonly struct DataConnectorScheduleInterval : IEquatable<DataConnectorScheduleInterval>, IExtensibleValue<DataConnectorScheduleInterval>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public DataConnectorScheduleInterval(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Run once.</summary>
    public static DataConnectorScheduleInterval OneTime { get; } = new("ONE_TIME");

    /// <summary>Every N days.</summary>
    public static DataConnectorScheduleInterval Day { get; } = new("DAY");

    /// <summary>Every N weeks.</summary>
    public static DataConnectorScheduleInterval Week { get; } = new("WEEK");

    /// <summary>Every N months.</summary>
    public static DataConnectorScheduleInterval Month { get; } = new("MONTH");

    /// <summary>Every N years.</summary>
    public static DataConnectorScheduleInterval Year { get; } = new("YEAR");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static DataConnectorScheduleInterval IExtensibleValue<DataConnectorScheduleInterval>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DataConnectorScheduleInterval other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataConnectorScheduleInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DataConnectorScheduleInterval left, DataConnectorScheduleInterval right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DataConnectorScheduleInterval left, DataConnectorScheduleInterval right) => !left.Equals(right);
}
