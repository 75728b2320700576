using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.DataConnector;

/// <summary>
/// The execution status of a Data Connector job.
/// An extensible value: a value APS adds later is kept as sent instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<DataConnectorJobStatus>))]
public readonly struct DataConnectorJobStatus : IEquatable<DataConnectorJobStatus>, IExtensibleValue<DataConnectorJobStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public DataConnectorJobStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Waiting to run.</summary>
    public static DataConnectorJobStatus Queued { get; } = new("queued");

    /// <summary>Running.</summary>
    public static DataConnectorJobStatus Running { get; } = new("running");

    /// <summary>Finished; see the completion status.</summary>
    public static DataConnectorJobStatus Complete { get; } = new("complete");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static DataConnectorJobStatus IExtensibleValue<DataConnectorJobStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DataConnectorJobStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataConnectorJobStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DataConnectorJobStatus left, DataConnectorJobStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DataConnectorJobStatus left, DataConnectorJobStatus right) => !left.Equals(right);
}
