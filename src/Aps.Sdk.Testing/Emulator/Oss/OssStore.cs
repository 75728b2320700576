using System.Globalization;
using System.Text.Json.Nodes;
using Aps.Sdk.Testing.Emulator.Auth;
using Aps.Sdk.Testing.Emulator.Storage;

namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>
/// The state of OSS: buckets and their objects, signed S3 upload sessions and OSS signed resources. One lock guards
/// it; data is read and hashed outside the lock. Errors are thrown as OSS <c>{reason}</c> errors.
/// </summary>
internal sealed class OssStore
{
    public static readonly TimeSpan UploadLifetime = TimeSpan.FromHours(24);

    private readonly object _gate = new();
    private readonly Dictionary<string, OssBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadSession> _uploads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SignedResource> _signed = new(StringComparer.Ordinal);
    private readonly EmulatorContext _context;

    public OssStore(EmulatorContext context)
    {
        _context = context;
    }

    private DateTimeOffset Now => _context.Now;

    // ---- Buckets -------------------------------------------------------------------------------------------------

    public OssBucket CreateBucket(string bucketKey, string policyKey, string region, IEnumerable<(string AuthId, string Access)>? allow = null)
    {
        var bucket = new OssBucket { Key = bucketKey, Owner = _context.ClientId, CreatedDate = Now, PolicyKey = policyKey, Region = region };
        if (allow is not null)
        {
            bucket.Allow.AddRange(allow);
        }

        lock (_gate)
        {
            if (!_buckets.TryAdd(bucketKey, bucket))
            {
                throw EmulatorError.Reason(409, "Bucket already exists");
            }
        }

        return bucket;
    }

    public OssBucket RequireBucket(string bucketKey)
    {
        lock (_gate)
        {
            return _buckets.GetValueOrDefault(bucketKey) ?? throw BucketNotFound();
        }
    }

    public void DeleteBucket(string bucketKey)
    {
        lock (_gate)
        {
            if (!_buckets.Remove(bucketKey))
            {
                throw BucketNotFound();
            }

            foreach (var key in _uploads.Where(u => u.Value.BucketKey == bucketKey).Select(u => u.Key).ToList())
            {
                _uploads.Remove(key);
            }
        }
    }

    /// <summary>Lists the buckets of a region in key order, after <paramref name="startAt"/> (exclusive).</summary>
    public (List<OssBucket> Items, bool More) ListBuckets(string region, string? startAt, int limit)
    {
        lock (_gate)
        {
            var all = _buckets.Values
                .Where(b => string.Equals(b.Region, region, StringComparison.OrdinalIgnoreCase))
                .Where(b => startAt is null || string.CompareOrdinal(b.Key, startAt) > 0)
                .OrderBy(b => b.Key, StringComparer.Ordinal)
                .Take(limit + 1)
                .ToList();
            var more = all.Count > limit;
            return (more ? all[..limit] : all, more);
        }
    }

    // ---- Objects -------------------------------------------------------------------------------------------------

    public OssObject? FindObject(string bucketKey, string objectKey)
    {
        lock (_gate)
        {
            return _buckets.GetValueOrDefault(bucketKey)?.Objects.GetValueOrDefault(objectKey);
        }
    }

    public OssObject RequireObject(string bucketKey, string objectKey)
    {
        lock (_gate)
        {
            var bucket = _buckets.GetValueOrDefault(bucketKey) ?? throw BucketNotFound();
            return bucket.Objects.GetValueOrDefault(objectKey) ?? throw ObjectNotFound();
        }
    }

    /// <summary>Stores (or replaces) an object; a replaced object keeps its creation date.</summary>
    public OssObject PutObject(string bucketKey, string objectKey, Blob content, ObjectMetadata metadata)
    {
        lock (_gate)
        {
            var bucket = _buckets.GetValueOrDefault(bucketKey) ?? throw BucketNotFound();
            var now = Now;
            var created = bucket.Objects.TryGetValue(objectKey, out var existing) ? existing.CreatedDate : now;
            var stored = new OssObject
            {
                BucketKey = bucketKey,
                ObjectKey = objectKey,
                Content = content,
                Metadata = metadata,
                CreatedDate = created,
                LastModifiedDate = now,
                LastAccessedDate = now,
            };
            bucket.Objects[objectKey] = stored;
            return stored;
        }
    }

    public void DeleteObject(string bucketKey, string objectKey)
    {
        lock (_gate)
        {
            var bucket = _buckets.GetValueOrDefault(bucketKey) ?? throw BucketNotFound();
            if (!bucket.Objects.Remove(objectKey))
            {
                throw ObjectNotFound();
            }
        }
    }

