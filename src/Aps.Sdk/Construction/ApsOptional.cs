namespace Aps.Sdk.Construction;

/// <summary>
/// A value of a partial update (PATCH) that may be left out: <em>unset</em> (<c>default</c>: the field is not sent and
/// the server keeps its value), set to <see langword="null"/> (the field is sent as JSON <c>null</c> and cleared) or set
/// to a value (sent). Assign a value or <see langword="null"/> directly; the conversion marks the field as set.
/// </summary>
/// <typeparam name="T">The field's type; use a nullable type (<c>string?</c>, <c>bool?</c>) to allow clearing.</typeparam>
/// <example>
/// <code>
/// var update = new IssueUpdateRequest { Title = "New title", DueDate = null }; // title changed, due date cleared, the rest kept
/// </code>
/// </example>
/// <remarks>See docs/design/012-tri-state-patch.md.</remarks>
public readonly struct ApsOptional<T> : IEquatable<ApsOptional<T>>
{
    private readonly T _value;

    /// <summary>Creates a set value (which may be <see langword="null"/> to clear the field).</summary>
    /// <param name="value">The value to send.</param>
    public ApsOptional(T value)
    {
        _value = value;
        IsSet = true;
    }

    /// <summary>Gets a value indicating whether the field is sent (with a value or <see langword="null"/>).</summary>
    public bool IsSet { get; }

    /// <summary>Gets a value indicating whether the field is sent as JSON <c>null</c>, clearing it.</summary>
    public bool IsNull => IsSet && _value is null;

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The field is unset.</exception>
    public T Value => IsSet ? _value : throw new InvalidOperationException("The value is unset: the field is not sent.");

    /// <summary>Converts a value (or <see langword="null"/>) into a set field.</summary>
    /// <param name="value">The value to send.</param>
    public static implicit operator ApsOptional<T>(T value) => new(value);

    /// <summary>Gets the value, or <paramref name="fallback"/> when unset.</summary>
    /// <param name="fallback">The value to return when unset.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => IsSet ? _value : fallback;

    /// <summary>Creates a set field (the named alternative to the implicit conversion).</summary>
    /// <returns>The value, wrapped.</returns>
    /// <param name="value">The value to send.</param>
#pragma warning disable CA1000 // The named alternative of the conversion operator (CA2225) is naturally static.
    public static ApsOptional<T> FromValue(T value) => new(value);
#pragma warning restore CA1000

    /// <inheritdoc />
    public bool Equals(ApsOptional<T> other)
        => IsSet == other.IsSet && (!IsSet || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ApsOptional<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsSet ? HashCode.Combine(true, _value) : 0;

    /// <inheritdoc />
    public override string ToString() => !IsSet ? "(unset)" : _value is null ? "null" : _value.ToString() ?? string.Empty;

    /// <summary>Compares two fields.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns><see langword="true"/> when both are unset, or both set to equal values.</returns>
    public static bool operator ==(ApsOptional<T> left, ApsOptional<T> right) => left.Equals(right);

    /// <summary>Compares two fields.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ApsOptional<T> left, ApsOptional<T> right) => !left.Equals(right);
}
