using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Oss;

/// <summary>What one request to a signed URL came to.</summary>
internal enum S3OutcomeKind
{
    /// <summary>Stored (upload) or read in full (download).</summary>
    Success,

    /// <summary>403: the URL expired (or its signature no longer holds); get a fresh one, never send it again.</summary>
    Expired,

    /// <summary>5xx, 408, 429, a dropped or truncated connection, a part timeout: send again after a backoff.</summary>
    Transient,

    /// <summary>Anything else: give up.</summary>
    Fatal,
}

/// <summary>The outcome of one request to a signed URL; <see cref="Error"/> is what to throw if it is the last.</summary>
internal readonly record struct S3Outcome(S3OutcomeKind Kind, string? ETag, Exception? Error)
{
    public static S3Outcome Ok(string? eTag = null) => new(S3OutcomeKind.Success, eTag, null);
}

/// <summary>
/// Requests to pre-signed S3 (or OSS signed) URLs through the <c>Aps.Transfer</c> client: no APS credentials, one
/// attempt each (the transfer manager retries per part). Errors name the host and path only, never the signed query,
/// and never echo the S3 error body (which can quote the canonical request).
/// </summary>
internal static class S3Wire
{
    private const int MaxErrorBody = 8 * 1024;

    /// <summary>PUTs one part and reads its eTag.</summary>
    public static async Task<S3Outcome> PutPartAsync(HttpClient client, string url, ReadOnlyMemory<byte> body, int partNumber, TimeSpan? partTimeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var request = new ApsHttpRequestMessage(HttpMethod.Put, new Uri(url, UriKind.Absolute));
        request.Content = new ReadOnlyMemoryContent(body);
        request.Content.Headers.ContentLength = body.Length;
        Tag(request, "UploadPart");
        var what = $"Upload of part {partNumber} to S3";

        using var timeout = partTimeout is { } limit ? new CancellationTokenSource(limit, time) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                var eTag = response.Headers.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;
                if (string.IsNullOrWhiteSpace(eTag))
                {
                    return new S3Outcome(S3OutcomeKind.Fatal, null, new ApsException($"{what}: S3 answered {status} without an ETag header, which the completion needs ({ApsRedaction.RedactUri(request.RequestUri)})."));
                }

                return S3Outcome.Ok(eTag.Trim());
            }