    /// <summary>Lists objects in key order, after <paramref name="startAt"/> (exclusive), optionally by prefix.</summary>
    public (List<OssObject> Items, bool More) ListObjects(string bucketKey, string? beginsWith, string? startAt, int limit)
    {
        lock (_gate)
        {
            var bucket = _buckets.GetValueOrDefault(bucketKey) ?? throw BucketNotFound();
            var all = bucket.Objects.Values
                .Where(o => beginsWith is null || o.ObjectKey.StartsWith(beginsWith, StringComparison.Ordinal))
                .Where(o => startAt is null || string.CompareOrdinal(o.ObjectKey, startAt) > 0)
                .Take(limit + 1)
                .ToList();
            var more = all.Count > limit;
            return (more ? all[..limit] : all, more);
        }
    }

    public OssObject Copy(string bucketKey, string objectKey, string newObjectKey)
    {
        var source = RequireObject(bucketKey, objectKey);
        return PutObject(bucketKey, newObjectKey, source.Content, source.Metadata);
    }

    public void Touch(OssObject stored)
    {
        lock (_gate)
        {
            stored.LastAccessedDate = Now;
        }
    }

    // ---- Signed S3 uploads ---------------------------------------------------------------------------------------

    /// <summary>Starts an upload session, or finds the one <paramref name="uploadKey"/> names (which must be for this object).</summary>
    public UploadSession StartOrResumeUpload(string bucketKey, string objectKey, string? uploadKey)
    {
        lock (_gate)
        {
            if (!_buckets.ContainsKey(bucketKey))
            {
                throw BucketNotFound();
            }

            if (uploadKey is not null)
            {
                return RequireUploadLocked(uploadKey, bucketKey, objectKey);
            }

            var session = new UploadSession
            {
                UploadKey = TokenService.NewSecret(48),
                BucketKey = bucketKey,
                ObjectKey = objectKey,
                ExpiresOn = Now + UploadLifetime,
            };
            _uploads[session.UploadKey] = session;
            return session;
        }
    }

    /// <summary>Finds an active upload session (for the emulated S3), or <see langword="null"/>.</summary>
    public UploadSession? FindUpload(string uploadKey)
    {
        lock (_gate)
        {
            return _uploads.TryGetValue(uploadKey, out var session) && session.ExpiresOn > Now ? session : null;
        }
    }

    /// <summary>Records a part (a re-upload of the same part number replaces it).</summary>
    /// <returns><see langword="false"/> when the session is gone (completed, expired or its bucket deleted).</returns>
    public bool PutPart(string uploadKey, int partNumber, Blob content)
    {
        lock (_gate)
        {
            if (!_uploads.TryGetValue(uploadKey, out var session) || session.ExpiresOn <= Now)
            {
                return false;
            }

            session.Parts[partNumber] = content;
            return true;
        }
    }

