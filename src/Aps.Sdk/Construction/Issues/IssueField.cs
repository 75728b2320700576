using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>A field of an issue, for the <c>fields</c> projection of the issue list. An extensible value: a value APS adds later is kept as sent instead of failing.</summary>
[JsonConverter(typeof(ExtensibleValueConverter<IssueField>))]
public readonly struct IssueField : IEquatable<IssueField>, IExtensibleValue<IssueField>
{
    private readonly string? _value;

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value; compared case-insensitively.</param>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public IssueField(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary><c>id</c>.</summary>
    public static IssueField Id { get; } = new("id");

    /// <summary><c>displayId</c>.</summary>
    public static IssueField DisplayId { get; } = new("displayId");

    /// <summary><c>title</c>.</summary>
    public static IssueField Title { get; } = new("title");

    /// <summary><c>description</c>.</summary>
    public static IssueField Description { get; } = new("description");

    /// <summary><c>issueTypeId</c>.</summary>
    public static IssueField IssueTypeId { get; } = new("issueTypeId");

    /// <summary><c>issueSubtypeId</c>.</summary>
    public static IssueField IssueSubtypeId { get; } = new("issueSubtypeId");

    /// <summary><c>status</c>.</summary>
    public static IssueField Status { get; } = new("status");

    /// <summary><c>assignedTo</c>.</summary>
    public static IssueField AssignedTo { get; } = new("assignedTo");

    /// <summary><c>assignedToType</c>.</summary>
    public static IssueField AssignedToType { get; } = new("assignedToType");

    /// <summary><c>dueDate</c>.</summary>
    public static IssueField DueDate { get; } = new("dueDate");

    /// <summary><c>startDate</c>.</summary>
    public static IssueField StartDate { get; } = new("startDate");

    /// <summary><c>locationId</c>.</summary>
    public static IssueField LocationId { get; } = new("locationId");

    /// <summary><c>locationDetails</c>.</summary>
    public static IssueField LocationDetails { get; } = new("locationDetails");

    /// <summary><c>rootCauseTitle</c>.</summary>
    public static IssueField RootCauseTitle { get; } = new("rootCauseTitle");

    /// <summary><c>rootCauseId</c>.</summary>
    public static IssueField RootCauseId { get; } = new("rootCauseId");

    /// <summary><c>permittedStatuses</c>.</summary>
    public static IssueField PermittedStatuses { get; } = new("permittedStatuses");

    /// <summary><c>permittedAttributes</c>.</summary>
    public static IssueField PermittedAttributes { get; } = new("permittedAttributes");

    /// <summary><c>permittedActions</c>.</summary>
    public static IssueField PermittedActions { get; } = new("permittedActions");

    /// <summary><c>published</c>.</summary>
    public static IssueField Published { get; } = new("published");

    /// <summary><c>commentCount</c>.</summary>
    public static IssueField CommentCount { get; } = new("commentCount");

    /// <summary><c>openedBy</c>.</summary>
    public static IssueField OpenedBy { get; } = new("openedBy");

    /// <summary><c>openedAt</c>.</summary>
    public static IssueField OpenedAt { get; } = new("openedAt");

    /// <summary><c>closedBy</c>.</summary>
    public static IssueField ClosedBy { get; } = new("closedBy");

    /// <summary><c>closedAt</c>.</summary>
    public static IssueField ClosedAt { get; } = new("closedAt");

    /// <summary><c>createdBy</c>.</summary>
    public static IssueField CreatedBy { get; } = new("createdBy");

    /// <summary><c>createdAt</c>.</summary>
    public static IssueField CreatedAt { get; } = new("createdAt");

    /// <summary><c>updatedBy</c>.</summary>
    public static IssueField UpdatedBy { get; } = new("updatedBy");

    /// <summary><c>updatedAt</c>.</summary>
    public static IssueField UpdatedAt { get; } = new("updatedAt");

    /// <summary><c>customAttributes</c>.</summary>
    public static IssueField CustomAttributes { get; } = new("customAttributes");

    /// <summary>Gets the wire value; an empty string for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no value.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    static IssueField IExtensibleValue<IssueField>.FromWire(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator IssueField(string value) => new(value);

    /// <summary>Creates a value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static IssueField FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(IssueField other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssueField other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IssueField left, IssueField right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IssueField left, IssueField right) => !left.Equals(right);
}
