
namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>
/// The emulated S3 behind signed URLs: <c>PUT /__s3/upload/{uploadKey}/{partNumber}</c> stores a part and answers
/// its <c>ETag</c> (quoted MD5); <c>GET|HEAD /__s3/objects/{bucketKey}/{objectKey}</c> serves an object with ranges.
/// Both check the URL's signature and expiry (emulator clock) and answer S3-style XML errors. No bearer token.
/// </summary>
internal sealed class FakeS3Module : IEmulatorModule
{
    private readonly EmulatorContext _context;

    public FakeS3Module(EmulatorContext context)
    {
        _context = context;
    }

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapPut("/__s3/upload/{uploadKey}/{partNumber}", PutPartAsync).Anonymous().Transfer();
        routes.MapGet("/__s3/objects/{bucketKey}/{objectKey}", GetObjectAsync).Anonymous().Transfer();
    }

    private async Task PutPartAsync(EmulatorRequest request)
    {
        var uploadKey = request["uploadKey"];
        if (!int.TryParse(request["partNumber"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var partNumber) || partNumber is < 1 or > 10_000)
        {
            throw EmulatorError.S3(400, "InvalidArgument", "Part number must be an integer between 1 and 10000.");
        }

        var expires = CheckExpiry(request);
        if (!_context.Signer.Verify(UrlSigner.UploadCanonical(uploadKey, partNumber, expires), request.Query("Signature")))
        {
            throw SignatureMismatch();
        }

        if (_context.Oss.FindUpload(uploadKey) is null)
        {
            throw NoSuchUpload();
        }

        if (request.Request.ContentLength is not { } length)
        {
            throw EmulatorError.S3(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
        }

        var content = await _context.Blobs.ReadAsync(request.Request.Body, length, computeSha1: false, request.Aborted).ConfigureAwait(false);
        if (!_context.Oss.PutPart(uploadKey, partNumber, content))
        {
            throw NoSuchUpload();
        }

        request.Response.Headers.ETag = "\"" + content.ETag + "\"";
        await request.EmptyAsync().ConfigureAwait(false);
    }

    private async Task GetObjectAsync(EmulatorRequest request)
    {
        var bucketKey = request["bucketKey"];
        var objectKey = request["objectKey"];
        var expires = CheckExpiry(request);
        var contentType = request.Query("response-content-type");
        var contentDisposition = request.Query("response-content-disposition");
        var cacheControl = request.Query("response-cache-control");
        if (!_context.Signer.Verify(UrlSigner.DownloadCanonical(bucketKey, objectKey, expires, contentType, contentDisposition, cacheControl), request.Query("Signature")))
        {
            throw SignatureMismatch();
        }

        var stored = _context.Oss.FindObject(bucketKey, objectKey)
            ?? throw EmulatorError.S3(404, "NoSuchKey", "The specified key does not exist.");
        _context.Oss.Touch(stored);
        var headers = new BlobResponder.ContentHeaders(
            contentType ?? stored.ContentType,
            contentDisposition ?? stored.Metadata.ContentDisposition,
            cacheControl ?? stored.Metadata.CacheControl,
            stored.Metadata.ContentEncoding,
            stored.Content.ETag,
            stored.LastModifiedDate);
        await BlobResponder.ServeAsync(request.Http, stored.Content, headers, () => EmulatorError.S3(416, "InvalidRange", "The requested range is not satisfiable")).ConfigureAwait(false);
    }

    /// <summary>Reads <c>Expires</c> and refuses an expired URL (403 AccessDenied, as S3).</summary>
    private long CheckExpiry(EmulatorRequest request)
    {
        if (!long.TryParse(request.Query("Expires"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expires))
        {
            throw EmulatorError.S3(403, "AccessDenied", "Query-string authentication requires the Signature and Expires parameters.");
        }

        if (_context.Now.ToUnixTimeSeconds() > expires)
        {
            throw EmulatorError.S3(403, "AccessDenied", "Request has expired");
        }

        return expires;
    }

    private static EmulatorError SignatureMismatch()
        => EmulatorError.S3(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");

    private static EmulatorError NoSuchUpload()
        => EmulatorError.S3(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.");
}