    /// <summary>
    /// Completes a signed S3 upload as OSS does: checks the session, that parts 1..N are all there, the eTags and
    /// the size when given, and the minimum part size; then assembles the object and computes its SHA-1.
    /// </summary>
    public async Task<OssObject> CompleteUploadAsync(string bucketKey, string objectKey, string uploadKey, long? size, IReadOnlyList<string>? eTags, ObjectMetadata metadata, CancellationToken cancellationToken)
    {
        List<KeyValuePair<int, Blob>> parts;
        lock (_gate)
        {
            if (!_buckets.ContainsKey(bucketKey))
            {
                throw BucketNotFound();
            }

            parts = [.. RequireUploadLocked(uploadKey, bucketKey, objectKey).Parts];
        }

        var count = Math.Max(parts.Count == 0 ? 0 : parts[^1].Key, eTags?.Count ?? 0);
        if (count == 0)
        {
            throw EmulatorError.Reason(400, "No part was uploaded for this uploadKey.");
        }

        var byNumber = parts.ToDictionary(p => p.Key, p => p.Value);
        var statuses = new JsonArray();
        var problems = new List<string>();
        for (var number = 1; number <= count; number++)
        {
            var found = byNumber.GetValueOrDefault(number);
            string status;
            if (found is null)
            {
                status = "Pending";
                problems.Add($"part {number} was not uploaded");
            }
            else
            {
                var unexpected = eTags is not null && (number > eTags.Count || !ETagEquals(eTags[number - 1], found.ETag));
                var tooSmall = number < count && found.Length < _context.MinimumPartSize;
                status = (unexpected, tooSmall) switch
                {
                    (true, true) => "Unexpected+TooSmall",
                    (true, false) => "Unexpected",
                    (false, true) => "TooSmall",
                    _ => "Ok",
                };
                if (unexpected)
                {
                    problems.Add($"the eTag of part {number} does not match");
                }

                if (tooSmall)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"part {number} is {found.Length} bytes, smaller than the minimum allowed size of {_context.MinimumPartSize} bytes (EntityTooSmall)"));
                }
            }

            var entry = new JsonObject { ["firstPart"] = number, ["status"] = status };
            if (found is not null)
            {
                entry["size"] = found.Length;
                entry["eTag"] = found.ETag;
            }

            statuses.Add(entry);
        }

        if (problems.Count > 0)
        {
            throw EmulatorError.Reason(400, "The upload cannot be completed: " + string.Join("; ", problems) + ".", body => body["parts"] = statuses);
        }

        var ordered = Enumerable.Range(1, count).Select(n => new StoredPart(n, byNumber[n])).ToList();
        var total = ordered.Sum(p => p.Content.Length);
        if (size is { } expected && expected != total)
        {
            throw EmulatorError.Reason(400, string.Create(CultureInfo.InvariantCulture, $"The size {expected} does not match the {total} bytes uploaded."));
        }

        var content = await Blob.AssembleAsync(ordered, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (!_uploads.Remove(uploadKey))
            {
                throw EmulatorError.Reason(400, "The uploadKey was completed or discarded meanwhile.");
            }
        }

        return PutObject(bucketKey, objectKey, content, metadata);
    }

    private UploadSession RequireUploadLocked(string uploadKey, string bucketKey, string objectKey)
    {
        if (!_uploads.TryGetValue(uploadKey, out var session))
        {
            throw EmulatorError.Reason(404, "The uploadKey is unknown, completed or expired.");
        }

        if (session.ExpiresOn <= Now)
        {
            _uploads.Remove(uploadKey);
            throw EmulatorError.Reason(404, "The upload session expired; its parts were discarded.");
        }

        if (session.BucketKey != bucketKey || session.ObjectKey != objectKey)
        {
            throw EmulatorError.Reason(400, "The uploadKey belongs to another object.");
        }

        return session;
    }

    private static bool ETagEquals(string? given, string actual)
        => given is not null && string.Equals(given.Trim().Trim('"'), actual, StringComparison.OrdinalIgnoreCase);

    // ---- OSS signed resources ------------------------------------------------------------------------------------

    public SignedResource CreateSignedResource(string bucketKey, string objectKey, bool canRead, bool canWrite, TimeSpan lifetime, bool singleUse)
    {
        RequireObject(bucketKey, objectKey);
        var resource = new SignedResource
        {
            Hash = Guid.NewGuid().ToString("D"),
            BucketKey = bucketKey,
            ObjectKey = objectKey,
            CanRead = canRead,
            CanWrite = canWrite,
            ExpiresOn = Now + lifetime,
            SingleUse = singleUse,
        };
        lock (_gate)
        {
            _signed[resource.Hash] = resource;
        }

        return resource;
    }

    /// <summary>Finds a usable signed resource (404 unknown; 403 expired, used, or without the access asked for).</summary>
    public SignedResource RequireSignedResource(string hash, bool write)
    {
        lock (_gate)
        {
            var resource = _signed.GetValueOrDefault(hash) ?? throw EmulatorError.Reason(404, "Signed resource not found.");
            if (resource.ExpiresOn <= Now || resource.Used)
            {
                throw EmulatorError.Reason(403, resource.Used ? "The single-use signed URL was already used." : "The signed URL has expired.");
            }

            if (write ? !resource.CanWrite : !resource.CanRead)
            {
                throw EmulatorError.Reason(403, write ? "The signed URL does not allow writing." : "The signed URL does not allow reading.");
            }

            return resource;
        }
    }

    public void MarkUsed(SignedResource resource)
    {
        lock (_gate)
        {
            if (resource.SingleUse)
            {
                resource.Used = true;
            }
        }
    }

    /// <summary>Adds a chunk to a resumable upload; returns the chunks in order when they cover the whole object.</summary>
    public List<StoredPart>? AddResumableChunk(SignedResource resource, string sessionId, long start, long total, Blob chunk)
    {
        lock (_gate)
        {
            if (!resource.Sessions.TryGetValue(sessionId, out var session))
            {
                session = new ResumableSession { Total = total };
                resource.Sessions[sessionId] = session;
            }
            else if (session.Total != total)
            {
                throw EmulatorError.Reason(400, "The total size in Content-Range differs from the one of the session's first chunk.");
            }

            var end = start + chunk.Length;
            foreach (var (otherStart, other) in session.Chunks)
            {
                if (otherStart != start && start < otherStart + other.Length && otherStart < end)
                {
                    throw EmulatorError.Reason(416, "The chunk overlaps a chunk already uploaded in this session.");
                }
            }

            session.Chunks[start] = chunk;
            long covered = 0;
            foreach (var (chunkStart, stored) in session.Chunks)
            {
                if (chunkStart != covered)
                {
                    return null;
                }

                covered += stored.Length;
            }

            if (covered != total)
            {
                return null;
            }

            resource.Sessions.Remove(sessionId);
            var number = 0;
            return [.. session.Chunks.Values.Select(c => new StoredPart(++number, c))];
        }
    }

    private static EmulatorError BucketNotFound() => EmulatorError.Reason(404, "Bucket not found");

    private static EmulatorError ObjectNotFound() => EmulatorError.Reason(404, "Object not found");
}
