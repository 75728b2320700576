using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Webhooks;

/// <summary>
/// The event a webhook listens to, the <c>{event}</c> path segment (for example <c>dm.version.added</c>). The known values are a selection of the <c>EventEnum</c> of webhooks.yaml; Cost Management events and any other event are written with the constructor, for example <c>new WebhookEventName("budget.created-1.0")</c>.
/// An extensible value: a value APS adds later is kept as sent (<see cref="WebhookEventName(string)"/>) instead of failing.
/// </summary>
[JsonConverter(typeof(ExtensibleValueConverter<WebhookEventName>))]
public readonly struct WebhookEventName : IEquatable<WebhookEventName>, IExtensibleValue<WebhookEventName>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public WebhookEventName(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>A new version of a file was added (Data Management).</summary>
    public static WebhookEventName DmVersionAdded { get; } = new("dm.version.added");

    /// <summary>A version's metadata changed.</summary>
    public static WebhookEventName DmVersionModified { get; } = new("dm.version.modified");

    /// <summary>A version was deleted.</summary>
    public static WebhookEventName DmVersionDeleted { get; } = new("dm.version.deleted");

    /// <summary>A version was moved into the watched folder.</summary>
    public static WebhookEventName DmVersionMoved { get; } = new("dm.version.moved");

    /// <summary>A version was moved out of the watched folder.</summary>
    public static WebhookEventName DmVersionMovedOut { get; } = new("dm.version.moved.out");

    /// <summary>A version was copied into the watched folder.</summary>
    public static WebhookEventName DmVersionCopied { get; } = new("dm.version.copied");

    /// <summary>A version was copied out of the watched folder.</summary>
    public static WebhookEventName DmVersionCopiedOut { get; } = new("dm.version.copied.out");

    /// <summary>A file (lineage) was reserved (locked).</summary>
    public static WebhookEventName DmLineageReserved { get; } = new("dm.lineage.reserved");

    /// <summary>A file (lineage) was unreserved.</summary>
    public static WebhookEventName DmLineageUnreserved { get; } = new("dm.lineage.unreserved");

    /// <summary>A file (lineage) was updated.</summary>
    public static WebhookEventName DmLineageUpdated { get; } = new("dm.lineage.updated");

    /// <summary>A folder was added.</summary>
    public static WebhookEventName DmFolderAdded { get; } = new("dm.folder.added");

    /// <summary>A folder changed.</summary>
    public static WebhookEventName DmFolderModified { get; } = new("dm.folder.modified");

    /// <summary>A folder was deleted.</summary>
    public static WebhookEventName DmFolderDeleted { get; } = new("dm.folder.deleted");

    /// <summary>A folder was purged.</summary>
    public static WebhookEventName DmFolderPurged { get; } = new("dm.folder.purged");

    /// <summary>A folder was moved into the watched folder.</summary>
    public static WebhookEventName DmFolderMoved { get; } = new("dm.folder.moved");

    /// <summary>A folder was moved out of the watched folder.</summary>
    public static WebhookEventName DmFolderMovedOut { get; } = new("dm.folder.moved.out");

    /// <summary>A folder was copied into the watched folder.</summary>
    public static WebhookEventName DmFolderCopied { get; } = new("dm.folder.copied");

    /// <summary>A folder was copied out of the watched folder.</summary>
    public static WebhookEventName DmFolderCopiedOut { get; } = new("dm.folder.copied.out");

    /// <summary>A long Data Management operation started.</summary>
    public static WebhookEventName DmOperationStarted { get; } = new("dm.operation.started");

    /// <summary>A long Data Management operation completed.</summary>
    public static WebhookEventName DmOperationCompleted { get; } = new("dm.operation.completed");

    /// <summary>A Model Derivative translation finished.</summary>
    public static WebhookEventName ExtractionFinished { get; } = new("extraction.finished");

    /// <summary>A Model Derivative translation made progress.</summary>
    public static WebhookEventName ExtractionUpdated { get; } = new("extraction.updated");

    /// <summary>A Revit cloud model was synchronised.</summary>
    public static WebhookEventName ModelSync { get; } = new("model.sync");

    /// <summary>A Revit cloud model was published.</summary>
    public static WebhookEventName ModelPublish { get; } = new("model.publish");

    /// <summary>A Fusion Manage item was cloned.</summary>
    public static WebhookEventName ItemClone { get; } = new("item.clone");

    /// <summary>A Fusion Manage item was created.</summary>
    public static WebhookEventName ItemCreate { get; } = new("item.create");

    /// <summary>A Fusion Manage item was locked.</summary>
    public static WebhookEventName ItemLock { get; } = new("item.lock");

    /// <summary>A Fusion Manage item was released.</summary>
    public static WebhookEventName ItemRelease { get; } = new("item.release");

    /// <summary>A Fusion Manage item was unlocked.</summary>
    public static WebhookEventName ItemUnlock { get; } = new("item.unlock");

    /// <summary>A Fusion Manage item was updated.</summary>
    public static WebhookEventName ItemUpdate { get; } = new("item.update");

    /// <summary>A Fusion Manage workflow transition happened.</summary>
    public static WebhookEventName WorkflowTransition { get; } = new("workflow.transition");

    /// <summary>An ACC issue was created.</summary>
    public static WebhookEventName IssueCreated { get; } = new("issue.created-1.0");

    /// <summary>An ACC issue was updated.</summary>
    public static WebhookEventName IssueUpdated { get; } = new("issue.updated-1.0");

    /// <summary>An ACC issue was deleted.</summary>
    public static WebhookEventName IssueDeleted { get; } = new("issue.deleted-1.0");

    /// <summary>An ACC issue was restored.</summary>
    public static WebhookEventName IssueRestored { get; } = new("issue.restored-1.0");

    /// <summary>An ACC issue was unlinked.</summary>
    public static WebhookEventName IssueUnlinked { get; } = new("issue.unlinked-1.0");

    /// <summary>A BuildingConnected bid was created.</summary>
    public static WebhookEventName BidCreated { get; } = new("bid.created");

    /// <summary>A BuildingConnected opportunity was created.</summary>
    public static WebhookEventName OpportunityCreated { get; } = new("opportunity.created");

    /// <summary>A BuildingConnected opportunity's status changed.</summary>
    public static WebhookEventName OpportunityStatusUpdated { get; } = new("opportunity.status.updated");

    /// <summary>An Autodesk Tandem alert.</summary>
    public static WebhookEventName TandemAlert { get; } = new("dt.alert");

    /// <summary>An Autodesk Tandem mutation.</summary>
    public static WebhookEventName TandemMutation { get; } = new("dt.mutation");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static WebhookEventName IExtensibleValue<WebhookEventName>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(WebhookEventName other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookEventName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WebhookEventName left, WebhookEventName right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(WebhookEventName left, WebhookEventName right) => !left.Equals(right);
}
