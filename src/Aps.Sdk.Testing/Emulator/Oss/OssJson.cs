using System.Text.Json.Nodes;

namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>The OSS response shapes (oss.yaml schemas).</summary>
internal static class OssJson
{
    public static JsonObject Bucket(OssBucket bucket)
    {
        var permissions = new JsonArray(new JsonObject { ["authId"] = bucket.Owner, ["access"] = "full" });
        foreach (var (authId, access) in bucket.Allow)
        {
            permissions.Add(new JsonObject { ["authId"] = authId, ["access"] = access });
        }

        return new JsonObject
        {
            ["bucketKey"] = bucket.Key,
            ["bucketOwner"] = bucket.Owner,
            ["createdDate"] = bucket.CreatedDate.ToUnixTimeMilliseconds(),
            ["permissions"] = permissions,
            ["policyKey"] = bucket.PolicyKey,
        };
    }

    public static JsonObject BucketItem(OssBucket bucket) => new()
    {
        ["bucketKey"] = bucket.Key,
        ["createdDate"] = bucket.CreatedDate.ToUnixTimeMilliseconds(),
        ["policyKey"] = bucket.PolicyKey,
    };

    public static JsonObject Object(OssObject stored, string baseUrl, IReadOnlySet<string>? with = null)
    {
        var body = new JsonObject
        {
            ["bucketKey"] = stored.BucketKey,
            ["objectId"] = stored.ObjectId,
            ["objectKey"] = stored.ObjectKey,
            ["sha1"] = stored.Content.Sha1,
            ["size"] = stored.Content.Length,
            ["contentType"] = stored.ContentType,
            ["location"] = Location(stored, baseUrl),
        };
        if (with is not null)
        {
            if (with.Contains("createdDate"))
            {
                body["createdDate"] = stored.CreatedDate.ToUnixTimeMilliseconds();
            }

            if (with.Contains("lastAccessedDate"))
            {
                body["lastAccessedDate"] = stored.LastAccessedDate.ToUnixTimeMilliseconds();
            }

            if (with.Contains("lastModifiedDate"))
            {
                body["lastModifiedDate"] = stored.LastModifiedDate.ToUnixTimeMilliseconds();
            }

            if (with.Contains("userDefinedMetadata") && stored.Metadata.UserDefinedMetadata is { } metadata)
            {
                body["userDefinedMetadata"] = metadata;
            }
        }

        return body;
    }

    public static string Location(OssObject stored, string baseUrl)
        => baseUrl + "/oss/v2/buckets/" + Uri.EscapeDataString(stored.BucketKey) + "/objects/" + Uri.EscapeDataString(stored.ObjectKey);

    /// <summary>Formats a date as ISO 8601 with milliseconds, as OSS does in signed-URL answers.</summary>
    public static string IsoDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
