using Aps.Sdk.Oss;
using WireMock.RequestBuilders;

namespace Aps.Sdk.Tests.Oss;

/// <summary>Each operation asks the token endpoint for the scopes oss.yaml's <c>security</c> lists for it.</summary>
public sealed class OssScopeWireTests : IDisposable
{
    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    public static TheoryData<string, string> Operations => new()
    {
        { "ListBuckets", "bucket:read" },
        { "CreateBucket", "bucket:create" },
        { "DeleteBucket", "bucket:delete" },
        { "GetBucketDetails", "bucket:read viewables:read" },
        { "DeleteObject", "data:write" },
        { "ListObjects", "data:read" },
        { "GetObjectDetails", "data:read" },
        { "CreateSignedResource", "data:write" },
        { "DownloadSignedResource", "data:read" },
        { "UploadSignedResource", "data:write" },
        { "DeleteSignedResource", "data:write" },
        { "UploadSignedResourceChunk", "data:write" },
        { "CopyObject", "data:create data:write" },
        { "GetSignedS3DownloadUrl", "data:read" },
        { "BatchGetSignedS3UploadUrls", "data:create data:write" },
        { "BatchCompleteUpload", "data:create data:write" },
        { "BatchGetSignedS3DownloadUrls", "data:read" },
        { "GetSignedS3UploadUrls", "data:create data:write" },
        { "CompleteSignedS3Upload", "data:create data:write" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_token_is_requested_with_the_operation_scopes(string operation, string scopes)
    {
        _wire.Server.Given(Request.Create().WithPath("/authentication/v2/token").UsingPost())
            .RespondWith(OssWire.Response(200, """{"access_token":"scoped-token","token_type":"Bearer","expires_in":3599}"""));
        _wire.Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/oss/v2/*")).UsingAnyMethod())
            .RespondWith(OssWire.Response(200, """{"items":[],"results":{},"uploadKey":"u","status":"complete","bucketKey":"b"}"""));
        var oss = _wire.ConfidentialClient().Oss;

        await Invoke(oss, operation);

        var token = _wire.Requests.Single(r => r.Path == "/authentication/v2/token");
        OssWire.Body(token).Should().Contain("grant_type=client_credentials").And.Contain("scope=" + Uri.EscapeDataString(scopes));
        _wire.Requests.Where(r => r.Path.StartsWith("/oss/v2/", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Headers!["Authorization"].Should().Equal("Bearer scoped-token");
    }

    private static async Task Invoke(OssClient oss, string operation)
    {
        const string b = "apptestbucket";
        const string o = "test.txt";
        const string h = "7ffc5eef-1407-4c24-b3f3-3cbfe32a9232";
        switch (operation)
        {
            case "ListBuckets":
                await foreach (var _ in oss.ListBucketsAsync())
                {
                }

                break;
            case "CreateBucket":
                await oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = b, PolicyKey = OssPolicyKey.Transient });
                break;
            case "DeleteBucket":
                await oss.DeleteBucketAsync(b);
                break;
            case "GetBucketDetails":
                await oss.GetBucketDetailsAsync(b);
                break;
            case "DeleteObject":
                await oss.DeleteObjectAsync(b, o);
                break;
            case "ListObjects":
                await foreach (var _ in oss.ListObjectsAsync(b))
                {
                }

                break;
            case "GetObjectDetails":
                await oss.GetObjectDetailsAsync(b, o);
                break;
            case "CreateSignedResource":
                await oss.CreateSignedResourceAsync(b, o);
                break;
            case "DownloadSignedResource":
                await (await oss.DownloadSignedResourceAsync(h)).DisposeAsync();
                break;
            case "UploadSignedResource":
                await oss.UploadSignedResourceAsync(h, new MemoryStream([1]));
                break;
            case "DeleteSignedResource":
                await oss.DeleteSignedResourceAsync(h);
                break;
            case "UploadSignedResourceChunk":
                await oss.UploadSignedResourceChunkAsync(h, new MemoryStream([1]), 0, 1, "s");
                break;
            case "CopyObject":
                await oss.CopyObjectAsync(b, o, "copy");
                break;
            case "GetSignedS3DownloadUrl":
                await oss.GetSignedS3DownloadUrlAsync(b, o);
                break;
            case "BatchGetSignedS3UploadUrls":
                await oss.BatchGetSignedS3UploadUrlsAsync(b, [new OssBatchSignedS3UploadItem { ObjectKey = o }]);
                break;
            case "BatchCompleteUpload":
                await oss.BatchCompleteUploadAsync(b, [new OssBatchCompleteUploadItem { ObjectKey = o, UploadKey = "u" }]);
                break;
            case "BatchGetSignedS3DownloadUrls":
                await oss.BatchGetSignedS3DownloadUrlsAsync(b, [new OssBatchSignedS3DownloadItem { ObjectKey = o }]);
                break;
            case "GetSignedS3UploadUrls":
                await oss.GetSignedS3UploadUrlsAsync(b, o);
                break;
            case "CompleteSignedS3Upload":
                await oss.CompleteSignedS3UploadAsync(b, o, new OssCompleteUploadRequest { UploadKey = "u" });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }

    [Fact]
    public void The_link_only_legacy_object_get_needs_no_token_because_it_is_never_sent()
    {
        using var client = _wire.ConfidentialClient();

        var url = client.Oss.GetObjectUrl("apptestbucket", "test.txt");

        url.AbsolutePath.Should().Be("/oss/v2/buckets/apptestbucket/objects/test.txt");
        _wire.Requests.Should().BeEmpty();
    }
}
