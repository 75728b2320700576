using System.Collections.Immutable;

namespace Aps.Sdk.Authentication;

/// <summary>
/// An immutable, normalized set of OAuth scopes (sorted, distinct, case-sensitive as APS defines them). Token caches
/// key on <see cref="Key"/>, so two sets with the same scopes in another order share one token.
/// </summary>
/// <remarks>See <see href="https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/scopes/">APS scopes</see>.</remarks>
public sealed class ApsScopes : IEquatable<ApsScopes>
{
    /// <summary><c>data:read</c>: read data.</summary>
    public const string DataRead = "data:read";

    /// <summary><c>data:write</c>: modify data.</summary>
    public const string DataWrite = "data:write";

    /// <summary><c>data:create</c>: create data.</summary>
    public const string DataCreate = "data:create";

    /// <summary><c>data:search</c>: search data.</summary>
    public const string DataSearch = "data:search";

    /// <summary><c>bucket:create</c>.</summary>
    public const string BucketCreate = "bucket:create";

    /// <summary><c>bucket:read</c>.</summary>
    public const string BucketRead = "bucket:read";

    /// <summary><c>bucket:update</c>.</summary>
    public const string BucketUpdate = "bucket:update";

    /// <summary><c>bucket:delete</c>.</summary>
    public const string BucketDelete = "bucket:delete";

    /// <summary><c>code:all</c>.</summary>
    public const string CodeAll = "code:all";

    /// <summary><c>account:read</c>.</summary>
    public const string AccountRead = "account:read";

    /// <summary><c>account:write</c>.</summary>
    public const string AccountWrite = "account:write";

    /// <summary><c>user-profile:read</c>.</summary>
    public const string UserProfileRead = "user-profile:read";

    /// <summary><c>user:read</c>.</summary>
    public const string UserRead = "user:read";

    /// <summary><c>user:write</c>.</summary>
    public const string UserWrite = "user:write";

    /// <summary><c>viewables:read</c>.</summary>
    public const string ViewablesRead = "viewables:read";

    /// <summary><c>openid</c>: ask for an ID token.</summary>
    public const string OpenId = "openid";

    private const int MaxScopes = 50;
    private const int MaxLength = 2000;

    private ApsScopes(ImmutableArray<string> values)
    {
        Values = values;
        Key = string.Join(' ', values);
    }

    /// <summary>Gets the empty scope set.</summary>
    public static ApsScopes None { get; } = new(ImmutableArray<string>.Empty);

    /// <summary>Gets the scopes, sorted and distinct.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>Gets the space-delimited form APS expects on the wire, also the cache key.</summary>
    public string Key { get; }

    /// <summary>Gets a value indicating whether the set is empty.</summary>
    public bool IsEmpty => Values.IsEmpty;

    /// <summary>Creates a scope set.</summary>
    /// <param name="scopes">The scopes; each may itself be space-delimited.</param>
    /// <returns>The normalized set.</returns>
    /// <exception cref="ArgumentException">A scope is empty, there are more than 50, or the set exceeds 2000 characters.</exception>
    public static ApsScopes Create(params string[] scopes) => Create((IEnumerable<string>)scopes);

    /// <summary>Creates a scope set.</summary>
    /// <param name="scopes">The scopes; each may itself be space-delimited.</param>
    /// <returns>The normalized set.</returns>
    /// <exception cref="ArgumentException">A scope is empty, there are more than 50, or the set exceeds 2000 characters.</exception>
    public static ApsScopes Create(IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var scope in scopes)
        {
            if (scope is null)
            {
                throw new ArgumentException("A scope must not be null.", nameof(scopes));
            }

            foreach (var part in scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                set.Add(part);
            }
        }

        if (set.Count > MaxScopes)
        {
            throw new ArgumentException($"APS accepts at most {MaxScopes} scopes; {set.Count} were given.", nameof(scopes));
        }

        var result = set.Count == 0 ? None : new ApsScopes([.. set]);
        if (result.Key.Length > MaxLength)
        {
            throw new ArgumentException($"The scope string must not exceed {MaxLength} characters.", nameof(scopes));
        }

        return result;
    }

    /// <summary>Gets a value indicating whether every scope of <paramref name="other"/> is in this set.</summary>
    /// <param name="other">The scopes to look for.</param>
    /// <returns><see langword="true"/> when this set covers <paramref name="other"/>.</returns>
    public bool Covers(ApsScopes other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var scope in other.Values)
        {
            if (Values.BinarySearch(scope, StringComparer.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public bool Equals(ApsScopes? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApsScopes);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <inheritdoc />
    public override string ToString() => Key;
}
