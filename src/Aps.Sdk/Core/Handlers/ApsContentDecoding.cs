using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// Compressed API answers, handled by the <c>Aps</c> chain rather than by <see cref="SocketsHttpHandler.AutomaticDecompression"/>:
/// the request asks for <c>gzip, br</c> with one preformatted header, and an answer encoded with one of them gets a
/// content that decodes while it is read (the same bytes a decompressing primary handler would hand back, under any
/// primary handler).
/// </summary>
/// <remarks>
/// Why not <see cref="SocketsHttpHandler.AutomaticDecompression"/>: it adds three parsed <c>Accept-Encoding</c> values to
/// every request and runs one more <c>async</c> layer per call, about 0.45 KB and a few percent of a loopback call
/// (docs/performance.md, design note 014); here a call whose answer is not compressed costs one header lookup. <c>deflate</c> is not asked
/// for: servers disagree on what it means (zlib or raw), and gzip and Brotli are what web servers and CDNs send.
/// </remarks>
internal static class ApsContentDecoding
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "Accept-Encoding";

    /// <summary>What the <c>Aps</c> chain asks for.</summary>
    public const string Accepted = "gzip, br";

    /// <summary>Asks for compressed answers unless the request already says what it accepts (a byte range asks for identity).</summary>
    public static void Request(HttpRequestMessage request)
    {
        if (!request.Headers.NonValidated.Contains(HeaderName))
        {
            request.Headers.TryAddWithoutValidation(HeaderName, Accepted);
        }
    }

    /// <summary>
    /// Gives <paramref name="response"/> a decoding content when its body is gzip or Brotli; anything else (no encoding,
    /// identity, an encoding not asked for, several layered encodings) is left as it came.
    /// </summary>
    public static HttpResponseMessage Decode(HttpResponseMessage response)
    {
        var content = response.Content;
        if (!content.Headers.NonValidated.TryGetValues("Content-Encoding", out var values)
            || response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotModified
            || response.RequestMessage?.Method == HttpMethod.Head
            || content.Headers.NonValidated.TryGetValues("Content-Length", out var length) && length.ToString() == "0")
        {
            return response;
        }

        var encoding = Single(values);
        var kind = encoding switch
        {
            _ when encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || encoding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase) => Encoding.Gzip,
            _ when encoding.Equals("br", StringComparison.OrdinalIgnoreCase) => Encoding.Brotli,
            _ => Encoding.None,
        };
        if (kind != Encoding.None)
        {
            response.Content = new DecodingContent(content, kind);
        }

        return response;
    }

    /// <summary>The one encoding of the header, or an empty string when there are none or several.</summary>
    private static string Single(HeaderStringValues values)
    {
        var found = string.Empty;
        var count = 0;
        foreach (var value in values)
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (part.Equals("identity", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                found = part;
                count++;
            }
        }

        return count == 1 ? found : string.Empty;
    }

    private enum Encoding
    {
        None,
        Gzip,
        Brotli,
    }

    /// <summary>The decoded body of an encoded content: its headers without the encoding and the encoded length.</summary>
    private sealed class DecodingContent : HttpContent
    {
        private readonly HttpContent _encoded;
        private readonly Encoding _encoding;

        public DecodingContent(HttpContent encoded, Encoding encoding)
        {
            _encoded = encoded;
            _encoding = encoding;
            foreach (var header in encoded.Headers.NonValidated)
            {
                if (!header.Key.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)
                    && !header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
            => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            var decoded = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (decoded.ConfigureAwait(false))
            {
                await decoded.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            }
        }

        protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
            => Wrap(await _encoded.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));

        protected override Stream CreateContentReadStream(CancellationToken cancellationToken)
            => Wrap(_encoded.ReadAsStream(cancellationToken));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _encoded.Dispose();
            }

            base.Dispose(disposing);
        }

        private Stream Wrap(Stream encoded) => _encoding == Encoding.Gzip
            ? new GZipStream(encoded, CompressionMode.Decompress)
            : new BrotliStream(encoded, CompressionMode.Decompress);
    }
}
