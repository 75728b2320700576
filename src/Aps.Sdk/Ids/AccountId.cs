using System.Diagnostics.CodeAnalysis;

namespace Aps.Sdk;

/// <summary>
/// An ACC or BIM 360 account id; the same id as the account's Data Management hub (<see cref="HubId"/>).
/// </summary>
/// <remarks>
/// Data Management writes BIM 360 and ACC ids with a <c>b.</c> prefix (<c>b.1d2e...</c>); the ACC APIs write the same
/// id without it. Either form is accepted: <see cref="Value"/> gives the Data Management form and
/// <see cref="ConstructionValue"/> the ACC form, and each SDK operation sends the one its endpoint expects.
/// Equality ignores which form the id was created from.
/// </remarks>
public readonly struct AccountId : IEquatable<AccountId>
{
    private readonly string? _value;

    /// <summary>Creates the id from either form.</summary>
    /// <param name="value">The id, with or without the <c>b.</c> prefix.</param>
    /// <exception cref="ArgumentException">The value is empty or white space, or holds white space, <c>/</c>, <c>?</c>, <c>#</c> or <c>\</c>.</exception>
    public AccountId(string value)
    {
        _value = PrefixedId.Normalize(value, nameof(value), "account");
    }

    /// <summary>Gets the Data Management form (<c>b.</c> prefix for BIM 360 and ACC).</summary>
    public string Value => _value ?? throw new InvalidOperationException("This account id is the default value and holds no id.");

    /// <summary>Gets the ACC form (no <c>b.</c> prefix).</summary>
    public string ConstructionValue => PrefixedId.WithoutBim360Prefix(Value);

    /// <summary>Gets whether this is the default value (no id).</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Gets the Data Management hub id of this account.</summary>
    /// <returns>The same id as <see cref="HubId"/>.</returns>
    public HubId ToHubId() => new(Value);

    /// <summary>Converts a string in either form.</summary>
    /// <param name="value">The id.</param>
    public static implicit operator AccountId(string value) => new(value);

    /// <summary>Compares two ids, whichever form they were created from.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(AccountId left, AccountId right) => left.Equals(right);

    /// <summary>Compares two ids, whichever form they were created from.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(AccountId left, AccountId right) => !left.Equals(right);

    /// <summary>Parses either form.</summary>
    /// <param name="value">The id.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The value is not an id.</exception>
    public static AccountId Parse(string value) => new(value);

    /// <summary>Parses either form without throwing.</summary>
    /// <param name="value">The id.</param>
    /// <param name="id">The id when the value is one.</param>
    /// <returns>Whether the value is an id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out AccountId id)
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
    public bool Equals(AccountId other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AccountId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the Data Management form.</summary>
    /// <returns><see cref="Value"/>, or an empty string for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
