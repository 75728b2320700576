using Aps.Sdk.Oss;

namespace Aps.Sdk.AotSmoke;

/// <summary>OSS: bucket details (typed model, extensible enum, epoch date converter, region header).</summary>
internal sealed class OssSmoke : ISmokeCheck
{
    public string Name => "OSS: GetBucketDetailsAsync";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .OnJson(HttpMethod.Get, "/oss/v2/buckets/aot-bucket/details", """{"bucketKey":"aot-bucket","bucketOwner":"owner","createdDate":1463785693697,"permissions":[{"authId":"owner","access":"full"}],"policyKey":"transient","futureField":1}""");
        using var client = handler.CreateClient();

        var bucket = await client.Oss.GetBucketDetailsAsync("aot-bucket").ConfigureAwait(false);
        Check.Equal("aot-bucket", bucket.BucketKey, "bucket key");
        Check.Equal(OssPolicyKey.Transient, bucket.PolicyKey, "policy");
        Check.Equal(1463785693697L, bucket.CreatedDate!.Value.ToUnixTimeMilliseconds(), "created");
        Check.Equal(1, bucket.Permissions.Count, "permissions");
        Check.That(bucket.AdditionalData is { } extra && extra.ContainsKey("futureField"), "unknown fields kept");
    }
}

/// <summary>OSS paging: two pages over the <c>next</c> link, enumerated with <c>await foreach</c>.</summary>
internal sealed class OssPagingSmoke : ISmokeCheck
{
    public string Name => "OSS paging: ListBucketsAsync over two pages";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .On(HttpMethod.Get, "/oss/v2/buckets", request => request.RequestUri!.Query.Contains("startAt=b2", StringComparison.Ordinal)
                ? CannedHandler.Json("""{"items":[{"bucketKey":"b3x","createdDate":3,"policyKey":"persistent"}]}""")
                : CannedHandler.Json("""{"items":[{"bucketKey":"b1x","createdDate":1,"policyKey":"transient"},{"bucketKey":"b2x","createdDate":2,"policyKey":"temporary"}],"next":"https://developer.api.autodesk.com/oss/v2/buckets?startAt=b2&limit=2"}"""));
        using var client = handler.CreateClient();

        var keys = new List<string?>();
        await foreach (var bucket in client.Oss.ListBucketsAsync(new OssListBucketsOptions { Limit = 2 }).ConfigureAwait(false))
        {
            keys.Add(bucket.BucketKey);
        }

        Check.Equal("b1x,b2x,b3x", string.Join(',', keys), "keys over pages");
        Check.Equal(1, handler.TokenRequests, "one token for two pages");
    }
}
