using System.Diagnostics.CodeAnalysis;

namespace Aps.Sdk;

/// <summary>
/// A Data Management item id: the lineage URN of a file (<c>urn:adsk.wipprod:dm.lineage:...</c>).
/// </summary>
/// <remarks>
/// Data Management ids are URNs such as <c>urn:adsk.wipprod:dm.lineage:hC6k4hndRWaeIVhIjvHu8w</c>. The SDK sends them escaped as one path segment
/// (<c>:</c>, <c>?</c> and <c>=</c> included), so they can be passed exactly as APS returned them. Equality is ordinal.
/// </remarks>
public readonly struct ItemId : IEquatable<ItemId>
{
    private readonly string? _value;

    /// <summary>Creates the id.</summary>
    /// <param name="value">The URN, as APS returns it (not URL-encoded).</param>
    /// <exception cref="ArgumentException">The value is empty, white space, holds white space or control characters, or is still URL-encoded.</exception>
    public ItemId(string value)
    {
        _value = DmUrn.Check(value, nameof(value), "item");
    }

    /// <summary>Gets the URN.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This item id is the default value and holds no id.");

    /// <summary>Gets whether this is the default value (no id).</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Converts a URN.</summary>
    /// <param name="value">The URN.</param>
    public static implicit operator ItemId(string value) => new(value);

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(ItemId left, ItemId right) => left.Equals(right);

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(ItemId left, ItemId right) => !left.Equals(right);

    /// <summary>Parses a URN.</summary>
    /// <param name="value">The URN.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The value is not an id.</exception>
    public static ItemId Parse(string value) => new(value);

    /// <summary>Parses a URN without throwing.</summary>
    /// <param name="value">The URN.</param>
    /// <param name="id">The id when the value is one.</param>
    /// <returns>Whether the value is an id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out ItemId id)
    {
        try
        {
            id = new(value!);
            return true;
        }
        catch (ArgumentException)
        {
            id = default;
            return false;
        }
    }

    /// <inheritdoc/>
    public bool Equals(ItemId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ItemId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the URN.</summary>
    /// <returns><see cref="Value"/>, or an empty string for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
