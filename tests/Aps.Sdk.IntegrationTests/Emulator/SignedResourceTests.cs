using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Aps.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class SignedResourceTests
{
    private static async Task<string> CreateSignedUrlAsync(HttpClient client, string objectKey, string access, string body = """{"minutesExpiration":10}""")
    {
        using var response = await client.PostAsync($"/oss/v2/buckets/shared/objects/{objectKey}/signed?access={access}", EmulatorTestHelpers.Json(body));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await response.JsonAsync();
        json.GetProperty("expiration").GetInt64().Should().BePositive();
        return json.GetProperty("signedUrl").GetString()!;
    }

    [Fact]
    public async Task Read_url_downloads_without_a_token_and_serves_ranges()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        emulator.Oss.CreateBucket("shared");
        emulator.Oss.PutObject("shared", "doc.txt", "0123456789"u8, "text/plain");
        using var client = EmulatorTestHelpers.Authorized(emulator);
        var url = await CreateSignedUrlAsync(client, "doc.txt", "read");
        url.Should().Contain("/oss/v2/signedresources/");
        using var anonymous = new HttpClient();

        (await anonymous.GetStringAsync(url)).Should().Be("0123456789");

        using var ranged = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(2, 4) } };
        using var partial = await anonymous.SendAsync(ranged);
        partial.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await partial.Content.ReadAsStringAsync()).Should().Be("234");

        using var beyond = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(10, null) } };
        using var unsatisfiable = await anonymous.SendAsync(beyond);
        unsatisfiable.StatusCode.Should().Be(HttpStatusCode.RequestedRangeNotSatisfiable);

        using var put = await anonymous.PutAsync(url, new ByteArrayContent([1]));
        put.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Write_url_replaces_the_object_and_checks_if_match()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        emulator.Oss.CreateBucket("shared");
        var sha1 = emulator.Oss.PutObject("shared", "doc.txt", "old"u8);
        using var client = EmulatorTestHelpers.Authorized(emulator);
        var url = await CreateSignedUrlAsync(client, "doc.txt", "readwrite");
        using var anonymous = new HttpClient();

        using var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent("new") };
        stale.Headers.TryAddWithoutValidation("If-Match", new string('0', 40));
        using var rejected = await anonymous.SendAsync(stale);
        rejected.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);

        using var current = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent("new content") };
        current.Headers.TryAddWithoutValidation("If-Match", sha1);
        using var replaced = await anonymous.SendAsync(current);
        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replaced.JsonAsync()).GetProperty("size").GetInt64().Should().Be(11);
        (await emulator.Oss.ReadObjectAsync("shared", "doc.txt")).Should().Equal(Encoding.UTF8.GetBytes("new content"));
    }

    [Fact]
    public async Task Resumable_chunks_answer_202_until_the_last_then_200()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        emulator.Oss.CreateBucket("shared");
        emulator.Oss.PutObject("shared", "big.bin", "placeholder"u8);
        using var client = EmulatorTestHelpers.Authorized(emulator);
        var url = await CreateSignedUrlAsync(client, "big.bin", "write");
        var resumable = url.Replace("?", "/resumable?", StringComparison.Ordinal);
        var data = EmulatorTestHelpers.RandomBytes(30, 5);
        using var anonymous = new HttpClient();

        async Task<HttpResponseMessage> ChunkAsync(int start, int end)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, resumable) { Content = new ByteArrayContent(data[start..(end + 1)]) };
            request.Content.Headers.ContentRange = new ContentRangeHeaderValue(start, end, data.Length);
            request.Headers.Add("Session-Id", "session-1");
            return await anonymous.SendAsync(request);
        }

        using (var last = await ChunkAsync(20, 29))
        {
            last.StatusCode.Should().Be(HttpStatusCode.Accepted);
            (await last.JsonAsync()).GetProperty("result").GetString().Should().NotBeNullOrEmpty();
        }

        using (var first = await ChunkAsync(0, 9))
        {
            first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        using (var middle = await ChunkAsync(10, 19))
        {
            middle.StatusCode.Should().Be(HttpStatusCode.OK);
            var body = await middle.JsonAsync();
            body.GetProperty("size").GetInt64().Should().Be(30);
            body.GetProperty("sha1").GetString().Should().Be(EmulatorTestHelpers.Sha1Hex(data));
        }

        (await emulator.Oss.ReadObjectAsync("shared", "big.bin")).Should().Equal(data);

        using var noRange = new HttpRequestMessage(HttpMethod.Put, resumable) { Content = new ByteArrayContent([1]) };
        noRange.Headers.Add("Session-Id", "session-2");
        using var missing = await anonymous.SendAsync(noRange);
        missing.StatusCode.Should().Be(HttpStatusCode.RequestedRangeNotSatisfiable);
    }

    [Fact]
    public async Task Delete_through_the_url_removes_the_object()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        emulator.Oss.CreateBucket("shared");
        emulator.Oss.PutObject("shared", "doc.txt", "x"u8);
        using var client = EmulatorTestHelpers.Authorized(emulator);
        var url = await CreateSignedUrlAsync(client, "doc.txt", "readwrite");
        using var anonymous = new HttpClient();

        using var deleted = await anonymous.DeleteAsync(url);

        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await emulator.Oss.ReadObjectAsync("shared", "doc.txt")).Should().BeNull();
        using var gone = await anonymous.GetAsync(url);
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Urls_expire_and_single_use_urls_work_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { TimeProvider = clock });
        emulator.Oss.CreateBucket("shared");
        emulator.Oss.PutObject("shared", "doc.txt", "x"u8);
        using var client = EmulatorTestHelpers.Authorized(emulator);
        var once = await CreateSignedUrlAsync(client, "doc.txt", "read", """{"minutesExpiration":5,"singleUse":true}""");
        var timed = await CreateSignedUrlAsync(client, "doc.txt", "read", """{"minutesExpiration":5}""");
        using var anonymous = new HttpClient();

        (await anonymous.GetStringAsync(once)).Should().Be("x");
        using var reused = await anonymous.GetAsync(once);
        reused.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        clock.Advance(TimeSpan.FromMinutes(6));
        using var expired = await anonymous.GetAsync(timed);
        expired.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
