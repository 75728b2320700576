using System.Net;
using Aps.Sdk.IntegrationTests.Transfers;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;
using static Aps.Sdk.IntegrationTests.Transfers.TransferTestKit;

namespace Aps.Sdk.IntegrationTests.Oss;

/// <summary>
/// A whole OSS flow through the real client against the emulator: bucket, uploads, paged listing, details, copy,
/// signed resources, batch signed downloads and deletes, each result checked against what was sent.
/// </summary>
public sealed class OssEndToEndTests : IClassFixture<TransferEmulatorFixture>
{
    private readonly ApsEmulator _emulator;

    public OssEndToEndTests(TransferEmulatorFixture fixture)
    {
        _emulator = fixture.Emulator;
        _emulator.Faults.Clear();
    }

    [Fact]
    public async Task Bucket_to_deletion_through_the_client()
    {
        using var aps = _emulator.CreateClient();
        var oss = aps.Oss;
        var bucket = NewBucketKey("e2e");

        // Create a transient bucket.
        var created = await oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = bucket, PolicyKey = OssPolicyKey.Transient });
        created.BucketKey.Should().Be(bucket);
        created.PolicyKey.Should().Be(OssPolicyKey.Transient);
        created.BucketOwner.Should().Be(aps.Options.ClientId);
        created.CreatedDate.Should().NotBeNull();
        created.Permissions.Should().ContainSingle(p => p.AuthId == aps.Options.ClientId && p.Access == OssBucketAccess.Full);
        _emulator.Oss.BucketExists(bucket).Should().BeTrue();
        (await oss.GetBucketDetailsAsync(bucket)).PolicyKey.Should().Be(OssPolicyKey.Transient);

        // Upload seven objects (one, two and three parts; the empty object too) with the transfer manager.
        var sources = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < 7; i++)
        {
            sources[$"doc-{i}.bin"] = RandomBytes(i == 0 ? 0 : (i % 3 * PartSize) + (i * 1000), seed: i);
        }

        foreach (var (key, data) in sources)
        {
            var uploaded = await oss.Transfers.UploadAsync(bucket, key, new MemoryStream(data), UploadOptions(o =>
            {
                o.ContentType = "application/x-test";
                o.UserDefinedMetadata = $$"""{"key":"{{key}}"}""";
            }));
            await AssertStoredExactlyAsync(_emulator, bucket, key, data, uploaded);
        }

        // List in pages of three: 3 + 3 + 1, in key order, each object once.
        var pages = new List<ApsPage<OssObjectDetails>>();
        await foreach (var page in oss.ListObjectsAsync(bucket, new OssListObjectsOptions { Limit = 3 }).AsPages())
        {
            pages.Add(page);
        }

        pages.Select(p => p.Values.Count).Should().Equal(3, 3, 1);
        pages[..^1].Should().OnlyContain(p => p.ContinuationToken != null);
        pages[^1].ContinuationToken.Should().BeNull();
        var listed = pages.SelectMany(p => p.Values).ToList();
        listed.Select(o => o.ObjectKey).Should().Equal(sources.Keys);
        listed.Should().OnlyContain(o => o.BucketKey == bucket && o.Size == sources[o.ObjectKey!].LongLength && o.Sha1 == Sha1Hex(sources[o.ObjectKey!]));

        var flat = new List<string>();
        await foreach (var item in oss.ListObjectsAsync(bucket, new OssListObjectsOptions { Limit = 2, BeginsWith = "doc-" }))
        {
            flat.Add(item.ObjectKey!);
        }

        flat.Should().Equal(sources.Keys, "enumerating items follows the next links too");

        // Details, plain and with every optional field.
        var plain = await oss.GetObjectDetailsAsync(bucket, "doc-5.bin");
        plain.Size.Should().Be(sources["doc-5.bin"].LongLength);
        plain.Sha1.Should().Be(Sha1Hex(sources["doc-5.bin"]));
        plain.ContentType.Should().Be("application/x-test");
        plain.ObjectId.Should().Be($"urn:adsk.objects:os.object:{bucket}/doc-5.bin");
        plain.CreatedDate.Should().BeNull("dates come only when asked for");
        plain.UserDefinedMetadata.Should().BeNull();

        var full = await oss.GetObjectDetailsAsync(bucket, "doc-5.bin", new OssObjectDetailsOptions { With = OssObjectDetailsFields.All });
        full.CreatedDate.Should().NotBeNull();
        full.LastModifiedDate.Should().NotBeNull();
        full.LastAccessedDate.Should().NotBeNull();
        full.LastModifiedDate.Should().BeOnOrAfter(full.CreatedDate!.Value);
        full.UserDefinedMetadata.Should().Be("""{"key":"doc-5.bin"}""");
        full.Size.Should().Be(plain.Size);

        var datesOnly = await oss.GetObjectDetailsAsync(bucket, "doc-5.bin", new OssObjectDetailsOptions { With = OssObjectDetailsFields.CreatedDate | OssObjectDetailsFields.LastModifiedDate });
        datesOnly.CreatedDate.Should().Be(full.CreatedDate);
        datesOnly.LastAccessedDate.Should().BeNull();
        datesOnly.UserDefinedMetadata.Should().BeNull();

        // Copy to a key with spaces and a slash: the same bytes under the new key.
        const string copyKey = "copies/doc 4 (copy).bin";
        var copy = await oss.CopyObjectAsync(bucket, "doc-4.bin", copyKey);
        copy.ObjectKey.Should().Be(copyKey);
        copy.Size.Should().Be(sources["doc-4.bin"].LongLength);
        copy.Sha1.Should().Be(Sha1Hex(sources["doc-4.bin"]));
        Sha256((await _emulator.Oss.ReadObjectAsync(bucket, copyKey))!).Should().Be(Sha256(sources["doc-4.bin"]));
        (await oss.GetObjectDetailsAsync(bucket, copyKey)).Sha1.Should().Be(copy.Sha1);

        // A signed resource: a range of it, then the whole object.
        var doc3 = sources["doc-3.bin"];
        var signed = await oss.CreateSignedResourceAsync(bucket, "doc-3.bin", new OssCreateSignedResourceOptions { Access = OssSignedResourceAccess.Read, MinutesExpiration = 10 });
        signed.SignedUrl.Should().StartWith(_emulator.BaseAddress.GetLeftPart(UriPartial.Authority) + "/oss/v2/signedresources/");
        signed.Hash.Should().NotBeNullOrEmpty();
        signed.ToString().Should().NotContain(signed.Hash!, "a signed URL is a secret");

        await using (var range = await oss.DownloadSignedResourceAsync(signed.Hash!, new OssDownloadSignedResourceOptions { RangeStart = 100, RangeEnd = 1099 }))
        {
            range.StatusCode.Should().Be(206);
            range.IsPartialContent.Should().BeTrue();
            range.ContentRange!.From.Should().Be(100);
            range.ContentRange.To.Should().Be(1099);
            range.ContentRange.Length.Should().Be(doc3.LongLength);
            range.ContentLength.Should().Be(1000);
            (await ReadAllAsync(range)).Should().Equal(doc3[100..1100]);
        }

        await using (var whole = await oss.DownloadSignedResourceAsync(signed.Hash!))
        {
            whole.StatusCode.Should().Be(200);
            Sha256(await ReadAllAsync(whole)).Should().Be(Sha256(doc3));
        }

        // Batch signed downloads: two objects and one that does not exist.
        var batch = await oss.BatchGetSignedS3DownloadUrlsAsync(bucket,
            [new OssBatchSignedS3DownloadItem { ObjectKey = "doc-1.bin" }, new OssBatchSignedS3DownloadItem { ObjectKey = copyKey }, new OssBatchSignedS3DownloadItem { ObjectKey = "missing.bin" }],
            new OssBatchSignedS3DownloadOptions { MinutesExpiration = 5 });
        batch.HasErrors.Should().BeTrue();
        batch.Results.Keys.Should().BeEquivalentTo("doc-1.bin", copyKey, "missing.bin");
        batch.Results["missing.bin"].IsError.Should().BeTrue();
        batch.Results["missing.bin"].Reason.Should().NotBeNullOrEmpty();
        using (var s3 = new HttpClient())
        {
            foreach (var (key, source) in new[] { ("doc-1.bin", sources["doc-1.bin"]), (copyKey, sources["doc-4.bin"]) })
            {
                var item = batch.Results[key];
                item.IsError.Should().BeFalse();
                item.Status.Should().Be(OssDownloadStatus.Complete);
                item.Size.Should().Be(source.LongLength);
                item.Sha1.Should().Be(Sha1Hex(source));
                Sha256(await s3.GetByteArrayAsync(item.Url)).Should().Be(Sha256(source));
            }
        }

        // Delete an object: gone from the emulator, 404 from OSS, out of the listing.
        await oss.DeleteObjectAsync(bucket, "doc-0.bin");
        (await _emulator.Oss.ReadObjectAsync(bucket, "doc-0.bin")).Should().BeNull();
        var missing = () => oss.GetObjectDetailsAsync(bucket, "doc-0.bin");
        (await missing.Should().ThrowAsync<ApsException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
        var remaining = new List<string>();
        await foreach (var item in oss.ListObjectsAsync(bucket, new OssListObjectsOptions { Limit = 3 }))
        {
            remaining.Add(item.ObjectKey!);
        }

        remaining.Should().BeEquivalentTo(sources.Keys.Where(k => k != "doc-0.bin").Append(copyKey));

        // Delete the bucket: gone, and its details answer 404.
        await oss.DeleteBucketAsync(bucket);
        _emulator.Oss.BucketExists(bucket).Should().BeFalse();
        var gone = () => oss.GetBucketDetailsAsync(bucket);
        (await gone.Should().ThrowAsync<ApsException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_429_with_retry_after_on_an_OSS_call_is_waited_out_by_the_client()
    {
        using var aps = _emulator.CreateClient();
        var bucket = NewBucketKey("e2e-throttled");
        _emulator.Oss.CreateBucket(bucket);
        var data = RandomBytes(5000, seed: 1);
        _emulator.Oss.PutObject(bucket, "a.bin", data);
        using var requests = _emulator.Faults.Count(HttpMethod.Get, "/oss/v2/buckets/" + bucket + "/objects/*/details");
        using var throttle = _emulator.Faults.For(HttpMethod.Get, "/oss/v2/buckets/" + bucket + "/objects/*/details").Next(1).RateLimit(TimeSpan.FromSeconds(1));

        var details = await aps.Oss.GetObjectDetailsAsync(bucket, "a.bin");

        throttle.Hits.Should().Be(1);
        requests.Hits.Should().Be(2, "the throttled request, then one retry after Retry-After");
        details.Size.Should().Be(5000);
        details.Sha1.Should().Be(Sha1Hex(data));
    }

    [Fact]
    public async Task Creating_an_existing_bucket_answers_409_and_leaves_it_unchanged()
    {
        using var aps = _emulator.CreateClient();
        var bucket = NewBucketKey("e2e-conflict");
        await aps.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = bucket, PolicyKey = OssPolicyKey.Persistent });

        var again = () => aps.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = bucket, PolicyKey = OssPolicyKey.Transient });

        (await again.Should().ThrowAsync<ApsException>()).Which.Status.Should().Be(HttpStatusCode.Conflict);
        (await aps.Oss.GetBucketDetailsAsync(bucket)).PolicyKey.Should().Be(OssPolicyKey.Persistent);
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }
}
