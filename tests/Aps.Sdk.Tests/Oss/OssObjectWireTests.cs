using Aps.Sdk.Oss;
using WireMock.RequestBuilders;

namespace Aps.Sdk.Tests.Oss;

/// <summary>List, details, delete and copy of objects, the legacy object address and object ids, on the wire.</summary>
public sealed class OssObjectWireTests : IDisposable
{
    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task List_objects_sends_limit_begins_with_and_start_at_and_reads_the_items()
    {
        _wire.Reply("GET", "/oss/v2/buckets/apptestbucket/objects", 200, _wire.Fixture("objects.json"));
        var oss = _wire.Client().Oss;

        var objects = new List<OssObjectDetails>();
        await foreach (var item in oss.ListObjectsAsync("apptestbucket", new OssListObjectsOptions { Limit = 1, BeginsWith = "models/house design", StartAt = "a b" }))
        {
            objects.Add(item);
        }

        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets/apptestbucket/objects");
        _wire.Tap.PathAndQueries.Single().Should().Be("/oss/v2/buckets/apptestbucket/objects?limit=1&beginsWith=models%2Fhouse%20design&startAt=a%20b");
        OssWire.Query(request).Should().Equal(new Dictionary<string, string> { ["limit"] = "1", ["beginsWith"] = "models/house design", ["startAt"] = "a b" });
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        objects.Should().HaveCount(2);
        objects[0].ObjectKey.Should().Be("test.txt");
        objects[0].Size.Should().Be(1493);
        objects[0].Sha1.Should().Be("3c08cd4b1e8c7ec6d1f7e4f3a3b1e7e4c58c9d2a");
        objects[1].ObjectKey.Should().Be("models/house design.rvt");
        objects[1].ObjectId.Should().Be("urn:adsk.objects:os.object:apptestbucket/models/house design.rvt");
    }

    [Fact]
    public async Task List_objects_follows_next_over_three_pages()
    {
        const string path = "/oss/v2/buckets/apptestbucket/objects";
        _wire.Server.Given(Request.Create().WithPath(path).WithParam("startAt", "o2").UsingGet()).AtPriority(1)
            .RespondWith(OssWire.Response(200, $$"""{"items":[{"objectKey":"o3","size":3}],"next":"/oss/v2/buckets/apptestbucket/objects?startAt=o3&beginsWith=o"}"""));
        _wire.Server.Given(Request.Create().WithPath(path).WithParam("startAt", "o3").UsingGet()).AtPriority(1)
            .RespondWith(OssWire.Response(200, """{"items":[{"objectKey":"o4","size":4}]}"""));
        _wire.Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(10)
            .RespondWith(OssWire.Response(200, $$"""{"items":[{"objectKey":"o1","size":1},{"objectKey":"o2","size":2}],"next":"{{_wire.BaseUrl}}{{path}}?startAt=o2&beginsWith=o"}"""));
        var oss = _wire.Client().Oss;

        var pages = new List<ApsPage<OssObjectDetails>>();
        await foreach (var page in oss.ListObjectsAsync("apptestbucket", new OssListObjectsOptions { BeginsWith = "o" }).AsPages())
        {
            pages.Add(page);
        }

        pages.Select(p => p.Values.Count).Should().Equal(2, 1, 1);
        pages.SelectMany(p => p.Values).Select(o => o.ObjectKey).Should().Equal("o1", "o2", "o3", "o4");
        pages[0].ContinuationToken.Should().Be($"{_wire.BaseUrl}{path}?startAt=o2&beginsWith=o");
        pages[1].ContinuationToken.Should().Be($"{_wire.BaseUrl}{path}?startAt=o3&beginsWith=o", "a relative next is resolved against the host");
        pages[2].ContinuationToken.Should().BeNull();
        _wire.Tap.PathAndQueries.Should().Equal(
            $"{path}?beginsWith=o",
            $"{path}?startAt=o2&beginsWith=o",
            $"{path}?startAt=o3&beginsWith=o");
    }

    [Fact]
    public async Task List_objects_can_resume_from_a_continuation_token()
    {
        const string path = "/oss/v2/buckets/apptestbucket/objects";
        _wire.Reply("GET", path, 200, """{"items":[{"objectKey":"o9"}]}""");
        var oss = _wire.Client().Oss;

        var keys = new List<string?>();
        await foreach (var page in oss.ListObjectsAsync("apptestbucket").AsPages($"{_wire.BaseUrl}{path}?startAt=o8"))
        {
            keys.AddRange(page.Values.Select(v => v.ObjectKey));
        }

        keys.Should().Equal("o9");
        _wire.Tap.PathAndQueries.Should().Equal($"{path}?startAt=o8");
    }

