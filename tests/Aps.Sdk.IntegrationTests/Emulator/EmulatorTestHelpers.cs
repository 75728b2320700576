using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.Emulator;

/// <summary>Raw HTTP helpers for emulator routes the SDK does not wrap (yet), and a small signed-upload helper.</summary>
internal static class EmulatorTestHelpers
{
    public static readonly string[] AllOssScopes =
    [
        ApsScopes.BucketCreate, ApsScopes.BucketRead, ApsScopes.BucketDelete,
        ApsScopes.DataRead, ApsScopes.DataWrite, ApsScopes.DataCreate,
    ];

    /// <summary>A plain HttpClient for the emulator (no Authorization header).</summary>
    public static HttpClient Raw(ApsEmulator emulator) => new() { BaseAddress = emulator.BaseAddress };

    /// <summary>A plain HttpClient with a bearer token minted by the emulator.</summary>
    public static HttpClient Authorized(ApsEmulator emulator, params string[] scopes)
    {
        var client = Raw(emulator);
        var token = emulator.Authentication.IssueAccessToken(ApsScopes.Create(scopes.Length == 0 ? AllOssScopes : scopes));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> CreateBucketAsync(HttpClient client, string bucketKey, string policy = "transient", string? region = "US")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oss/v2/buckets")
        {
            Content = Json($$"""{"bucketKey":"{{bucketKey}}","policyKey":"{{policy}}"}"""),
        };
        if (region is not null)
        {
            request.Headers.Add("region", region);
        }

        return await client.SendAsync(request);
    }

    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string Sha1Hex(byte[] data) => Convert.ToHexString(SHA1.HashData(data)).ToLowerInvariant();

    public static string QuotedMd5(byte[] data) => "\"" + Convert.ToHexString(MD5.HashData(data)).ToLowerInvariant() + "\"";

    /// <summary>Uploads <paramref name="parts"/> through the SDK's signed S3 calls and plain PUTs; returns the completed object.</summary>
    public static async Task<OssObjectDetails> UploadAsync(ApsClient aps, string bucketKey, string objectKey, params byte[][] parts)
    {
        var session = await aps.Oss.GetSignedS3UploadUrlsAsync(bucketKey, objectKey, new OssSignedS3UploadOptions { Parts = parts.Length });
        using var s3 = new HttpClient();
        var eTags = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            using var put = await s3.PutAsync(session.Urls[i], new ByteArrayContent(parts[i]));
            put.EnsureSuccessStatusCode();
            eTags.Add(put.Headers.ETag!.Tag);
        }

        return await aps.Oss.CompleteSignedS3UploadAsync(bucketKey, objectKey, new OssCompleteUploadRequest
        {
            UploadKey = session.UploadKey,
            Size = parts.Sum(p => (long)p.Length),
            ETags = eTags,
        });
    }
}