            return await FailureAsync(response, what, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new S3Outcome(S3OutcomeKind.Transient, null, NoResponse(request, what, $"timed out after {partTimeout}", new TimeoutException("The part timed out.", ex)));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return new S3Outcome(S3OutcomeKind.Transient, null, NoResponse(request, what, Reason(ex), ex));
        }
    }

    /// <summary>
    /// GETs <paramref name="length"/> bytes at <paramref name="start"/> of the URL's resource into <paramref name="buffer"/>.
    /// A 200 (the range ignored) is accepted only when the range is the whole resource.
    /// </summary>
    public static async Task<S3Outcome> GetRangeAsync(HttpClient client, string url, long start, int length, bool wholeResource, Memory<byte> buffer, int partNumber, TimeSpan? partTimeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var request = new ApsHttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Absolute));
        if (length > 0)
        {
            request.Headers.Range = new RangeHeaderValue(start, start + length - 1);
        }

        Tag(request, "DownloadPart");
        var what = $"Download of part {partNumber} from S3";
        using var timeout = partTimeout is { } limit ? new CancellationTokenSource(limit, time) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status == 416 && length == 0)
            {
                return S3Outcome.Ok();
            }

            if (status is not (200 or 206))
            {
                if (status is >= 200 and < 300)
                {
                    return new S3Outcome(S3OutcomeKind.Fatal, null, new ApsException($"{what}: unexpected status {status} ({ApsRedaction.RedactUri(request.RequestUri)})."));
                }

                return await FailureAsync(response, what, token).ConfigureAwait(false);
            }

            if (status == 200 && length > 0 && !wholeResource)
            {
                return new S3Outcome(S3OutcomeKind.Fatal, null, new ApsException($"{what}: the server ignored the Range header and sent the whole resource ({ApsRedaction.RedactUri(request.RequestUri)})."));
            }

            if (response.Content.Headers.ContentLength is { } declared && declared != length)
            {
                return new S3Outcome(S3OutcomeKind.Fatal, null, new ApsException($"{what}: expected {length} bytes, the response declares {declared} ({ApsRedaction.RedactUri(request.RequestUri)}); the object may have changed."));
            }

            var body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var read = 0;
                while (read < length)
                {
                    var n = await body.ReadAsync(buffer[read..length], token).ConfigureAwait(false);
                    if (n == 0)
                    {
                        return new S3Outcome(S3OutcomeKind.Transient, null, NoResponse(request, what, $"the connection closed after {read} of {length} bytes", null));
                    }

                    read += n;
                }

                var probe = new byte[1];
                if (await body.ReadAsync(probe, token).ConfigureAwait(false) != 0)
                {
                    return new S3Outcome(S3OutcomeKind.Fatal, null, new ApsException($"{what}: the response has more than the {length} bytes asked for ({ApsRedaction.RedactUri(request.RequestUri)}); the object may have changed."));
                }
            }

            return S3Outcome.Ok();
        }
        catch (OperationCanceledException ex) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new S3Outcome(S3OutcomeKind.Transient, null, NoResponse(request, what, $"timed out after {partTimeout}", new TimeoutException("The part timed out.", ex)));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return new S3Outcome(S3OutcomeKind.Transient, null, NoResponse(request, what, Reason(ex), ex));
        }
    }

    /// <summary>
    /// Which answers are worth another attempt; 403, and 400 <c>ExpiredToken</c> (the session token signed into the URL
    /// expired), mean a fresh URL.
    /// </summary>
    public static S3OutcomeKind Classify(int status, string? errorCode) => status switch
    {
        403 => S3OutcomeKind.Expired,
        400 when errorCode is "ExpiredToken" or "TokenRefreshRequired" => S3OutcomeKind.Expired,
        408 or 429 => S3OutcomeKind.Transient,
        >= 500 and not 501 and not 505 => S3OutcomeKind.Transient,
        _ => S3OutcomeKind.Fatal,
    };

    private static async Task<S3Outcome> FailureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var error = await CreateErrorAsync(response, what, cancellationToken).ConfigureAwait(false);
        return new S3Outcome(Classify((int)response.StatusCode, error.ErrorCode), null, error);
    }

    /// <summary>
    /// An <see cref="ApsException"/> for an S3 error answer: the status, S3's <c>Code</c> and <c>Message</c>, the request
    /// id, the address without its query. The raw body is not kept: a signature error quotes the canonical request.
    /// </summary>
    public static async Task<ApsException> CreateErrorAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        string? code = null;
        string? message = null;
        try
        {
            var text = await ReadLimitedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            code = XmlElement(text, "Code");
            message = XmlElement(text, "Message");
            if (code is null && message is null && text.Length > 0 && !text.TrimStart().StartsWith('<'))
            {
                message = ApsRedaction.Truncate(text.Trim(), 300);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // The status is the error; a body that cannot be read adds nothing.
        }

        var requestId = response.Headers.TryGetValues("x-amz-request-id", out var ids) ? ids.FirstOrDefault() : null;
        var details = new ApsErrorDetails
        {
            StatusCode = (int)response.StatusCode,
            ErrorCode = code is null ? null : ApsRedaction.RedactText(code),
            Detail = message is null ? null : ApsRedaction.RedactText(message),
            RequestId = requestId,
            Method = response.RequestMessage?.Method.Method,
            RequestUri = ApsRedaction.RedactUri(response.RequestMessage?.RequestUri),
        };
        return (int)response.StatusCode == 429
            ? new ApsRateLimitException(ApsException.Describe(details, what + " failed"), details, null)
            : new ApsException(ApsException.Describe(details, what + " failed"), details);
    }

    /// <summary>An <see cref="ApsException"/> for a request that got no (complete) answer.</summary>
    public static ApsException NoResponse(HttpRequestMessage request, string what, string reason, Exception? inner)
    {
        var details = ApsErrorParser.NoResponse(request, reason);
        return new ApsException(ApsException.Describe(details, what + " failed"), details, inner);
    }

    private static string Reason(Exception ex) => ex is HttpRequestException http
        ? "could not reach the storage: " + http.HttpRequestError
        : "the connection failed: " + ex.GetType().Name;

    private static void Tag(HttpRequestMessage request, string operation)
        => ApsRequestContext.Set(request, new ApsRequestContext { Area = OssClient.Area, OperationName = operation, Idempotent = true });

    private static string? XmlElement(string text, string name)
    {
        var open = text.IndexOf("<" + name + ">", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var start = open + name.Length + 2;
        var close = text.IndexOf("</" + name + ">", start, StringComparison.Ordinal);
        return close < 0 ? null : WebUtility.HtmlDecode(text[start..close]).Trim();
    }

    private static async Task<string> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBody];
            var total = 0;
            while (total < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                total += n;
            }

            return Encoding.UTF8.GetString(buffer, 0, total);
        }
    }
}
