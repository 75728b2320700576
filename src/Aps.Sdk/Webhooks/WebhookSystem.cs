using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Webhooks;

/// <summary>
/// The system (APS service) that produces webhook events, the <c>{system}</c> path segment; the known values are the <c>SystemEnum</c> of webhooks.yaml.
/// An extensible value: a value APS adds later is kept as sent (<see cref="WebhookSystem(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<WebhookSystem>))]
public readonly struct WebhookSystem : IEquatable<WebhookSystem>, IExtensibleValue<WebhookSystem>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public WebhookSystem(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Data Management (<c>data</c>): folder, version, lineage and operation events.</summary>
    public static WebhookSystem Data { get; } = new("data");

    /// <summary>Model Derivative (<c>derivative</c>): extraction events.</summary>
    public static WebhookSystem Derivative { get; } = new("derivative");

    /// <summary>Revit Cloud Worksharing (<c>adsk.c4r</c>): model sync and publish events.</summary>
    public static WebhookSystem RevitCloudWorksharing { get; } = new("adsk.c4r");

    /// <summary>Fusion Manage / Fusion Lifecycle (<c>adsk.flc.production</c>): item and workflow events.</summary>
    public static WebhookSystem FusionLifecycle { get; } = new("adsk.flc.production");

    /// <summary>ACC Cost Management (<c>autodesk.construction.cost</c>).</summary>
    public static WebhookSystem ConstructionCost { get; } = new("autodesk.construction.cost");

    /// <summary>BuildingConnected (<c>autodesk.construction.bc</c>): bid and opportunity events.</summary>
    public static WebhookSystem BuildingConnected { get; } = new("autodesk.construction.bc");

    /// <summary>ACC Issues (<c>autodesk.construction.issues</c>).</summary>
    public static WebhookSystem ConstructionIssues { get; } = new("autodesk.construction.issues");

    /// <summary>Autodesk Tandem (<c>adsk.tandem</c>).</summary>
    public static WebhookSystem Tandem { get; } = new("adsk.tandem");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static WebhookSystem IExtensibleValue<WebhookSystem>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WebhookSystem other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookSystem other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WebhookSystem left, WebhookSystem right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(WebhookSystem left, WebhookSystem right) => !left.Equals(right);
}
