using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk;

/// <summary>
/// An APS data-center region. An extensible value: the known regions are static properties, and any other value APS
/// introduces can be created with <see cref="ApsRegion(string)"/> without waiting for a new SDK release.
/// </summary>
/// <remarks>
/// Each operation applies the region in its own wire style (an <c>x-ads-region</c> header, a <c>region</c> header, a
/// <c>region</c> query parameter or the legacy <c>/hq/v1/regions/eu/</c> path) and accepts only the regions its API
/// lists. See <see href="https://aps.autodesk.com/en/docs/oss/v2/developers_guide/regions/">APS regions</see>.
/// </remarks>
[JsonConverter(typeof(ExtensibleValueConverter<ApsRegion>))]
[TypeConverter(typeof(ApsRegionTypeConverter))]
public readonly struct ApsRegion : IEquatable<ApsRegion>, IExtensibleValue<ApsRegion>
{
    private readonly string? _value;

    /// <summary>Creates a region from its wire value (for example <c>US</c> or <c>EMEA</c>).</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public ApsRegion(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value.Trim();
    }

    /// <summary>United States (the APS default).</summary>
    public static ApsRegion US { get; } = new("US");

    /// <summary>Europe, Middle East and Africa.</summary>
    public static ApsRegion EMEA { get; } = new("EMEA");

    /// <summary>Australia.</summary>
    public static ApsRegion AUS { get; } = new("AUS");

    /// <summary>Canada.</summary>
    public static ApsRegion CAN { get; } = new("CAN");

    /// <summary>Germany.</summary>
    public static ApsRegion DEU { get; } = new("DEU");

    /// <summary>India.</summary>
    public static ApsRegion IND { get; } = new("IND");

    /// <summary>Japan.</summary>
    public static ApsRegion JPN { get; } = new("JPN");

    /// <summary>United Kingdom.</summary>
    public static ApsRegion GBR { get; } = new("GBR");

    /// <summary>Asia Pacific (OSS).</summary>
    public static ApsRegion APAC { get; } = new("APAC");

    /// <summary>Gets the wire value; an empty string for <c>default(ApsRegion)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default(ApsRegion)</c>, which carries no region.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    /// <summary>Parses a region, accepting the common aliases <c>EU</c> (EMEA) and <c>AU</c> (AUS).</summary>
    /// <param name="value">The text to parse.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public static ApsRegion Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var trimmed = value.Trim();
        if (trimmed.Equals("EU", StringComparison.OrdinalIgnoreCase))
        {
            return EMEA;
        }

        if (trimmed.Equals("AU", StringComparison.OrdinalIgnoreCase))
        {
            return AUS;
        }

        return new ApsRegion(trimmed.ToUpperInvariant());
    }

    /// <summary>Tries to parse a region.</summary>
    /// <param name="value">The text to parse.</param>
    /// <param name="region">The region, when the text is not empty.</param>
    /// <returns><see langword="true"/> when a region was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out ApsRegion region)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            region = default;
            return false;
        }

        region = Parse(value);
        return true;
    }

    static ApsRegion IExtensibleValue<ApsRegion>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ApsRegion other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ApsRegion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two regions case-insensitively.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ApsRegion left, ApsRegion right) => left.Equals(right);

    /// <summary>Compares two regions case-insensitively.</summary>
    /// <param name="left">The first region.</param>
    /// <param name="right">The second region.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ApsRegion left, ApsRegion right) => !left.Equals(right);

    /// <summary>Converts text to a region with <see cref="Parse"/> (so <c>"EU"</c> is <see cref="EMEA"/>).</summary>
    /// <param name="value">The text.</param>
    public static implicit operator ApsRegion(string value) => Parse(value);
}