    [Fact]
    public async Task List_objects_403_surfaces_as_an_exception()
    {
        _wire.Reply("GET", "/oss/v2/buckets/apptestbucket/objects", 403, """{"reason":"Only the bucket owner can list its objects"}""");
        var oss = _wire.Client().Oss;

        var act = async () =>
        {
            await foreach (var _ in oss.ListObjectsAsync("apptestbucket"))
            {
            }
        };

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(403);
        error.Detail.Should().Contain("bucket owner");
    }

    [Fact]
    public async Task Get_object_details_asks_for_each_optional_field_with_its_own_with_parameter()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object-details.json"));
        var oss = _wire.Client().Oss;

        var details = await oss.GetObjectDetailsAsync("apptestbucket", "test.txt", new OssObjectDetailsOptions { With = OssObjectDetailsFields.All });

        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets/apptestbucket/objects/test.txt/details");
        OssWire.QueryPairs(request).Should().Equal(
            new KeyValuePair<string, string>("with", "createdDate"),
            new KeyValuePair<string, string>("with", "lastAccessedDate"),
            new KeyValuePair<string, string>("with", "lastModifiedDate"),
            new KeyValuePair<string, string>("with", "userDefinedMetadata"));
        OssWire.Header(request, "If-Modified-Since").Should().BeNull();
        details.ObjectKey.Should().Be("test.txt");
        details.ContentType.Should().Be("text/plain; charset=UTF-8");
        details.CreatedDate.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1463785693697));
        details.LastAccessedDate.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1463786543210));
        details.LastModifiedDate.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1463785999000));
        details.UserDefinedMetadata.Should().Be("""{"project":"house"}""");
    }

    [Fact]
    public async Task Get_object_details_sends_only_the_requested_fields()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object-details.json"));
        var oss = _wire.Client().Oss;

        await oss.GetObjectDetailsAsync("apptestbucket", "test.txt", new OssObjectDetailsOptions { With = OssObjectDetailsFields.LastModifiedDate });
        await oss.GetObjectDetailsAsync("apptestbucket", "test.txt");

        _wire.Tap.PathAndQueries.Should().Equal(
            "/oss/v2/buckets/apptestbucket/objects/test.txt/details?with=lastModifiedDate",
            "/oss/v2/buckets/apptestbucket/objects/test.txt/details");
    }

    [Fact]
    public async Task Get_object_details_refuses_conditions_and_points_to_the_conditional_variant()
    {
        var oss = _wire.Client().Oss;

        var act = () => oss.GetObjectDetailsAsync("apptestbucket", "test.txt", new OssObjectDetailsOptions { IfModifiedSince = DateTimeOffset.UtcNow });

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain(nameof(OssClient.GetObjectDetailsIfChangedAsync));
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_object_details_if_changed_sends_an_http_date_and_reads_304_as_not_modified()
    {
        _wire.ReplyToAll(304);
        var oss = _wire.Client().Oss;
        var since = new DateTimeOffset(2024, 2, 3, 10, 20, 30, TimeSpan.FromHours(2));

        var response = await oss.GetObjectDetailsIfChangedAsync("apptestbucket", "test.txt", new OssObjectDetailsOptions { IfModifiedSince = since, IfNoneMatch = "\"etag-1\"" });

        var request = _wire.Single;
        OssWire.Header(request, "If-Modified-Since").Should().Be("Sat, 03 Feb 2024 08:20:30 GMT");
        OssWire.Header(request, "If-None-Match").Should().Be("\"etag-1\"");
        response.IsNotModified.Should().BeTrue();
        response.StatusCode.Should().Be(304);
        response.Value.Should().BeNull();
    }

    [Fact]
    public async Task Get_object_details_if_changed_returns_the_details_when_changed()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object-details.json"), ("ETag", "\"etag-2\""));
        var oss = _wire.Client().Oss;

        var response = await oss.GetObjectDetailsIfChangedAsync("apptestbucket", "test.txt", new OssObjectDetailsOptions { IfModifiedSince = DateTimeOffset.UnixEpoch, With = OssObjectDetailsFields.CreatedDate });

        response.IsNotModified.Should().BeFalse();
        response.ETag.Should().Be("\"etag-2\"");
        response.Value!.Size.Should().Be(1493);
        _wire.Tap.PathAndQueries.Single().Should().Be("/oss/v2/buckets/apptestbucket/objects/test.txt/details?with=createdDate");
    }

    [Fact]
    public async Task Get_object_details_404_surfaces_the_reason()
    {
        _wire.ReplyToAll(404, """{"reason":"Object not found"}""");
        var oss = _wire.Client().Oss;

        var act = () => oss.GetObjectDetailsAsync("apptestbucket", "missing.txt");

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(404);
        error.Detail.Should().Be("Object not found");
        error.RequestUri.Should().EndWith("/oss/v2/buckets/apptestbucket/objects/missing.txt/details");
    }

    [Fact]
    public async Task Delete_object_deletes_the_object_path()
    {
        _wire.ReplyToAll(200);
        var oss = _wire.Client().Oss;

        await oss.DeleteObjectAsync("bucketexamplekey", "objectKey");

        var request = _wire.Single;
        request.Method.Should().Be("DELETE");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets/bucketexamplekey/objects/objectKey");
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        OssWire.Header(request, "x-ads-acm-namespace").Should().BeNull("the internal x-ads-acm-* headers are not exposed");
    }

    [Fact]
    public async Task Delete_object_404_surfaces_the_reason()
    {
        _wire.ReplyToAll(404, Fixtures.Read("error-404.json"));
        var oss = _wire.Client().Oss;

        var act = () => oss.DeleteObjectAsync("apptestbucket", "gone.txt");

        (await act.Should().ThrowAsync<ApsException>()).Which.Detail.Should().Be("Bucket apptestbucket does not exist");
    }

    [Fact]
    public async Task Copy_object_puts_copyto_with_both_keys_as_single_segments()
    {
        _wire.ReplyToAll(200, _wire.Fixture("object.json"));
        var oss = _wire.Client().Oss;

        var copy = await oss.CopyObjectAsync("bucketexamplekey", "dir/testobject", "copy of/testobject?v=2");

        var request = _wire.Single;
        request.Method.Should().Be("PUT");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets/bucketexamplekey/objects/dir%2Ftestobject/copyto/copy%20of%2Ftestobject%3Fv%3D2");
        request.RawQuery.Should().BeNullOrEmpty();
        OssWire.BodyBytes(request).Should().BeEmpty();
        copy.ObjectKey.Should().Be("copyoftestobject");
        copy.ObjectId.Should().Be("urn:adsk.objects:os.object:bucketexamplekey/copyoftestobject");
        copy.ContentType.Should().Be("application/octet-stream");
    }

    [Fact]
    public async Task Copy_object_404_surfaces_the_reason()
    {
        _wire.ReplyToAll(404, """{"reason":"Object testobject not found"}""");
        var oss = _wire.Client().Oss;

        var act = () => oss.CopyObjectAsync("bucketexamplekey", "testobject", "copyoftestobject");

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);
    }

    public static TheoryData<string, string> ObjectKeys => new()
    {
        { "a/b/c.txt", "a%2Fb%2Fc.txt" },
        { "what?.txt", "what%3F.txt" },
        { "part#2.dwg", "part%232.dwg" },
        { "House Design.rvt", "House%20Design.rvt" },
        { "100%.pdf", "100%25.pdf" },
        { "a+b=c&d.txt", "a%2Bb%3Dc%26d.txt" },
        { "urn:adsk.objects:os.object:wip.dm.prod/x.pdf", "urn%3Aadsk.objects%3Aos.object%3Awip.dm.prod%2Fx.pdf" },
        { "plan\u00e9.dwg", "plan%C3%A9.dwg" },
        { "...", "..." },
    };

    [Theory]
    [MemberData(nameof(ObjectKeys))]
    public async Task Object_keys_stay_one_path_segment(string objectKey, string escaped)
    {
        // One body every operation of the loop can read (signed S3 upload needs its uploadKey).
        _wire.ReplyToAll(200, """{"bucketKey":"apptestbucket","objectKey":"k","uploadKey":"u","status":"complete","signedUrl":null}""");
        var oss = _wire.Client().Oss;

        await oss.GetObjectDetailsAsync("apptestbucket", objectKey);
        await oss.DeleteObjectAsync("apptestbucket", objectKey);
        await oss.CopyObjectAsync("apptestbucket", objectKey, objectKey);
        await oss.CreateSignedResourceAsync("apptestbucket", objectKey);
        await oss.GetSignedS3UploadUrlsAsync("apptestbucket", objectKey);
        await oss.GetSignedS3DownloadUrlAsync("apptestbucket", objectKey);

        var prefix = "/oss/v2/buckets/apptestbucket/objects/" + escaped;
        _wire.Tap.PathAndQueries.Select(p => p.Split('?')[0]).Should().Equal(
            prefix + "/details",
            prefix,
            prefix + "/copyto/" + escaped,
            prefix + "/signed",
            prefix + "/signeds3upload",
            prefix + "/signeds3download");
        if (!objectKey.Contains('+', StringComparison.Ordinal))
        {
            // WireMock form-decodes its Path ('+' becomes ' '); the exact wire form is checked above.
            _wire.Requests.Select(r => r.Path).Should().Contain("/oss/v2/buckets/apptestbucket/objects/" + objectKey + "/details", "the server decodes the segment back to the key");
        }

        oss.GetObjectUrl("apptestbucket", objectKey).AbsolutePath.Should().Be(prefix);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task Dot_segments_are_refused_before_sending(string objectKey)
    {
        var oss = _wire.Client().Oss;
        var calls = new List<Func<Task>>
        {
            () => oss.GetObjectDetailsAsync("apptestbucket", objectKey),
            () => oss.GetObjectDetailsIfChangedAsync("apptestbucket", objectKey),
            () => oss.DeleteObjectAsync("apptestbucket", objectKey),
            () => oss.CopyObjectAsync("apptestbucket", objectKey, "copy"),
            () => oss.CopyObjectAsync("apptestbucket", "source", objectKey),
            () => oss.CreateSignedResourceAsync("apptestbucket", objectKey),
            () => oss.GetSignedS3UploadUrlsAsync("apptestbucket", objectKey),
            () => oss.GetSignedS3DownloadUrlAsync("apptestbucket", objectKey),
            () => oss.CompleteSignedS3UploadAsync("apptestbucket", objectKey, new OssCompleteUploadRequest { UploadKey = "u" }),
            () => Task.FromResult(oss.GetObjectUrl("apptestbucket", objectKey)),
        };

        foreach (var call in calls)
        {
            await call.Should().ThrowAsync<ArgumentException>();
        }

        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Empty_object_keys_are_refused()
    {
        var oss = _wire.Client().Oss;

        await ((Func<Task>)(() => oss.DeleteObjectAsync("apptestbucket", string.Empty))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => oss.DeleteObjectAsync("apptestbucket", null!))).Should().ThrowAsync<ArgumentNullException>();
        await ((Func<Task>)(() => oss.CopyObjectAsync("apptestbucket", "a", " "))).Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Legacy_object_url_is_built_on_the_base_address_and_reaches_the_object_path()
    {
        _wire.ReplyToAll(200);
        using var client = _wire.Client();

        var url = client.Oss.GetObjectUrl("wip.dm.prod", "977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt");
        url.AbsoluteUri.Should().Be($"{_wire.BaseUrl}/oss/v2/buckets/wip.dm.prod/objects/977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt");
        _wire.Requests.Should().BeEmpty("the helper only builds the address");

        // The address is valid on the wire: sent raw, it reaches the legacy GET path.
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be("/oss/v2/buckets/wip.dm.prod/objects/977d69b1-43e7-40fa-8ece-6ec4602892f3.rvt");
    }

    [Fact]
    public void Legacy_object_url_from_a_malformed_storage_link_is_rebuilt_from_the_storage_id()
    {
        var oss = _wire.Client().Oss;

        // Seed 004 L1157/L1161: the id is right, the href names bucket "wipbucket" and the whole URN as key.
        var id = OssObjectId.Parse("urn:adsk.objects:os.object:wip.dm.prod/3c8f6bbc-fe5c-4815-a92e-8b8635e7b1cb.pdf");
        var fromHref = OssObjectId.Parse("urn:adsk.objects:os.object:wip.dm.prod%2F3c8f6bbc-fe5c-4815-a92e-8b8635e7b1cb.pdf");

        fromHref.Should().Be(id);
        oss.GetObjectUrl(id).AbsolutePath.Should().Be("/oss/v2/buckets/wip.dm.prod/objects/3c8f6bbc-fe5c-4815-a92e-8b8635e7b1cb.pdf");
        var act = () => oss.GetObjectUrl(default(OssObjectId));
        act.Should().Throw<ArgumentException>();
    }
}
