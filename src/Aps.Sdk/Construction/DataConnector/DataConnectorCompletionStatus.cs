using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.DataConnector;

/// <summary>
/// How a complete Data Connector job ended.
/// An extensible value: a value APS adds later is kept as sent instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<DataConnectorCompletionStatus>))]
public readonly struct DataConnectorCompletionStatus : IEquatable<DataConnectorCompletionStatus>, IExtensibleValue<DataConnectorCompletionStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public DataConnectorCompletionStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The extract is ready.</summary>
    public static DataConnectorCompletionStatus Success { get; } = new("success");

    /// <summary>The job failed.</summary>
    public static DataConnectorCompletionStatus Failed { get; } = new("failed");

    /// <summary>The job was cancelled.</summary>
    public static DataConnectorCompletionStatus Cancelled { get; } = new("cancelled");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static DataConnectorCompletionStatus IExtensibleValue<DataConnectorCompletionStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DataConnectorCompletionStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataConnectorCompletionStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DataConnectorCompletionStatus left, DataConnectorCompletionStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DataConnectorCompletionStatus left, DataConnectorCompletionStatus right) => !left.Equals(right);
}
