using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;

namespace Aps.Sdk.Tests.Transfers;

/// <summary>One request the fake S3 received (after any interception decided its fate).</summary>
public sealed record S3Call(string Method, Uri Url, int? PartNumber, string? Range, int Generation)
{
    /// <summary>The URL as a string (with its secret query): what the client must never print.</summary>
    public string FullUrl => Url.AbsoluteUri;
}

/// <summary>A signeds3upload GET the fake OSS received.</summary>
public sealed record UrlRequest(int? Parts, int? FirstPart, string? UploadKey, int? MinutesExpiration);

/// <summary>
/// An in-memory OSS + S3, used as the primary handler of a real <see cref="ApsClient"/>: answers
/// <c>signeds3upload</c> (GET and POST) and <c>signeds3download</c> on the APS host, and the part PUTs and ranged GETs
/// of the signed URLs it hands out on <c>fake-s3.test</c>. Thread-safe. Faults are injected with <see cref="Intercept"/>.
/// </summary>
public sealed class FakeOssS3 : HttpMessageHandler
{
    public const string S3Host = "fake-s3.test";
    public const string SignatureMarker = "X-Amz-Signature=SECRETSIG";

    private readonly ConcurrentDictionary<string, Session> _sessions = new();
    private readonly ConcurrentDictionary<string, StoredObject> _objects = new();
    private readonly object _putGate = new();
    private readonly TaskCompletionSource _putsReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _generation;
    private int _inFlightPuts;
    private int _sessionCounter;

    /// <summary>Gets every S3 request, in arrival order.</summary>
    public ConcurrentQueue<S3Call> S3Calls { get; } = new();

    /// <summary>Gets every signeds3upload GET.</summary>
    public ConcurrentQueue<UrlRequest> UrlRequests { get; } = new();

    /// <summary>Gets the JSON bodies of every completion.</summary>
    public ConcurrentQueue<string> CompleteBodies { get; } = new();

    /// <summary>Gets the meta headers of the completions (name: value).</summary>
    public ConcurrentQueue<string> CompleteMetaHeaders { get; } = new();

    /// <summary>Gets S3 requests that carried an Authorization header (must stay empty).</summary>
    public ConcurrentQueue<Uri> S3RequestsWithAuthorization { get; } = new();

    /// <summary>Gets APS requests without an Authorization header (must stay empty).</summary>
    public ConcurrentQueue<Uri> ApsRequestsWithoutAuthorization { get; } = new();

    /// <summary>The Accept-Encoding header of every request (null when absent) and whether it went to S3.</summary>
    public ConcurrentQueue<(bool ToS3, string? AcceptEncoding)> AcceptEncodings { get; } = new();

    /// <summary>Gets the number of signeds3download calls.</summary>
    public int DownloadUrlCalls => Volatile.Read(ref _downloadUrlCalls);

    private int _downloadUrlCalls;

    /// <summary>Gets the number of requests of any kind.</summary>
    public int TotalRequests => Volatile.Read(ref _totalRequests);

    private int _totalRequests;

    /// <summary>Gets the most part PUTs seen in flight at once.</summary>
    public int MaxConcurrentPuts { get; private set; }

    /// <summary>Gets or sets a number of PUTs to hold until that many are in flight at once (0: no gate). Released for good once reached (or after 5 s, so a serial client fails the assertion instead of hanging).</summary>
    public int HoldPutsUntilConcurrent { get; set; }

    /// <summary>Gets or sets a hook run before the fake S3 answers: return a response to answer with it, throw to fail the connection, or null to proceed.</summary>
    public Func<S3Call, CancellationToken, Task<HttpResponseMessage?>>? Intercept { get; set; }

    /// <summary>Gets or sets how signeds3download answers: complete, chunked or fallback.</summary>
    public string DownloadStatus { get; set; } = "complete";

    /// <summary>Gets or sets the chunk size of chunked answers.</summary>
    public int ChunkSize { get; set; } = 3000;

    /// <summary>Gets or sets a SHA-1 to report instead of the real one (empty string: report none).</summary>
    public string? Sha1Override { get; set; }

    /// <summary>Gets or sets an ETag: signeds3download answers 304 when If-None-Match matches it.</summary>
    public string ObjectETag { get; set; } = "\"object-etag-1\"";

    /// <summary>Gets or sets how many completions to refuse (400) before accepting them again.</summary>
    public int FailNextCompletes { get; set; }

