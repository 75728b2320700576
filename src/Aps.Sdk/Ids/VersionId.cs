using System.Diagnostics.CodeAnalysis;

namespace Aps.Sdk;

/// <summary>
/// A Data Management version id: the file URN with its version number (<c>urn:adsk.wipprod:fs.file:vf.X?version=2</c>).
/// </summary>
/// <remarks>
/// Data Management ids are URNs such as <c>urn:adsk.wipprod:fs.file:vf.b909RzMKR4mhc3O7UBY_8g?version=2</c>. The SDK sends them escaped as one path segment
/// (<c>:</c>, <c>?</c> and <c>=</c> included), so they can be passed exactly as APS returned them. Equality is ordinal.
/// </remarks>
public readonly struct VersionId : IEquatable<VersionId>
{
    private readonly string? _value;

    /// <summary>Creates the id.</summary>
    /// <param name="value">The URN, as APS returns it (not URL-encoded).</param>
    /// <exception cref="ArgumentException">The value is empty, white space, holds white space or control characters, or is still URL-encoded.</exception>
    public VersionId(string value)
    {
        _value = DmUrn.Check(value, nameof(value), "version");
    }

    /// <summary>Gets the URN.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This version id is the default value and holds no id.");

    /// <summary>Gets whether this is the default value (no id).</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Gets the URN without its <c>?version=N</c> query: the same for every version of the file.</summary>
    public string LineageUrn => DmUrn.SplitVersion(Value).Urn;

    /// <summary>Gets the version number (the <c>N</c> of <c>?version=N</c>), or <see langword="null"/> when the id has none.</summary>
    public int? VersionNumber => DmUrn.SplitVersion(Value).Number;

    /// <summary>
    /// Derives the id of the item this version belongs to from the APS naming convention
    /// (<c>urn:adsk.wipprod:fs.file:vf.X?version=N</c> belongs to <c>urn:adsk.wipprod:dm.lineage:X</c>, as in the
    /// Data Management field guide). Ids that do not follow it give <see langword="false"/>: read the version's
    /// <c>item</c> relationship instead.
    /// </summary>
    /// <param name="itemId">The item id when it can be derived.</param>
    /// <returns>Whether the item id could be derived.</returns>
    public bool TryGetItemId(out ItemId itemId)
    {
        const string file = ":fs.file:vf.";
        var urn = _value is null ? string.Empty : LineageUrn;
        var at = urn.IndexOf(file, StringComparison.Ordinal);
        if (at < 0)
        {
            itemId = default;
            return false;
        }

        itemId = new ItemId(string.Concat(urn.AsSpan(0, at), ":dm.lineage:", urn.AsSpan(at + file.Length)));
        return true;
    }

    /// <summary>Converts a URN.</summary>
    /// <param name="value">The URN.</param>
    public static implicit operator VersionId(string value) => new(value);

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(VersionId left, VersionId right) => left.Equals(right);

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(VersionId left, VersionId right) => !left.Equals(right);

    /// <summary>Parses a URN.</summary>
    /// <param name="value">The URN.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The value is not an id.</exception>
    public static VersionId Parse(string value) => new(value);

    /// <summary>Parses a URN without throwing.</summary>
    /// <param name="value">The URN.</param>
    /// <param name="id">The id when the value is one.</param>
    /// <returns>Whether the value is an id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out VersionId id)
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
    public bool Equals(VersionId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is VersionId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the URN.</summary>
    /// <returns><see cref="Value"/>, or an empty string for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
