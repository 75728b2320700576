using System.Net;
using System.Text.Json;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class BatchSignedS3Tests
{
    [Fact]
    public async Task Batch_upload_complete_and_download_report_each_object()
    {
        await using var emulator = await ApsEmulator.StartAsync(new ApsEmulatorOptions { MinimumPartSize = 16 });
        emulator.Oss.CreateBucket("batch");
        using var client = EmulatorTestHelpers.Authorized(emulator);
        using var s3 = new HttpClient();

        using var urls = await client.PostAsync("/oss/v2/buckets/batch/objects/batchsigneds3upload?minutesExpiration=10",
            EmulatorTestHelpers.Json("""{"requests":[{"objectKey":"one.txt"},{"objectKey":"two.txt","parts":2},{"objectKey":"bad.txt","uploadKey":"no-such-key"}]}"""));
        urls.StatusCode.Should().Be(HttpStatusCode.OK);
        var results = (await urls.JsonAsync()).GetProperty("results");
        results.GetProperty("one.txt").GetProperty("urls").GetArrayLength().Should().Be(1);
        results.GetProperty("two.txt").GetProperty("urls").GetArrayLength().Should().Be(2);
        results.GetProperty("bad.txt").GetProperty("status").GetString().Should().Be("error");
        results.GetProperty("bad.txt").GetProperty("reason").GetString().Should().NotBeNullOrEmpty();

        async Task PutAsync(string key, int index, string text)
        {
            var url = results.GetProperty(key).GetProperty("urls")[index].GetString();
            using var put = await s3.PutAsync(url, new StringContent(text));
            put.EnsureSuccessStatusCode();
        }

        await PutAsync("one.txt", 0, "first object");
        await PutAsync("two.txt", 0, "sixteen bytes!!!");
        await PutAsync("two.txt", 1, "tail");

        var complete = JsonSerializer.Serialize(new
        {
            requests = new object[]
            {
                new { objectKey = "one.txt", uploadKey = results.GetProperty("one.txt").GetProperty("uploadKey").GetString(), size = 12 },
                new { objectKey = "two.txt", uploadKey = results.GetProperty("two.txt").GetProperty("uploadKey").GetString() },
                new { objectKey = "never.txt", uploadKey = "unknown" },
            },
        });
        using var completed = await client.PostAsync("/oss/v2/buckets/batch/objects/batchcompleteupload", EmulatorTestHelpers.Json(complete));
        completed.StatusCode.Should().Be(HttpStatusCode.OK);
        var done = (await completed.JsonAsync()).GetProperty("results");
        done.GetProperty("one.txt").GetProperty("size").GetInt64().Should().Be(12);
        done.GetProperty("one.txt").GetProperty("status").GetString().Should().Be("success");
        done.GetProperty("two.txt").GetProperty("size").GetInt64().Should().Be(20);
        done.GetProperty("never.txt").GetProperty("status").GetString().Should().Be("error");

        using var downloads = await client.PostAsync("/oss/v2/buckets/batch/objects/batchsigneds3download",
            EmulatorTestHelpers.Json("""{"requests":[{"objectKey":"two.txt"},{"objectKey":"missing.txt"}]}"""));
        var links = (await downloads.JsonAsync()).GetProperty("results");
        links.GetProperty("two.txt").GetProperty("status").GetString().Should().Be("complete");
        (await s3.GetStringAsync(links.GetProperty("two.txt").GetProperty("url").GetString())).Should().Be("sixteen bytes!!!tail");
        links.GetProperty("missing.txt").GetProperty("status").GetString().Should().Be("error");
    }

    [Fact]
    public async Task More_than_25_objects_answer_400()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        emulator.Oss.CreateBucket("batch-limit");
        using var client = EmulatorTestHelpers.Authorized(emulator);
        var body = JsonSerializer.Serialize(new { requests = Enumerable.Range(0, 26).Select(i => new { objectKey = $"o{i}", uploadKey = "k" }) });

        using var response = await client.PostAsync("/oss/v2/buckets/batch-limit/objects/batchcompleteupload", EmulatorTestHelpers.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("reason").GetString().Should().Contain("25");
    }
}