    /// <summary>Gets or sets the clock of the URL expirations the fake hands out.</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new ByteArrayContent([]) };

    /// <summary>The S3 error S3 sends for an expired URL: its body quotes the signed query, which must never be echoed.</summary>
    public static HttpResponseMessage Expired(Uri url) => new(HttpStatusCode.Forbidden)
    {
        Content = new StringContent(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message><CanonicalRequest>PUT\n{url.AbsolutePath}\n{url.Query.TrimStart('?')}\nhost:{url.Host}</CanonicalRequest><RequestId>REQ123</RequestId></Error>",
            Encoding.UTF8,
            "application/xml"),
    };

    /// <summary>Stores an object directly (for download tests).</summary>
    public void PutObject(string bucketKey, string objectKey, byte[] data) => _objects[bucketKey + "/" + objectKey] = new StoredObject(data);

    /// <summary>Gets the bytes of an object (null when absent).</summary>
    public byte[]? GetObject(string bucketKey, string objectKey) => _objects.TryGetValue(bucketKey + "/" + objectKey, out var o) ? o.Data : null;

    /// <summary>Gets the part PUTs that reached the storage (not intercepted), per part number.</summary>
    public IReadOnlyList<S3Call> Puts => S3Calls.Where(c => c.Method == "PUT").ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _totalRequests);
        var uri = request.RequestUri!;
        AcceptEncodings.Enqueue((uri.Host == S3Host, request.Headers.TryGetValues("Accept-Encoding", out var accepted) ? string.Join(", ", accepted) : null));
        var response = uri.Host == S3Host
            ? await S3Async(request, uri, cancellationToken)
            : await ApsAsync(request, uri, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }

    private async Task<HttpResponseMessage> ApsAsync(HttpRequestMessage request, Uri uri, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null)
        {
            ApsRequestsWithoutAuthorization.Enqueue(uri);
        }

        // /oss/v2/buckets/{bucket}/objects/{object}/{action}
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 7 || segments[0] != "oss" || segments[2] != "buckets" || segments[4] != "objects")
        {
            return Json(HttpStatusCode.NotFound, """{"reason":"no such route in the fake"}""");
        }

        var bucket = Uri.UnescapeDataString(segments[3]);
        var objectKey = Uri.UnescapeDataString(segments[5]);
        var query = HttpUtility.ParseQueryString(uri.Query);
        return (segments[6], request.Method.Method) switch
        {
            ("signeds3upload", "GET") => SignUpload(bucket, objectKey, query),
            ("signeds3upload", "POST") => await CompleteAsync(bucket, objectKey, request, cancellationToken),
            ("signeds3download", "GET") => SignDownload(bucket, objectKey, request),
            _ => Json(HttpStatusCode.NotFound, """{"reason":"no such route in the fake"}"""),
        };
    }

    private HttpResponseMessage SignUpload(string bucket, string objectKey, System.Collections.Specialized.NameValueCollection query)
    {
        int? Int(string name) => query[name] is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        var parts = Int("parts");
        var firstPart = Int("firstPart");
        var uploadKey = query["uploadKey"];
        UrlRequests.Enqueue(new UrlRequest(parts, firstPart, uploadKey, Int("minutesExpiration")));
        Session session;
        if (uploadKey is null)
        {
            uploadKey = "upload-key-" + Interlocked.Increment(ref _sessionCounter).ToString(CultureInfo.InvariantCulture);
            session = new Session(bucket, objectKey);
            _sessions[uploadKey] = session;
        }
        else if (!_sessions.TryGetValue(uploadKey, out session!) || session.Bucket != bucket || session.ObjectKey != objectKey)
        {
            return Json(HttpStatusCode.NotFound, """{"reason":"Upload key not found"}""");
        }

        var generation = Interlocked.Increment(ref _generation);
        var first = firstPart ?? 1;
        var urls = Enumerable.Range(first, parts ?? 1)
            .Select(n => $"https://{S3Host}/upload/{uploadKey}/{n}?X-Amz-Expires=120&gen={generation}&{SignatureMarker}{generation}x{n}")
            .ToList();
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["uploadKey"] = uploadKey,
            ["urls"] = urls,
            ["urlExpiration"] = Now().AddMinutes(2).ToString("O", CultureInfo.InvariantCulture),
            ["uploadExpiration"] = Now().AddDays(1).ToString("O", CultureInfo.InvariantCulture),
        });
        return Json(HttpStatusCode.OK, body);
    }

    private async Task<HttpResponseMessage> CompleteAsync(string bucket, string objectKey, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        CompleteBodies.Enqueue(body);
        foreach (var header in request.Headers.Where(h => h.Key.StartsWith("x-ads-", StringComparison.OrdinalIgnoreCase)))
        {
            CompleteMetaHeaders.Enqueue(header.Key + ": " + string.Join(",", header.Value));
        }

        if (FailNextCompletes > 0)
        {
            FailNextCompletes--;
            return Json(HttpStatusCode.BadRequest, """{"reason":"refused by the test"}""");
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var uploadKey = root.GetProperty("uploadKey").GetString()!;
        if (!_sessions.TryGetValue(uploadKey, out var session) || session.Bucket != bucket || session.ObjectKey != objectKey)
        {
            return Json(HttpStatusCode.NotFound, """{"reason":"Upload key not found"}""");
        }

        var eTags = root.GetProperty("eTags").EnumerateArray().Select(e => e.GetString()!).ToList();
        var size = root.GetProperty("size").GetInt64();
        using var assembled = new MemoryStream();
        for (var n = 1; n <= eTags.Count; n++)
        {
            if (!session.Parts.TryGetValue(n, out var part))
            {
                return Json(HttpStatusCode.BadRequest, $$"""{"reason":"part {{n}} was never uploaded"}""");
            }

            if (part.ETag != eTags[n - 1])
            {
                return Json(HttpStatusCode.BadRequest, $$"""{"reason":"eTag of part {{n}} does not match"}""");
            }

            assembled.Write(part.Data);
        }

        if (assembled.Length != size)
        {
            return Json(HttpStatusCode.BadRequest, $$"""{"reason":"size {{size}} does not match the {{assembled.Length}} bytes uploaded"}""");
        }

        var data = assembled.ToArray();
        _objects[bucket + "/" + objectKey] = new StoredObject(data);
        _sessions.TryRemove(uploadKey, out _);
        var details = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["bucketKey"] = bucket,
            ["objectKey"] = objectKey,
            ["objectId"] = $"urn:adsk.objects:os.object:{bucket}/{objectKey}",
            ["size"] = data.LongLength,
            ["sha1"] = Sha1Hex(data),
            ["contentType"] = "application/octet-stream",
            ["location"] = $"https://developer.api.autodesk.com/oss/v2/buckets/{bucket}/objects/{objectKey}",
        });
        return Json(HttpStatusCode.OK, details);
    }

    private HttpResponseMessage SignDownload(string bucket, string objectKey, HttpRequestMessage request)
    {
        Interlocked.Increment(ref _downloadUrlCalls);
        if (!_objects.TryGetValue(bucket + "/" + objectKey, out var stored))
        {
            return Json(HttpStatusCode.NotFound, """{"reason":"Object not found"}""");
        }

        if (request.Headers.TryGetValues("If-None-Match", out var match) && match.Contains(ObjectETag))
        {
            var notModified = new HttpResponseMessage(HttpStatusCode.NotModified);
            notModified.Headers.TryAddWithoutValidation("ETag", ObjectETag);
            return notModified;
        }

        var generation = Interlocked.Increment(ref _generation);
        var data = stored.Data;
        var body = new Dictionary<string, object?>
        {
            ["status"] = DownloadStatus,
            ["params"] = new Dictionary<string, string>(),
            ["size"] = data.LongLength,
        };
        var sha1 = Sha1Override ?? Sha1Hex(data);
        if (sha1.Length > 0)
        {
            body["sha1"] = sha1;
        }

        if (DownloadStatus == "chunked")
        {
            var urls = new Dictionary<string, string>();
            for (long start = 0; start < data.Length; start += ChunkSize)
            {
                var end = Math.Min(data.Length, start + ChunkSize) - 1;
                urls[$"{start}-{end}"] = $"https://{S3Host}/chunks/{bucket}/{objectKey}/{start}-{end}?gen={generation}&{SignatureMarker}{generation}";
            }

            body["urls"] = urls;
        }
        else
        {
            body["url"] = $"https://{S3Host}/objects/{bucket}/{objectKey}?gen={generation}&{SignatureMarker}{generation}";
        }

        var response = Json(HttpStatusCode.OK, JsonSerializer.Serialize(body));
        response.Headers.TryAddWithoutValidation("ETag", ObjectETag);
        return response;
    }

    private async Task<HttpResponseMessage> S3Async(HttpRequestMessage request, Uri uri, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is not null || request.Headers.Contains("Authorization"))
        {
            S3RequestsWithAuthorization.Enqueue(uri);
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var query = HttpUtility.ParseQueryString(uri.Query);
        var generation = int.Parse(query["gen"] ?? "0", CultureInfo.InvariantCulture);
        int? partNumber = segments[0] == "upload" ? int.Parse(segments[2], CultureInfo.InvariantCulture) : null;
        var range = request.Headers.Range?.ToString();
        var call = new S3Call(request.Method.Method, uri, partNumber, range, generation);

        if (request.Method == HttpMethod.Put)
        {
            return await PutAsync(call, request, segments, cancellationToken);
        }

        S3Calls.Enqueue(call);
        if (Intercept is { } intercept && await intercept(call, cancellationToken) is { } injected)
        {
            return injected;
        }

        if (request.Method != HttpMethod.Get)
        {
            return Status(HttpStatusCode.MethodNotAllowed);
        }

        byte[] resource;
        if (segments[0] == "objects" && _objects.TryGetValue(segments[1] + "/" + segments[2], out var whole))
        {
            resource = whole.Data;
        }
        else if (segments[0] == "chunks" && _objects.TryGetValue(segments[1] + "/" + segments[2], out var chunked))
        {
            var bounds = segments[3].Split('-').Select(long.Parse).ToArray();
            resource = chunked.Data[(int)bounds[0]..(int)(bounds[1] + 1)];
        }
        else
        {
            return Status(HttpStatusCode.NotFound);
        }

        if (request.Headers.Range is { } header && header.Ranges.Count == 1)
        {
            var r = header.Ranges.Single();
            var from = r.From ?? 0;
            var to = Math.Min(r.To ?? resource.Length - 1, resource.Length - 1);
            if (from >= resource.Length || to < from)
            {
                return Status(HttpStatusCode.RequestedRangeNotSatisfiable);
            }

            var slice = resource[(int)from..(int)(to + 1)];
            var partial = new HttpResponseMessage(HttpStatusCode.PartialContent) { Content = new ByteArrayContent(slice) };
            partial.Content.Headers.ContentRange = new System.Net.Http.Headers.ContentRangeHeaderValue(from, to, resource.Length);
            return partial;
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(resource) };
    }

    private async Task<HttpResponseMessage> PutAsync(S3Call call, HttpRequestMessage request, string[] segments, CancellationToken cancellationToken)
    {
        var inFlight = Interlocked.Increment(ref _inFlightPuts);
        try
        {
            lock (_putGate)
            {
                MaxConcurrentPuts = Math.Max(MaxConcurrentPuts, inFlight);
            }

            if (HoldPutsUntilConcurrent > 0)
            {
                if (inFlight >= HoldPutsUntilConcurrent)
                {
                    _putsReleased.TrySetResult();
                }

                await Task.WhenAny(_putsReleased.Task, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }

            S3Calls.Enqueue(call);
            if (Intercept is { } intercept && await intercept(call, cancellationToken) is { } injected)
            {
                return injected;
            }

            if (segments[0] != "upload" || !_sessions.TryGetValue(segments[1], out var session))
            {
                return Status(HttpStatusCode.NotFound);
            }

            var data = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            var eTag = "\"" + Convert.ToHexString(SHA256.HashData(data))[..32].ToLowerInvariant() + "\"";
            session.Parts[call.PartNumber!.Value] = new StoredPart(data, eTag);
            var response = Status(HttpStatusCode.OK);
            response.Headers.TryAddWithoutValidation("ETag", eTag);
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlightPuts);
        }
    }

    public static string Sha1Hex(byte[] data) => Convert.ToHexString(SHA1.HashData(data)).ToLowerInvariant();

    private static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed record StoredPart(byte[] Data, string ETag);

    private sealed record StoredObject(byte[] Data);

    private sealed class Session(string bucket, string objectKey)
    {
        public string Bucket { get; } = bucket;

        public string ObjectKey { get; } = objectKey;

        public ConcurrentDictionary<int, StoredPart> Parts { get; } = new();
    }
}
