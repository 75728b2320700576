using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>
/// Signed S3 transfers: upload URLs (single and batch), completion (single and batch) and download URLs (single and
/// batch). The URLs point to the emulated S3 of the same emulator (<see cref="FakeS3Module"/>).
/// </summary>
internal sealed class OssSignedS3Module : IEmulatorModule
{
    private const int MaxBatch = 25;
    private readonly EmulatorContext _context;

    public OssSignedS3Module(EmulatorContext context)
    {
        _context = context;
    }

    private OssStore Store => _context.Oss;

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapGet("/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3upload", GetUploadUrlsAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
        routes.MapPost("/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3upload", CompleteAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
        routes.MapGet("/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signeds3download", GetDownloadUrlAsync).Scopes(ApsScopes.DataRead);
        routes.MapPost("/oss/v2/buckets/{bucketKey}/objects/batchsigneds3upload", BatchUploadUrlsAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
        routes.MapPost("/oss/v2/buckets/{bucketKey}/objects/batchcompleteupload", BatchCompleteAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
        routes.MapPost("/oss/v2/buckets/{bucketKey}/objects/batchsigneds3download", BatchDownloadUrlsAsync).Scopes(ApsScopes.DataRead);
    }

    // ---- Upload URLs ---------------------------------------------------------------------------------------------

    private Task GetUploadUrlsAsync(EmulatorRequest request)
    {
        var parts = request.QueryInt("parts", 1, MaxBatch) ?? 1;
        var firstPart = request.QueryInt("firstPart", 1, 10_000) ?? 1;
        var minutes = request.QueryInt("minutesExpiration", 1, 60) ?? 2;
        _ = request.QueryBool("useAcceleration");
        var body = UploadUrls(request["bucketKey"], request["objectKey"], request.Query("uploadKey"), firstPart, parts, minutes);
        return request.JsonAsync(body);
    }

    private JsonObject UploadUrls(string bucketKey, string objectKey, string? uploadKey, int firstPart, int parts, int minutes)
    {
        if (firstPart + parts - 1 > 10_000)
        {
            throw EmulatorError.Reason(400, "Part numbers go up to 10,000.");
        }

        var session = Store.StartOrResumeUpload(bucketKey, objectKey, uploadKey);
        var expires = _context.Now + TimeSpan.FromMinutes(minutes);
        var expiresUnix = expires.ToUnixTimeSeconds();
        var urls = new JsonArray();
        for (var part = firstPart; part < firstPart + parts; part++)
        {
            var signature = _context.Signer.Sign(UrlSigner.UploadCanonical(session.UploadKey, part, expiresUnix));
            urls.Add(string.Create(CultureInfo.InvariantCulture, $"{_context.BaseUrl}/__s3/upload/{session.UploadKey}/{part}?Expires={expiresUnix}&Signature={signature}"));
        }

        return new JsonObject
        {
            ["uploadKey"] = session.UploadKey,
            ["uploadExpiration"] = OssJson.IsoDate(session.ExpiresOn),
            ["urlExpiration"] = OssJson.IsoDate(DateTimeOffset.FromUnixTimeSeconds(expiresUnix)),
            ["urls"] = urls,
        };
    }

    private async Task BatchUploadUrlsAsync(EmulatorRequest request)
    {
        var bucketKey = request["bucketKey"];
        Store.RequireBucket(bucketKey);
        var minutes = request.QueryInt("minutesExpiration", 1, 60) ?? 2;
        _ = request.QueryBool("useAcceleration");
        var items = await ReadBatchAsync(request).ConfigureAwait(false);
        var results = new JsonObject();
        foreach (var item in items)
        {
            var objectKey = String(item, "objectKey");
            try
            {
                if (string.IsNullOrEmpty(objectKey))
                {
                    throw EmulatorError.Reason(400, "objectKey is required.");
                }

                var parts = Int(item, "parts") ?? 1;
                var firstPart = Int(item, "firstPart") ?? 1;
                if (parts is < 1 or > MaxBatch || firstPart is < 1 or > 10_000)
                {
                    throw EmulatorError.Reason(400, "parts must be 1 to 25 and firstPart 1 to 10,000.");
                }

                results[objectKey] = UploadUrls(bucketKey, objectKey, String(item, "uploadKey"), firstPart, parts, minutes);
            }
            catch (EmulatorError error)
            {
                results[objectKey ?? string.Empty] = new JsonObject { ["status"] = "error", ["reason"] = error.Message };
            }
        }

        await request.JsonAsync(new JsonObject { ["results"] = results }).ConfigureAwait(false);
    }

    // ---- Completion ----------------------------------------------------------------------------------------------

    private async Task CompleteAsync(EmulatorRequest request)
    {
        if (request.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw EmulatorError.Reason(400, "Content-Type must be application/json.");
        }

        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var metadata = Metadata(
            request.Header("x-ads-meta-Content-Type"),
            request.Header("x-ads-meta-Content-Disposition"),
            request.Header("x-ads-meta-Content-Encoding"),
            request.Header("x-ads-meta-Cache-Control"),
            request.Header("x-ads-user-defined-metadata"));
        var stored = await CompleteOneAsync(request, request["bucketKey"], request["objectKey"], body, metadata).ConfigureAwait(false);
        await request.JsonAsync(OssJson.Object(stored, _context.BaseUrl)).ConfigureAwait(false);
    }

    private Task<OssObject> CompleteOneAsync(EmulatorRequest request, string bucketKey, string objectKey, JsonObject body, ObjectMetadata metadata)
    {
        var uploadKey = String(body, "uploadKey");
        if (string.IsNullOrEmpty(uploadKey))
        {
            throw EmulatorError.Reason(400, "uploadKey is required.");
        }

        long? size = body["size"] is JsonValue sizeValue ? Long(sizeValue) : null;
        List<string>? eTags = null;
        if (body["eTags"] is JsonArray tags)
        {
            eTags = [.. tags.Select(t => t?.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : t?.ToJsonString() ?? string.Empty)];
        }

        return Store.CompleteUploadAsync(bucketKey, objectKey, uploadKey, size, eTags, metadata, request.Aborted);
    }

    private async Task BatchCompleteAsync(EmulatorRequest request)
    {
        var bucketKey = request["bucketKey"];
        Store.RequireBucket(bucketKey);
        var items = await ReadBatchAsync(request).ConfigureAwait(false);
        var results = new JsonObject();
        foreach (var item in items)
        {
            var objectKey = String(item, "objectKey");
            try
            {
                if (string.IsNullOrEmpty(objectKey))
                {
                    throw EmulatorError.Reason(400, "objectKey is required.");
                }

                var metadata = Metadata(
                    String(item, "x-ads-meta-Content-Type"),
                    String(item, "x-ads-meta-Content-Disposition"),
                    String(item, "x-ads-meta-Content-Encoding"),
                    String(item, "x-ads-meta-Cache-Control"),
                    String(item, "x-ads-user-defined-metadata"));
                var stored = await CompleteOneAsync(request, bucketKey, objectKey, item, metadata).ConfigureAwait(false);
                var result = OssJson.Object(stored, _context.BaseUrl);
                result["status"] = "success";
                AddIfSet(result, "contentDisposition", stored.Metadata.ContentDisposition);
                AddIfSet(result, "contentEncoding", stored.Metadata.ContentEncoding);
                AddIfSet(result, "cacheControl", stored.Metadata.CacheControl);
                results[objectKey] = result;
            }
            catch (EmulatorError error)
            {
                var failure = new JsonObject { ["status"] = "error", ["reason"] = error.Message };
                if (error.Json?["parts"] is JsonNode parts)
                {
                    failure["parts"] = parts.DeepClone();
                }

                results[objectKey ?? string.Empty] = failure;
            }
        }

        await request.JsonAsync(new JsonObject { ["results"] = results }).ConfigureAwait(false);
    }

    // ---- Download URLs -------------------------------------------------------------------------------------------

    private Task GetDownloadUrlAsync(EmulatorRequest request)
    {
        var stored = Store.RequireObject(request["bucketKey"], request["objectKey"]);
        if (OssObjectsModule.IfNoneMatch(request, stored.Content.ETag, stored.Content.Sha1) || OssObjectsModule.NotModifiedSince(request, stored.LastModifiedDate))
        {
            return request.EmptyAsync(304);
        }

        var minutes = request.QueryInt("minutesExpiration", 1, 60) ?? 2;
        _ = request.QueryBool("public-resource-fallback");
        _ = request.QueryBool("useCdn");
        var body = DownloadResult(stored, minutes, request.Query("response-content-type"), request.Query("response-content-disposition"), request.Query("response-cache-control"));
        if (request.QueryBool("redirect") == true)
        {
            request.Response.Headers.Location = body["url"]!.GetValue<string>();
            return request.EmptyAsync(307);
        }

        return request.JsonAsync(body);
    }

    private async Task BatchDownloadUrlsAsync(EmulatorRequest request)
    {
        var bucketKey = request["bucketKey"];
        Store.RequireBucket(bucketKey);
        var minutes = request.QueryInt("minutesExpiration", 1, 60) ?? 2;
        _ = request.QueryBool("public-resource-fallback");
        var items = await ReadBatchAsync(request).ConfigureAwait(false);
        var results = new JsonObject();
        foreach (var item in items)
        {
            var objectKey = String(item, "objectKey");
            var stored = objectKey is null ? null : Store.FindObject(bucketKey, objectKey);
            results[objectKey ?? string.Empty] = stored is null
                ? new JsonObject { ["status"] = "error", ["reason"] = objectKey is null ? "objectKey is required." : "Object not found" }
                : DownloadResult(stored, minutes, String(item, "response-content-type"), String(item, "response-content-disposition"), String(item, "response-cache-control"));
        }

        await request.JsonAsync(new JsonObject { ["results"] = results }).ConfigureAwait(false);
    }

    private JsonObject DownloadResult(OssObject stored, int minutes, string? contentType, string? contentDisposition, string? cacheControl)
    {
        var expires = (_context.Now + TimeSpan.FromMinutes(minutes)).ToUnixTimeSeconds();
        var signature = _context.Signer.Sign(UrlSigner.DownloadCanonical(stored.BucketKey, stored.ObjectKey, expires, contentType, contentDisposition, cacheControl));
        var url = new StringBuilder(_context.BaseUrl).Append("/__s3/objects/").Append(Uri.EscapeDataString(stored.BucketKey))
            .Append('/').Append(Uri.EscapeDataString(stored.ObjectKey)).Append('?');
        AppendQuery(url, "response-content-type", contentType);
        AppendQuery(url, "response-content-disposition", contentDisposition);
        AppendQuery(url, "response-cache-control", cacheControl);
        url.Append("Expires=").Append(expires.ToString(CultureInfo.InvariantCulture)).Append("&Signature=").Append(signature);

        var parameters = new JsonObject { ["content-type"] = contentType ?? stored.ContentType };
        if ((contentDisposition ?? stored.Metadata.ContentDisposition) is { } disposition)
        {
            parameters["content-disposition"] = disposition;
        }

        if ((cacheControl ?? stored.Metadata.CacheControl) is { } cache)
        {
            parameters["cache-control"] = cache;
        }

        return new JsonObject
        {
            ["status"] = "complete",
            ["url"] = url.ToString(),
            ["params"] = parameters,
            ["size"] = stored.Content.Length,
            ["sha1"] = stored.Content.Sha1,
        };
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private static void AddIfSet(JsonObject body, string name, string? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }
    }

    private static void AppendQuery(StringBuilder url, string name, string? value)
    {
        if (value is not null)
        {
            url.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }
    }

    private static async Task<List<JsonObject>> ReadBatchAsync(EmulatorRequest request)
    {
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        if (body["requests"] is not JsonArray requests || requests.Count == 0)
        {
            throw EmulatorError.Reason(400, "The body needs a non-empty 'requests' array.");
        }

        if (requests.Count > MaxBatch)
        {
            throw EmulatorError.Reason(400, $"A batch holds at most {MaxBatch} objects; {requests.Count} were sent.");
        }

        return [.. requests.Select(r => r as JsonObject ?? throw EmulatorError.Reason(400, "Each request must be a JSON object."))];
    }

    private static ObjectMetadata Metadata(string? contentType, string? contentDisposition, string? contentEncoding, string? cacheControl, string? userDefined)
    {
        if (userDefined is not null)
        {
            JsonNode? parsed = null;
            try
            {
                parsed = JsonNode.Parse(userDefined);
            }
            catch (JsonException)
            {
                // reported below
            }

            if (parsed is not JsonObject || Encoding.UTF8.GetByteCount(userDefined) >= 100)
            {
                throw EmulatorError.Reason(400, "x-ads-user-defined-metadata must be a JSON object of less than 100 bytes.");
            }
        }

        return new ObjectMetadata(contentType, contentDisposition, contentEncoding, cacheControl, userDefined);
    }

    private static string? String(JsonObject item, string name)
        => item[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static int? Int(JsonObject item, string name)
        => item[name] is JsonValue value && Long(value) is { } number && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    private static long? Long(JsonValue value)
    {
        if (value.TryGetValue<long>(out var number))
        {
            return number;
        }

        if (value.GetValueKind() == JsonValueKind.String && long.TryParse(value.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        if (value.GetValueKind() == JsonValueKind.Number)
        {
            return value.GetValue<JsonElement>().TryGetInt64(out var fromElement) ? fromElement : null;
        }

        throw EmulatorError.Reason(400, "A number was expected.");
    }
}
