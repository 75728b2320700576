using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

public partial class OssClient
{
    /// <summary>
    /// Creates an OSS signed URL for an object: it downloads or replaces the object without APS credentials, from any
    /// application, until it expires. Use <see cref="OssSignedResource.Hash"/> with the <c>…SignedResource…</c>
    /// operations. Only the application that owns the bucket may call it.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object; any text, sent as one path segment.</param>
    /// <param name="options">Access, expiry, single use, CDN.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The signed URL (a secret).</returns>
    /// <exception cref="ArgumentException">A key or an option is invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-signed-POST/">APS reference</see>.</remarks>
    public virtual Task<OssSignedResource> CreateSignedResourceAsync(string bucketKey, string objectKey, OssCreateSignedResourceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        ValidateObjectKey(objectKey);

        // oss.yaml's create_signed_resource gives 1-60 minutes (default 2), as for the S3 URLs; the SDK checks that range.
        CheckMinutes(options?.MinutesExpiration);
        var query = new QueryBuilder()
            .Add("access", options?.Access is { IsEmpty: false } access ? access.Value : null)
            .Add("useCdn", options?.UseCdn);
        var request = _pipeline.CreateRequest(SignedResourceSpecs.Create, options, [bucketKey, objectKey], query);

        // The body is optional in oss.yaml; an empty object is sent when neither field is set.
        var body = new OssCreateSignedResourceBody { MinutesExpiration = options?.MinutesExpiration, SingleUse = options?.SingleUse };
        ApsPipeline.SetJsonBody(request, body, ApsJsonContext.Default.OssCreateSignedResourceBody);
        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssSignedResource, options, cancellationToken);
    }

    /// <summary>
    /// Downloads an object through an OSS signed URL. The body is streamed from the network as it is read: dispose
    /// the stream to release the connection. With <see cref="OssDownloadSignedResourceOptions.RangeStart"/> only a
    /// range is returned (206, see <see cref="ApsResponseStream.ContentRange"/>); with a condition, an unchanged
    /// object gives an empty stream whose <see cref="ApsResponseStream.IsNotModified"/> is <see langword="true"/>.
    /// </summary>
    /// <param name="hash">The <c>{hash}</c> of the signed URL (<see cref="OssSignedResource.Hash"/>). It is a secret and never appears in messages or logs.</param>
    /// <param name="options">Range, response headers, region (the <c>region</c> query parameter), conditions.</param>
    /// <param name="cancellationToken">Cancels the call (the body's reads take their own token).</param>
    /// <returns>The body stream with the response's status and content headers.</returns>
    /// <exception cref="ArgumentException">The hash or an option is invalid.</exception>
    /// <exception cref="ApsException">OSS refused (for example 404, or 416 for a range beyond the object).</exception>
    /// <remarks>
    /// The SDK's HTTP handler accepts gzip; OSS may then ignore the end of a range (000:L2749).
    /// <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/signedresources-:id-GET/">APS reference</see>.
    /// </remarks>
    public virtual async Task<ApsResponseStream> DownloadSignedResourceAsync(string hash, OssDownloadSignedResourceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateHash(hash);
        if (options?.RangeEnd is not null && options.RangeStart is null)
        {
            throw new ArgumentException("RangeEnd needs RangeStart: OSS takes ranges of the form bytes=start-end.", nameof(options));
        }

        if (options?.RangeStart is < 0 || options?.RangeEnd < options?.RangeStart)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The range must start at 0 or later and end at or after its start.");
        }

        var query = new QueryBuilder()
            .Add("response-content-disposition", options?.ResponseContentDisposition)
            .Add("response-content-type", options?.ResponseContentType);
        var request = _pipeline.CreateRequest(SignedResourceSpecs.Download, options, [hash], query);
        if (options?.RangeStart is { } start)
        {
            request.Headers.Range = new RangeHeaderValue(start, options.RangeEnd);
        }

        HttpResponseMessage? response = null;
        try
        {
            using (request)
            {
                response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
            }

            if (response.StatusCode != HttpStatusCode.NotModified)
            {
                await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
            }

            var body = response.StatusCode == HttpStatusCode.NotModified
                ? Stream.Null
                : await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var stream = new ApsResponseStream(response, body);
            response = null;
            return stream;
        }
        finally
        {
            response?.Dispose();
        }
    }

    /// <summary>
    /// Replaces an object through an OSS signed URL created with write or read-write access. The bytes are sent raw
    /// (oss.yaml declares a form body; the service takes the object's bytes, see endpoints.md 2.4). The stream is read
    /// from its current position and is not disposed.
    /// </summary>
    /// <param name="hash">The <c>{hash}</c> of the signed URL (<see cref="OssSignedResource.Hash"/>); a secret.</param>
    /// <param name="content">The new content.</param>
    /// <param name="options">Content type and disposition, length (required for a stream that cannot seek), <c>If-Match</c> SHA-1, region (<c>x-ads-region</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The object.</returns>
    /// <exception cref="ArgumentException">The hash or an option is invalid, or the length is unknown.</exception>
    /// <exception cref="ApsException">OSS refused (412 when <see cref="OssUploadSignedResourceOptions.IfMatch"/> no longer matches).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/signedresources-:id-PUT/">APS reference</see>.</remarks>
    public virtual Task<OssObjectDetails> UploadSignedResourceAsync(string hash, Stream content, OssUploadSignedResourceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateHash(hash);
        ArgumentNullException.ThrowIfNull(content);
        var length = BodyLength(content, options?.ContentLength);
        var request = _pipeline.CreateRequest(SignedResourceSpecs.Upload, options, [hash]);
        try
        {
            SetRawBody(request, content, length, options?.ContentType, options?.ContentDisposition);
            if (options?.IfMatch is { } sha1)
            {
                CheckHeaderValue(sha1, nameof(options.IfMatch));
                request.Headers.TryAddWithoutValidation("If-Match", sha1);
            }
        }
        catch
        {
            request.Dispose();
            throw;
        }

        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssObjectDetails, options, cancellationToken);
    }

    /// <summary>
    /// Uploads one chunk of an object through an OSS signed URL (resumable upload). Send the chunks with the same
    /// <paramref name="sessionId"/>; OSS answers 202 while it expects more and 200 once the object is complete
    /// (<see cref="OssSignedResourceChunkResult.IsComplete"/>). The stream is read from its current position and is
    /// not disposed.
    /// </summary>
    /// <param name="hash">The <c>{hash}</c> of the signed URL (<see cref="OssSignedResource.Hash"/>); a secret.</param>
    /// <param name="chunk">The chunk's bytes (the rest of the stream, or <see cref="OssUploadSignedResourceChunkOptions.ContentLength"/> bytes).</param>
    /// <param name="rangeStart">The offset of the chunk's first byte in the object.</param>
    /// <param name="totalLength">The size of the whole object.</param>
    /// <param name="sessionId">The id of the upload session (the <c>Session-Id</c> header), the same for every chunk.</param>
    /// <param name="options">Content type and disposition, chunk length, region (<c>x-ads-region</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the object is complete, with its details when it is.</returns>
    /// <exception cref="ArgumentException">An argument is invalid, or the chunk does not fit in the object.</exception>
    /// <exception cref="ApsException">OSS refused (416 for a bad range).</exception>
    /// <remarks>
    /// oss.yaml describes <c>Content-Range</c> as <c>bytes=start-end</c>, but its pattern (<c>^bytes [0-9]+\-[0-9]+\/[0-9]+$</c>)
    /// and curl example (<c>bytes 0-0/10</c>) use the standard <c>bytes start-end/total</c>, which the SDK sends.
    /// <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/signedresources-:id-resumable-PUT/">APS reference</see>.
    /// </remarks>
    public virtual async Task<OssSignedResourceChunkResult> UploadSignedResourceChunkAsync(string hash, Stream chunk, long rangeStart, long totalLength, string sessionId, OssUploadSignedResourceChunkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateHash(hash);
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        CheckHeaderValue(sessionId, nameof(sessionId));
        ArgumentOutOfRangeException.ThrowIfNegative(rangeStart);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalLength);
        var length = BodyLength(chunk, options?.ContentLength);
        if (length == 0 || rangeStart + length > totalLength)
        {
            throw new ArgumentException($"A chunk of {length} bytes at offset {rangeStart} does not fit in an object of {totalLength} bytes.", nameof(chunk));
        }

        var request = _pipeline.CreateRequest(SignedResourceSpecs.UploadChunk, options, [hash]);
        HttpResponseMessage? response = null;
        try
        {
            SetRawBody(request, chunk, length, options?.ContentType, options?.ContentDisposition);
            request.Content!.Headers.ContentRange = new ContentRangeHeaderValue(rangeStart, rangeStart + length - 1, totalLength);
            request.Headers.TryAddWithoutValidation("Session-Id", sessionId);
            response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
            await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return new OssSignedResourceChunkResult(202, null, await ReadResultMessageAsync(response, cancellationToken).ConfigureAwait(false));
            }

            var details = response.Content.Headers.ContentLength == 0
                ? null
                : await ApsPipeline.ReadJsonAsync(response, ApsJsonContext.Default.OssObjectDetails, cancellationToken).ConfigureAwait(false);
            return new OssSignedResourceChunkResult((int)response.StatusCode, details);
        }
        finally
        {
            response?.Dispose();
            request.Dispose();
        }
    }

    /// <summary>Deletes an object through an OSS signed URL. Only the application that owns the bucket may call it.</summary>
    /// <param name="hash">The <c>{hash}</c> of the signed URL (<see cref="OssSignedResource.Hash"/>); a secret.</param>
    /// <param name="options">Region (<c>x-ads-region</c>) and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the object is deleted.</returns>
    /// <exception cref="ArgumentException">The hash is invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/signedresources-:id-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteSignedResourceAsync(string hash, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateHash(hash);
        var request = _pipeline.CreateRequest(SignedResourceSpecs.Delete, options, [hash]);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    /// <summary>Checks a signed-resource hash without ever putting it in a message.</summary>
    private static void ValidateHash(string? hash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        if (hash.Contains("://", StringComparison.Ordinal) || hash.Contains('/', StringComparison.Ordinal) || hash.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "Pass the {hash} of the signed URL (OssSignedResource.Hash), not the URL itself.",
                nameof(hash));
        }
    }

    private static long BodyLength(Stream content, long? length)
    {
        if (!content.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(content));
        }

        if (length is { } given)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(given, nameof(length));
            if (content.CanSeek && given > content.Length - content.Position)
            {
                throw new ArgumentException($"The stream holds {content.Length - content.Position} bytes from its position, fewer than the {given} to send.", nameof(content));
            }

            return given;
        }

        return content.CanSeek
            ? content.Length - content.Position
            : throw new ArgumentException("OSS requires Content-Length: set ContentLength in the options for a stream that cannot seek.", nameof(content));
    }

    /// <summary>A raw byte body (never form-encoded) with its length, type and disposition.</summary>
    private static void SetRawBody(HttpRequestMessage request, Stream content, long length, string? contentType, string? contentDisposition)
    {
        MediaTypeHeaderValue type;
        try
        {
            type = MediaTypeHeaderValue.Parse(contentType ?? "application/octet-stream");
        }
        catch (FormatException ex)
        {
            throw new ArgumentException($"'{contentType}' is not a valid Content-Type.", nameof(contentType), ex);
        }

        if (string.Equals(type.MediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("OSS takes any Content-Type but multipart/form-data for signed-resource uploads.", nameof(contentType));
        }

        ApsPipeline.SetStreamBody(request, new OssStreamWindow(content, length), null, length);
        request.Content!.Headers.ContentType = type;
        if (contentDisposition is not null)
        {
            CheckHeaderValue(contentDisposition, nameof(contentDisposition));
            request.Content.Headers.TryAddWithoutValidation("Content-Disposition", contentDisposition);
        }
    }

    private static void CheckHeaderValue(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(c => c is '\r' or '\n' or '\0'))
        {
            throw new ArgumentException($"{name} must not be empty or contain line breaks.", name);
        }
    }

    /// <summary>Reads the <c>result</c> of a 202 body, if the body is JSON with one.</summary>
    private static async Task<string?> ReadResultMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("result", out var result)
                ? result.ValueKind == JsonValueKind.String ? result.GetString() : result.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The signed-resource operations (nested: see <see cref="BucketSpecs"/>).</summary>
    private static class SignedResourceSpecs
    {
        internal static readonly OperationSpec Create = Spec("CreateSignedResource", HttpMethod.Post, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/signed", DataWrite);

        // Scopes are oss.yaml's (data:read; data:write for PUT and DELETE), although its curl examples for GET and PUT
        // send no Authorization header: a signed URL works for any application.
        internal static readonly OperationSpec Download = new(Area, "DownloadSignedResource", HttpMethod.Get, "/oss/v2/signedresources/{hash}")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.RegionQuery,
            AllowedRegions = OssRegions,
        };

        internal static readonly OperationSpec Upload = new(Area, "UploadSignedResource", HttpMethod.Put, "/oss/v2/signedresources/{hash}")
        {
            Scopes = DataWrite,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.XAdsRegionHeader,
            AllowedRegions = OssRegions,
        };

        internal static readonly OperationSpec UploadChunk = new(Area, "UploadSignedResourceChunk", HttpMethod.Put, "/oss/v2/signedresources/{hash}/resumable")
        {
            Scopes = DataWrite,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.XAdsRegionHeader,
            AllowedRegions = OssRegions,
        };

        internal static readonly OperationSpec Delete = new(Area, "DeleteSignedResource", HttpMethod.Delete, "/oss/v2/signedresources/{hash}")
        {
            Scopes = DataWrite,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.XAdsRegionHeader,
            AllowedRegions = OssRegions,
        };
    }
}
