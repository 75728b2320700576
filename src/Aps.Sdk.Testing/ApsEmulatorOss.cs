using Aps.Sdk.Testing.Emulator;
using Aps.Sdk.Testing.Emulator.Oss;
using Aps.Sdk.Testing.Emulator.Storage;

namespace Aps.Sdk.Testing;

/// <summary>
/// Test helpers for the emulator's OSS state: seed buckets and objects before the code under test runs, and read
/// back what it uploaded. They act directly on the state (no HTTP, no token, no faults).
/// </summary>
public sealed class ApsEmulatorOss
{
    private readonly EmulatorContext _context;

    internal ApsEmulatorOss(EmulatorContext context)
    {
        _context = context;
    }

    /// <summary>Creates a bucket owned by the emulated application.</summary>
    /// <param name="bucketKey">The key: 3 to 128 characters of <c>[-_.a-z0-9]</c>.</param>
    /// <param name="policyKey"><c>transient</c>, <c>temporary</c> or <c>persistent</c>.</param>
    /// <param name="region">The region, <c>US</c> by default.</param>
    /// <exception cref="ArgumentException">The key, policy or region is invalid.</exception>
    /// <exception cref="InvalidOperationException">The bucket already exists.</exception>
    public void CreateBucket(string bucketKey, string policyKey = "transient", string region = "US")
        => Run(() =>
        {
            OssBucketsModule.ValidateBucketKey(bucketKey);
            if (policyKey is not ("transient" or "temporary" or "persistent"))
            {
                throw EmulatorError.Reason(400, $"policyKey must be transient, temporary or persistent; '{policyKey}' is not.");
            }

            _context.Oss.CreateBucket(bucketKey, policyKey, OssBucketsModule.NormalizeRegion(region, "US"));
        });

    /// <summary>Stores an object (replacing any with the same key) in an existing bucket.</summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object key.</param>
    /// <param name="content">The bytes (copied).</param>
    /// <param name="contentType">The MIME type; <c>application/octet-stream</c> by default.</param>
    /// <returns>The SHA-1 of the content, 40 lower-case hexadecimal characters (what OSS reports).</returns>
    /// <exception cref="InvalidOperationException">The bucket does not exist.</exception>
    public string PutObject(string bucketKey, string objectKey, ReadOnlySpan<byte> content, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucketKey);
        ArgumentException.ThrowIfNullOrEmpty(objectKey);
        var blob = BlobStore.FromBytes(content);
        Run(() => _context.Oss.PutObject(bucketKey, objectKey, blob, new ObjectMetadata(contentType, null, null, null, null)));
        return blob.Sha1;
    }

    /// <summary>Tells whether a bucket exists.</summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <returns><see langword="true"/> when it exists.</returns>
    public bool BucketExists(string bucketKey)
    {
        try
        {
            _context.Oss.RequireBucket(bucketKey);
            return true;
        }
        catch (EmulatorError)
        {
            return false;
        }
    }

    /// <summary>Reads an object's content, or <see langword="null"/> when the bucket or the object does not exist.</summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes (a copy), or <see langword="null"/>.</returns>
    public async Task<byte[]?> ReadObjectAsync(string bucketKey, string objectKey, CancellationToken cancellationToken = default)
    {
        var stored = _context.Oss.FindObject(bucketKey, objectKey);
        return stored is null ? null : await stored.Content.ToArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Run(Action action)
    {
        try
        {
            action();
        }
        catch (EmulatorError error) when (error.Status == 400)
        {
            throw new ArgumentException(error.Message, error);
        }
        catch (EmulatorError error)
        {
            throw new InvalidOperationException(error.Message, error);
        }
    }
}
