using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aps.Sdk.Testing.Emulator.Storage;
using Microsoft.Net.Http.Headers;

namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>
/// OSS signed resources: create a signed URL for an object, then download (ranges), replace, upload in resumable
/// chunks (202 until complete, then 200) and delete through it. The hash in the URL is the credential: the
/// <c>signedresources</c> routes need no bearer token, as the URLs are made to be shared.
/// </summary>
internal sealed class OssSignedResourcesModule : IEmulatorModule
{
    private readonly EmulatorContext _context;

    public OssSignedResourcesModule(EmulatorContext context)
    {
        _context = context;
    }

    private OssStore Store => _context.Oss;

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapPost("/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signed", CreateAsync).Scopes(EmulatorScopes.DataWrite);
        routes.MapGet("/oss/v2/signedresources/{hash}", DownloadAsync).Anonymous();
        routes.MapPut("/oss/v2/signedresources/{hash}", ReplaceAsync).Anonymous();
        routes.MapDelete("/oss/v2/signedresources/{hash}", DeleteAsync).Anonymous();
        routes.MapPut("/oss/v2/signedresources/{hash}/resumable", UploadChunkAsync).Anonymous();
    }

    private async Task CreateAsync(EmulatorRequest request)
    {
        var access = (request.Query("access") ?? "read").ToLowerInvariant();
        if (access is not ("read" or "write" or "readwrite"))
        {
            throw EmulatorError.Reason(400, $"access must be read, write or readwrite; '{access}' is not.");
        }

        _ = request.QueryBool("useCdn");
        var body = request.Request.ContentLength is 0 ? new JsonObject() : await request.ReadJsonObjectAsync(required: false).ConfigureAwait(false);
        var minutes = 2;
        if (body["minutesExpiration"] is JsonValue minutesValue)
        {
            if (!minutesValue.TryGetValue<int>(out minutes) || minutes is < 1 or > 60)
            {
                throw EmulatorError.Reason(400, "minutesExpiration must be between 1 and 60.");
            }
        }

        var singleUse = body["singleUse"] is JsonValue single && single.GetValueKind() == JsonValueKind.True;
        var resource = Store.CreateSignedResource(
            request["bucketKey"], request["objectKey"], canRead: access != "write", canWrite: access != "read", TimeSpan.FromMinutes(minutes), singleUse);
        await request.JsonAsync(new JsonObject
        {
            ["signedUrl"] = _context.BaseUrl + "/oss/v2/signedresources/" + resource.Hash + "?region=US",
            ["expiration"] = resource.ExpiresOn.ToUnixTimeMilliseconds(),
            ["singleUse"] = singleUse,
        }).ConfigureAwait(false);
    }

    private async Task DownloadAsync(EmulatorRequest request)
    {
        var resource = Store.RequireSignedResource(request["hash"], write: false);
        var stored = Store.RequireObject(resource.BucketKey, resource.ObjectKey);
        if (OssObjectsModule.IfNoneMatch(request, stored.Content.Sha1) || OssObjectsModule.NotModifiedSince(request, stored.LastModifiedDate))
        {
            await request.EmptyAsync(304).ConfigureAwait(false);
            return;
        }

        Store.MarkUsed(resource);
        Store.Touch(stored);
        var headers = new BlobResponder.ContentHeaders(
            request.Query("response-content-type") ?? stored.ContentType,
            request.Query("response-content-disposition") ?? stored.Metadata.ContentDisposition,
            stored.Metadata.CacheControl,
            stored.Metadata.ContentEncoding,
            stored.Content.Sha1,
            stored.LastModifiedDate);
        await BlobResponder.ServeAsync(request.Http, stored.Content, headers, () => EmulatorError.Reason(416, "The requested range is not satisfiable.")).ConfigureAwait(false);
    }

    private async Task ReplaceAsync(EmulatorRequest request)
    {
        var resource = Store.RequireSignedResource(request["hash"], write: true);
        var existing = Store.RequireObject(resource.BucketKey, resource.ObjectKey);
        if (request.Request.ContentLength is not { } length)
        {
            throw EmulatorError.Reason(411, "Content-Length is required.");
        }

        if (request.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw EmulatorError.Reason(400, "Send the raw bytes; multipart/form-data is not accepted.");
        }

        if (request.Header("If-Match") is { } ifMatch && !string.Equals(ifMatch.Trim().Trim('"'), existing.Content.Sha1, StringComparison.OrdinalIgnoreCase))
        {
            throw EmulatorError.Reason(412, "The If-Match value does not match the object's sha1.");
        }

        var content = await _context.Blobs.ReadAsync(request.Request.Body, length, computeSha1: true, request.Aborted).ConfigureAwait(false);
        Store.MarkUsed(resource);
        var stored = Store.PutObject(resource.BucketKey, resource.ObjectKey, content, MetadataFrom(request, existing.Metadata));
        await request.JsonAsync(OssJson.Object(stored, _context.BaseUrl)).ConfigureAwait(false);
    }

    private Task DeleteAsync(EmulatorRequest request)
    {
        var resource = Store.RequireSignedResource(request["hash"], write: true);
        Store.DeleteObject(resource.BucketKey, resource.ObjectKey);
        return request.EmptyAsync();
    }

    private async Task UploadChunkAsync(EmulatorRequest request)
    {
        var resource = Store.RequireSignedResource(request["hash"], write: true);
        var sessionId = request.Header("Session-Id");
        if (string.IsNullOrWhiteSpace(sessionId))
        {
            throw EmulatorError.Reason(400, "The Session-Id header is required.");
        }

        // The spec writes "bytes=<start>-<end>"; the HTTP form is "bytes <start>-<end>/<total>". Accept both.
        var rangeText = request.Header("Content-Range")?.Replace("bytes=", "bytes ", StringComparison.OrdinalIgnoreCase);
        if (rangeText is null || !ContentRangeHeaderValue.TryParse(rangeText, out var range) || range.From is not { } start || range.To is not { } end || range.Length is not { } total)
        {
            throw EmulatorError.Reason(416, "A Content-Range header 'bytes <start>-<end>/<total>' is required.");
        }

        if (end < start || end >= total)
        {
            throw EmulatorError.Reason(416, "The Content-Range is not satisfiable.");
        }

        var chunk = await _context.Blobs.ReadAsync(request.Request.Body, end - start + 1, computeSha1: false, request.Aborted).ConfigureAwait(false);
        if (chunk.Length != end - start + 1)
        {
            throw EmulatorError.Reason(400, string.Create(CultureInfo.InvariantCulture, $"The body has {chunk.Length} bytes but Content-Range announces {end - start + 1}."));
        }

        var complete = Store.AddResumableChunk(resource, sessionId, start, total, chunk);
        if (complete is null)
        {
            request.Response.Headers["Range"] = string.Create(CultureInfo.InvariantCulture, $"bytes={start}-{end}");
            await request.JsonAsync(new JsonObject { ["result"] = "Chunk accepted; upload the remaining chunks." }, 202).ConfigureAwait(false);
            return;
        }

        var existing = Store.RequireObject(resource.BucketKey, resource.ObjectKey);
        var content = await Blob.AssembleAsync(complete, request.Aborted).ConfigureAwait(false);
        Store.MarkUsed(resource);
        var stored = Store.PutObject(resource.BucketKey, resource.ObjectKey, content, MetadataFrom(request, existing.Metadata));
        await request.JsonAsync(OssJson.Object(stored, _context.BaseUrl)).ConfigureAwait(false);
    }

    private static ObjectMetadata MetadataFrom(EmulatorRequest request, ObjectMetadata previous)
        => previous with
        {
            ContentType = request.Request.ContentType ?? previous.ContentType,
            ContentDisposition = request.Header("Content-Disposition") ?? previous.ContentDisposition,
        };
}
