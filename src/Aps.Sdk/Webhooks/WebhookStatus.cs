using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Webhooks;

/// <summary>
/// The state of a webhook (<c>status</c>). Only <see cref="Active"/> and <see cref="Inactive"/> can be set or used as a list filter.
/// An extensible value: a value APS adds later is kept as sent (<see cref="WebhookStatus(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<WebhookStatus>))]
public readonly struct WebhookStatus : IEquatable<WebhookStatus>, IExtensibleValue<WebhookStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public WebhookStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The webhook delivered its most recent notifications.</summary>
    public static WebhookStatus Active { get; } = new("active");

    /// <summary>Delivery failed and the webhook was deactivated (or it was deactivated on purpose).</summary>
    public static WebhookStatus Inactive { get; } = new("inactive");

    /// <summary>The webhook was inactive and has been reactivated; no event has occurred since.</summary>
    public static WebhookStatus Reactivated { get; } = new("reactivated");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static WebhookStatus IExtensibleValue<WebhookStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WebhookStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WebhookStatus left, WebhookStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(WebhookStatus left, WebhookStatus right) => !left.Equals(right);
}
