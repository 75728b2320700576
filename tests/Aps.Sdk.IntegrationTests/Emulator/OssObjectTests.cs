using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class OssObjectTests
{
    private static async Task<ApsEmulator> StartWithObjectsAsync(params string[] keys)
    {
        var emulator = await ApsEmulator.StartAsync();
        emulator.Oss.CreateBucket("objects");
        foreach (var key in keys)
        {
            emulator.Oss.PutObject("objects", key, Encoding.UTF8.GetBytes("content of " + key), "text/plain");
        }

        return emulator;
    }

    [Fact]
    public async Task List_filters_by_prefix_and_pages_with_start_at()
    {
        await using var emulator = await StartWithObjectsAsync("a/1.txt", "a/2.txt", "a/3.txt", "b/1.txt", "c.txt");
        using var client = EmulatorTestHelpers.Authorized(emulator);

        using var first = await client.GetAsync("/oss/v2/buckets/objects/objects?beginsWith=a%2F&limit=2");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await first.JsonAsync();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("objectKey").GetString()).Should().Equal("a/1.txt", "a/2.txt");
        items[0].GetProperty("objectId").GetString().Should().Be("urn:adsk.objects:os.object:objects/a/1.txt");
        items[0].GetProperty("sha1").GetString().Should().Be(EmulatorTestHelpers.Sha1Hex(Encoding.UTF8.GetBytes("content of a/1.txt")));
        items[0].GetProperty("size").GetInt64().Should().Be("content of a/1.txt".Length);
        var next = page.GetProperty("next").GetString()!;
        next.Should().Contain("startAt=a%2F2.txt").And.Contain("beginsWith=a%2F");

        using var second = await client.GetAsync(next);
        var rest = await second.JsonAsync();
        rest.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("objectKey").GetString()).Should().Equal("a/3.txt");
        rest.TryGetProperty("next", out _).Should().BeFalse();

        using var all = await client.GetAsync("/oss/v2/buckets/objects/objects?startAt=a%2F3.txt");
        (await all.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("objectKey").GetString()).Should().Equal("b/1.txt", "c.txt");
    }

    [Fact]
    public async Task Details_include_dates_and_metadata_only_when_asked()
    {
        await using var emulator = await StartWithObjectsAsync("doc.txt");
        using var client = EmulatorTestHelpers.Authorized(emulator);

        using var plain = await client.GetAsync("/oss/v2/buckets/objects/objects/doc.txt/details");
        var body = await plain.JsonAsync();
        body.GetProperty("objectKey").GetString().Should().Be("doc.txt");
        body.GetProperty("contentType").GetString().Should().Be("text/plain");
        body.GetProperty("sha1").GetString().Should().HaveLength(40);
        body.GetProperty("location").GetString().Should().EndWith("/oss/v2/buckets/objects/objects/doc.txt");
        body.TryGetProperty("createdDate", out _).Should().BeFalse();

        using var with = await client.GetAsync("/oss/v2/buckets/objects/objects/doc.txt/details?with=createdDate&with=lastModifiedDate,lastAccessedDate");
        var dated = await with.JsonAsync();
        dated.GetProperty("createdDate").GetInt64().Should().BePositive();
        dated.GetProperty("lastModifiedDate").GetInt64().Should().BePositive();
        dated.GetProperty("lastAccessedDate").GetInt64().Should().BePositive();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets/objects/objects/doc.txt/details");
        request.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddMinutes(1);
        using var notModified = await client.SendAsync(request);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Missing_objects_and_buckets_answer_404_with_a_reason()
    {
        await using var emulator = await StartWithObjectsAsync();
        using var client = EmulatorTestHelpers.Authorized(emulator);

        using var noObject = await client.GetAsync("/oss/v2/buckets/objects/objects/nope/details");
        noObject.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await noObject.JsonAsync()).GetProperty("reason").GetString().Should().Be("Object not found");

        using var noBucket = await client.GetAsync("/oss/v2/buckets/no-bucket/objects");
        noBucket.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await noBucket.JsonAsync()).GetProperty("reason").GetString().Should().Be("Bucket not found");
    }

    [Fact]
    public async Task Copy_and_delete()
    {
        await using var emulator = await StartWithObjectsAsync("original.txt");
        using var client = EmulatorTestHelpers.Authorized(emulator);

        using var copied = await client.PutAsync("/oss/v2/buckets/objects/objects/original.txt/copyto/" + Uri.EscapeDataString("copies/copy 1.txt"), null);
        copied.StatusCode.Should().Be(HttpStatusCode.OK);
        (await copied.JsonAsync()).GetProperty("objectKey").GetString().Should().Be("copies/copy 1.txt");
        (await emulator.Oss.ReadObjectAsync("objects", "copies/copy 1.txt")).Should().Equal(Encoding.UTF8.GetBytes("content of original.txt"));

        using var deleted = await client.DeleteAsync("/oss/v2/buckets/objects/objects/original.txt");
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await emulator.Oss.ReadObjectAsync("objects", "original.txt")).Should().BeNull();
        using var again = await client.DeleteAsync("/oss/v2/buckets/objects/objects/original.txt");
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Legacy_download_serves_ranges()
    {
        await using var emulator = await StartWithObjectsAsync("range.txt");
        using var client = EmulatorTestHelpers.Authorized(emulator);

        var whole = await client.GetByteArrayAsync("/oss/v2/buckets/objects/objects/range.txt");
        Encoding.UTF8.GetString(whole).Should().Be("content of range.txt");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets/objects/objects/range.txt");
        request.Headers.Range = new RangeHeaderValue(0, 6);
        using var partial = await client.SendAsync(request);
        partial.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await partial.Content.ReadAsStringAsync()).Should().Be("content");
    }

    [Fact]
    public async Task Object_keys_with_slashes_and_spaces_round_trip_through_the_path()
    {
        await using var emulator = await StartWithObjectsAsync("folder/sub folder/file #1.txt");
        using var client = EmulatorTestHelpers.Authorized(emulator);

        using var response = await client.GetAsync("/oss/v2/buckets/objects/objects/" + Uri.EscapeDataString("folder/sub folder/file #1.txt") + "/details");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("objectKey").GetString().Should().Be("folder/sub folder/file #1.txt");
    }
}
