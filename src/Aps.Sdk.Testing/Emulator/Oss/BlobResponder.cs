using System.Globalization;
using Aps.Sdk.Testing.Emulator.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>Serves object content with single byte ranges (206, 416), conditional headers and response overrides.</summary>
internal static class BlobResponder
{
    /// <summary>Header values to send with the content.</summary>
    internal sealed record ContentHeaders(string ContentType, string? ContentDisposition, string? CacheControl, string? ContentEncoding, string ETag, DateTimeOffset LastModified);

    /// <summary>Writes the whole content or the requested range; <paramref name="unsatisfiable"/> makes the 416 error.</summary>
    public static async Task ServeAsync(HttpContext http, Blob content, ContentHeaders headers, Func<EmulatorError> unsatisfiable)
    {
        var response = http.Response;
        var length = content.Length;
        long start = 0;
        var count = length;
        var status = 200;
        var range = ParseRange(http.Request.Headers.Range.ToString(), length, out var satisfiable);
        if (!satisfiable)
        {
            throw unsatisfiable().WithHeader("Content-Range", "bytes */" + length.ToString(CultureInfo.InvariantCulture));
        }

        if (range is { } r)
        {
            (start, count) = r;
            status = 206;
            response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes {start}-{start + count - 1}/{length}");
        }

        response.StatusCode = status;
        response.ContentType = headers.ContentType;
        response.ContentLength = count;
        response.Headers.AcceptRanges = "bytes";
        response.Headers.ETag = "\"" + headers.ETag + "\"";
        response.Headers.LastModified = headers.LastModified.ToString("R", CultureInfo.InvariantCulture);
        if (headers.ContentDisposition is not null)
        {
            response.Headers.ContentDisposition = headers.ContentDisposition;
        }

        if (headers.CacheControl is not null)
        {
            response.Headers.CacheControl = headers.CacheControl;
        }

        if (headers.ContentEncoding is not null)
        {
            response.Headers.ContentEncoding = headers.ContentEncoding;
        }

        if (HttpMethods.IsHead(http.Request.Method) || count == 0)
        {
            return;
        }

        await content.CopyRangeToAsync(response.Body, start, count, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a single <c>bytes=</c> range. Returns <see langword="null"/> for no range, a malformed one or several
    /// ranges (the whole content is served, as S3 does); <paramref name="satisfiable"/> is false when it starts past
    /// the end.
    /// </summary>
    internal static (long Start, long Count)? ParseRange(string header, long length, out bool satisfiable)
    {
        satisfiable = true;
        if (string.IsNullOrWhiteSpace(header) || !RangeHeaderValue.TryParse(header, out var parsed)
            || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || parsed.Ranges.Count != 1)
        {
            return null;
        }

        var item = parsed.Ranges.First();
        long start;
        long end;
        if (item.From is { } from)
        {
            if (from >= length)
            {
                satisfiable = false;
                return null;
            }

            start = from;
            end = item.To is { } to ? Math.Min(to, length - 1) : length - 1;
            if (end < start)
            {
                return null;
            }
        }
        else if (item.To is { } suffix)
        {
            if (suffix == 0 || length == 0)
            {
                satisfiable = false;
                return null;
            }

            start = Math.Max(0, length - suffix);
            end = length - 1;
        }
        else
        {
            return null;
        }

        return (start, end - start + 1);
    }
}
