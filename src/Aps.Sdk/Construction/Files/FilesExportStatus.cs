using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Files;

/// <summary>
/// The status of an ACC Files PDF export job.
/// An extensible value: a value APS adds later is kept as sent instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<FilesExportStatus>))]
public readonly struct FilesExportStatus : IEquatable<FilesExportStatus>, IExtensibleValue<FilesExportStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public FilesExportStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Still running.</summary>
    public static FilesExportStatus Processing { get; } = new("processing");

    /// <summary>Done; the signed URL is ready.</summary>
    public static FilesExportStatus Successful { get; } = new("successful");

    /// <summary>Done, with some files skipped (see the failed files).</summary>
    public static FilesExportStatus PartialSuccess { get; } = new("partialSuccess");

    /// <summary>The export failed; see the error.</summary>
    public static FilesExportStatus Failed { get; } = new("failed");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static FilesExportStatus IExtensibleValue<FilesExportStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(FilesExportStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FilesExportStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FilesExportStatus left, FilesExportStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(FilesExportStatus left, FilesExportStatus right) => !left.Equals(right);
}
