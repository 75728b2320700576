using System.Net;
using System.Text.Json;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

public class OssBucketTests
{
    [Fact]
    public async Task Create_answers_the_bucket_and_a_duplicate_key_answers_409()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Authorized(emulator);

        using var created = await EmulatorTestHelpers.CreateBucketAsync(client, "my-bucket.1_a", "persistent", "EMEA");
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await created.JsonAsync();
        body.GetProperty("bucketKey").GetString().Should().Be("my-bucket.1_a");
        body.GetProperty("bucketOwner").GetString().Should().Be(emulator.CreateOptions().ClientId);
        body.GetProperty("policyKey").GetString().Should().Be("persistent");
        body.GetProperty("createdDate").GetInt64().Should().BePositive();
        body.GetProperty("permissions")[0].GetProperty("access").GetString().Should().Be("full");

        using var duplicate = await EmulatorTestHelpers.CreateBucketAsync(client, "my-bucket.1_a");
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await duplicate.JsonAsync()).GetProperty("reason").GetString().Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("UpperCase")]
    [InlineData("has space")]
    [InlineData("slash/no")]
    public async Task Invalid_bucket_keys_answer_400_with_a_reason(string key)
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Authorized(emulator);

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/oss/v2/buckets")
        {
            Content = EmulatorTestHelpers.Json(JsonSerializer.Serialize(new { bucketKey = key, policyKey = "transient" })),
            Headers = { { "region", "US" } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("reason").GetString().Should().Contain("[-_.a-z0-9]");
    }

    [Fact]
    public async Task Create_needs_the_region_header_and_a_known_policy()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Authorized(emulator);

        using var noRegion = await EmulatorTestHelpers.CreateBucketAsync(client, "no-region", region: null);
        noRegion.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noRegion.JsonAsync()).GetProperty("reason").GetString().Should().Contain("region");

        using var badPolicy = await EmulatorTestHelpers.CreateBucketAsync(client, "bad-policy", policy: "forever");
        badPolicy.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task List_pages_with_limit_and_a_full_next_url()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Authorized(emulator);
        foreach (var key in new[] { "bucket-c", "bucket-a", "bucket-e", "bucket-b", "bucket-d" })
        {
            (await EmulatorTestHelpers.CreateBucketAsync(client, key)).EnsureSuccessStatusCode();
        }

        (await EmulatorTestHelpers.CreateBucketAsync(client, "bucket-eu", region: "EMEA")).EnsureSuccessStatusCode();

        var seen = new List<string>();
        var pages = 0;
        string? next = "/oss/v2/buckets?limit=2";
        while (next is not null)
        {
            using var page = await client.GetAsync(next);
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            var body = await page.JsonAsync();
            pages++;
            foreach (var item in body.GetProperty("items").EnumerateArray())
            {
                seen.Add(item.GetProperty("bucketKey").GetString()!);
                item.GetProperty("policyKey").GetString().Should().Be("transient");
            }

            next = body.TryGetProperty("next", out var link) ? link.GetString() : null;
            if (next is not null)
            {
                new Uri(next).IsAbsoluteUri.Should().BeTrue();
                next.Should().StartWith(emulator.BaseAddress.GetLeftPart(UriPartial.Authority) + "/oss/v2/buckets?");
            }
        }

        pages.Should().Be(3);
        seen.Should().Equal("bucket-a", "bucket-b", "bucket-c", "bucket-d", "bucket-e");

        using var emea = await client.GetAsync("/oss/v2/buckets?region=EMEA");
        (await emea.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("bucketKey").GetString()).Should().Equal("bucket-eu");

        using var badLimit = await client.GetAsync("/oss/v2/buckets?limit=101");
        badLimit.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Details_and_delete()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var client = EmulatorTestHelpers.Authorized(emulator);
        (await EmulatorTestHelpers.CreateBucketAsync(client, "to-delete")).EnsureSuccessStatusCode();

        using var details = await client.GetAsync("/oss/v2/buckets/to-delete/details");
        details.StatusCode.Should().Be(HttpStatusCode.OK);
        (await details.JsonAsync()).GetProperty("bucketKey").GetString().Should().Be("to-delete");

        using var deleted = await client.DeleteAsync("/oss/v2/buckets/to-delete");
        deleted.StatusCode.Should().Be(HttpStatusCode.OK);

        using var gone = await client.GetAsync("/oss/v2/buckets/to-delete/details");
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gone.JsonAsync()).GetProperty("reason").GetString().Should().NotBeNullOrEmpty();
        using var deletedAgain = await client.DeleteAsync("/oss/v2/buckets/to-delete");
        deletedAgain.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
