using Aps.Sdk.Core.Errors;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// A derivative's download URL and the CloudFront signed cookies that must go with it (<c>signedcookies</c>). The
/// cookies are credentials: <see cref="ToString"/> never shows them, nor the URL's query.
/// </summary>
public sealed class ModelDerivativeSignedDownload
{
    internal ModelDerivativeSignedDownload(Uri url, IReadOnlyDictionary<string, string> cookies, long? size, string? eTag, string? contentType, DateTimeOffset? expiresAt)
    {
        Url = url;
        Cookies = cookies;
        Size = size;
        ETag = eTag;
        ContentType = contentType;
        ExpiresAt = expiresAt;
    }

    /// <summary>Gets the download URL (byte ranges are allowed on it).</summary>
    public Uri Url { get; }

    /// <summary>Gets the signed cookies (name → value) to send with every request to <see cref="Url"/>, as one <c>Cookie</c> header.</summary>
    public IReadOnlyDictionary<string, string> Cookies { get; }

    /// <summary>Gets the size of the file in bytes, when APS says.</summary>
    public long? Size { get; }

    /// <summary>Gets the entity tag of the file, when APS says.</summary>
    public string? ETag { get; }

    /// <summary>Gets the content type of the file, when APS says.</summary>
    public string? ContentType { get; }

    /// <summary>Gets when the cookies expire (from the 13-digit <c>expiration</c>), when APS says.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Gets the <c>Cookie</c> header value: <c>name=value; name=value</c>.</summary>
    /// <returns>The header value.</returns>
    public string GetCookieHeader() => string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value));

    /// <summary>Describes the download without its credentials.</summary>
    /// <returns>The URL (query redacted), size and cookie names.</returns>
    public override string ToString()
        => $"{ApsRedaction.RedactUri(Url)} ({(Size is { } s ? s + " bytes" : "size unknown")}, cookies: {string.Join(", ", Cookies.Keys)})";
}

/// <summary>A derivative being downloaded: the response stream and what is known of the file. Dispose it.</summary>
public sealed class ModelDerivativeDownload : IDisposable
{
    private readonly HttpResponseMessage _response;

    internal ModelDerivativeDownload(HttpResponseMessage response, Stream content)
    {
        _response = response;
        Content = content;
        Length = response.Content.Headers.ContentLength;
        ContentType = response.Content.Headers.ContentType?.ToString();
        ETag = response.Headers.ETag?.ToString();
        StatusCode = (int)response.StatusCode;
    }

    /// <summary>Gets the bytes; read them once.</summary>
    public Stream Content { get; }

    /// <summary>Gets the number of bytes of <see cref="Content"/>, when known.</summary>
    public long? Length { get; }

    /// <summary>Gets the content type.</summary>
    public string? ContentType { get; }

    /// <summary>Gets the entity tag.</summary>
    public string? ETag { get; }

    /// <summary>Gets the HTTP status: 200, or 206 for a byte range.</summary>
    public int StatusCode { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }
}

/// <summary>What the HEAD check of a derivative says (size and type), to plan a download.</summary>
public sealed class ModelDerivativeDerivativeInfo
{
    internal ModelDerivativeDerivativeInfo(long? contentLength, string? contentType, IReadOnlyDictionary<string, string> headers)
    {
        ContentLength = contentLength;
        ContentType = contentType;
        Headers = headers;
    }

    /// <summary>Gets the size of the derivative in bytes.</summary>
    public long? ContentLength { get; }

    /// <summary>Gets the content type.</summary>
    public string? ContentType { get; }

    /// <summary>Gets every response header (<c>x-ads-*</c> included), by name.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }
}

/// <summary>A thumbnail of a source design: PNG bytes and the <c>x-ads-*</c> headers. Dispose it.</summary>
public sealed class ModelDerivativeThumbnail : IDisposable
{
    private readonly HttpResponseMessage _response;

    internal ModelDerivativeThumbnail(HttpResponseMessage response, Stream content)
    {
        _response = response;
        Content = content;
        ContentType = response.Content.Headers.ContentType?.MediaType;
        Length = response.Content.Headers.ContentLength;
        Name = Header(response, "x-ads-name");
        Size = Header(response, "x-ads-size");
        Role = Header(response, "x-ads-role");
        JobStatus = Header(response, "x-ads-job-status");
    }

    /// <summary>Gets the image bytes.</summary>
    public Stream Content { get; }

    /// <summary>Gets the content type, <c>image/png</c>.</summary>
    public string? ContentType { get; }

    /// <summary>Gets the number of bytes, when known.</summary>
    public long? Length { get; }

    /// <summary>Gets the file name (<c>x-ads-name</c>).</summary>
    public string? Name { get; }

    /// <summary>Gets the size (<c>x-ads-size</c>), for example <c>[200,200]</c>.</summary>
    public string? Size { get; }

    /// <summary>Gets the source (<c>x-ads-role</c>): <c>rendered</c> or <c>extracted</c>.</summary>
    public string? Role { get; }

    /// <summary>Gets the translation status (<c>x-ads-job-status</c>): inprogress, success, failed, timedout.</summary>
    public string? JobStatus { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}
