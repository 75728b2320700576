using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Webhooks;

/// <summary>
/// The name of a webhook scope (<c>scopeName</c> list filter, and the key of <see cref="WebhookScope"/>): the <c>ScopeEnum</c> of webhooks.yaml.
/// An extensible value: a value APS adds later is kept as sent (<see cref="WebhookScopeName(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<WebhookScopeName>))]
public readonly struct WebhookScopeName : IEquatable<WebhookScopeName>, IExtensibleValue<WebhookScopeName>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public WebhookScopeName(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>A Data Management folder (URN); events in it and its subfolders.</summary>
    public static WebhookScopeName Folder { get; } = new("folder");

    /// <summary>A Model Derivative workflow id.</summary>
    public static WebhookScopeName Workflow { get; } = new("workflow");

    /// <summary>A project id (ACC Issues and other construction systems).</summary>
    public static WebhookScopeName Project { get; } = new("project");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static WebhookScopeName IExtensibleValue<WebhookScopeName>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WebhookScopeName other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookScopeName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WebhookScopeName left, WebhookScopeName right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(WebhookScopeName left, WebhookScopeName right) => !left.Equals(right);
}
