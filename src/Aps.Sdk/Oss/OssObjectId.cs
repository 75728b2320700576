using System.Diagnostics.CodeAnalysis;

namespace Aps.Sdk.Oss;

/// <summary>
/// The id of an OSS object, <c>urn:adsk.objects:os.object:{bucketKey}/{objectKey}</c>: what OSS returns as
/// <see cref="OssObjectDetails.ObjectId"/> and Data Management as a version's storage id. The bucket key ends at the
/// first <c>/</c>; the object key is the rest and may itself contain <c>/</c>.
/// </summary>
/// <remarks>endpoints.md section 2.6; examples in seed 003 (L299) and seed 004 (L1110).</remarks>
public readonly struct OssObjectId : IEquatable<OssObjectId>
{
    /// <summary>The prefix every OSS object id starts with.</summary>
    public const string Prefix = "urn:adsk.objects:os.object:";

    private readonly string? _bucketKey;
    private readonly string? _objectKey;

    /// <summary>Creates an id from its parts.</summary>
    /// <param name="bucketKey">The bucket key (3 to 128 characters of <c>[-_.a-z0-9]</c>).</param>
    /// <param name="objectKey">The object key (not empty).</param>
    /// <exception cref="ArgumentException">A key is invalid.</exception>
    public OssObjectId(string bucketKey, string objectKey)
    {
        OssClient.ValidateBucketKey(bucketKey);
        OssClient.ValidateObjectKey(objectKey);
        _bucketKey = bucketKey;
        _objectKey = objectKey;
    }

    /// <summary>Gets the bucket key; empty for <c>default</c>.</summary>
    public string BucketKey => _bucketKey ?? string.Empty;

    /// <summary>Gets the object key; empty for <c>default</c>.</summary>
    public string ObjectKey => _objectKey ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default(OssObjectId)</c>.</summary>
    public bool IsEmpty => BucketKey.Length == 0;

    /// <summary>
    /// Parses <c>urn:adsk.objects:os.object:{bucketKey}/{objectKey}</c>. The percent-encoded form found inside links
    /// (<c>wip.dm.prod%2Fkey.pdf</c>) is accepted too.
    /// </summary>
    /// <param name="value">The id.</param>
    /// <returns>The parsed id.</returns>
    /// <exception cref="FormatException">The text is not an OSS object id.</exception>
    public static OssObjectId Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var id)
            ? id
            : throw new FormatException($"An OSS object id has the form '{Prefix}{{bucketKey}}/{{objectKey}}' with a valid bucket key; '{value}' does not.");
    }

    /// <summary>Tries to parse an OSS object id (see <see cref="Parse"/>).</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when parsed.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is an OSS object id with a valid bucket key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out OssObjectId id)
    {
        id = default;
        if (value is null || !value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = value[Prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 && rest.Contains("%2F", StringComparison.OrdinalIgnoreCase))
        {
            rest = Uri.UnescapeDataString(rest);
            slash = rest.IndexOf('/', StringComparison.Ordinal);
        }

        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }

        var bucketKey = rest[..slash];
        var objectKey = rest[(slash + 1)..];
        if (!IsValidBucketKey(bucketKey))
        {
            return false;
        }

        id = new OssObjectId(bucketKey, objectKey);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(OssObjectId other)
        => string.Equals(BucketKey, other.BucketKey, StringComparison.Ordinal) && string.Equals(ObjectKey, other.ObjectKey, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OssObjectId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BucketKey, ObjectKey);

    /// <summary>Formats the id: <c>urn:adsk.objects:os.object:{bucketKey}/{objectKey}</c> (empty for <c>default</c>).</summary>
    /// <returns>The id.</returns>
    public override string ToString() => IsEmpty ? string.Empty : string.Concat(Prefix, BucketKey, "/", ObjectKey);

    /// <summary>Compares two ids (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OssObjectId left, OssObjectId right) => left.Equals(right);

    /// <summary>Compares two ids (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OssObjectId left, OssObjectId right) => !left.Equals(right);

    private static bool IsValidBucketKey(string key)
        => key.Length is >= 3 and <= 128 && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.');
}
