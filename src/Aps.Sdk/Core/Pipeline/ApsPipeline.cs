using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Errors;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Aps.Sdk.Core.Pipeline;

/// <summary>
/// The one place that turns an operation's metadata plus arguments into a request, sends it through the
/// <c>Aps</c> handler chain and turns the answer into a value or an <see cref="ApsException"/>.
/// </summary>
internal sealed class ApsPipeline
{
    internal const string JsonMediaType = "application/json";
    internal const string JsonApiMediaType = "application/vnd.api+json";

    private readonly Func<HttpClient> _client;
    private readonly Func<HttpClient> _transferClient;
    private readonly string _baseAddress;
    private readonly string _userProfileAddress;

    public ApsPipeline(ApsOptions options, Func<HttpClient> client, Func<HttpClient> transferClient, TimeProvider timeProvider)
    {
        Options = options;
        _client = client;
        _transferClient = transferClient;
        Time = timeProvider;
        _baseAddress = options.BaseAddress.AbsoluteUri.TrimEnd('/');
        _userProfileAddress = options.UserProfileAddress.AbsoluteUri.TrimEnd('/');
        DefaultScopes = ApsScopes.Create(options.DefaultScopes ?? ApsScopes.DataRead);
    }

    public ApsOptions Options { get; }

    public TimeProvider Time { get; }

    public ApsScopes DefaultScopes { get; }

    private Lazy<IApsTokenProvider?> _tokenProvider = new(() => null);

    /// <summary>Gets the provider used when a call does not bring its own (resolved on first use, which breaks the
    /// construction cycle provider → authentication client → pipeline).</summary>
    public IApsTokenProvider? TokenProvider => _tokenProvider.Value;

    public void SetTokenProvider(Func<IApsTokenProvider?> factory)
        => _tokenProvider = new Lazy<IApsTokenProvider?>(factory, LazyThreadSafetyMode.ExecutionAndPublication);

    public string BaseAddress => _baseAddress;

    /// <summary>
    /// A pipeline that shares this one's options, HTTP clients (handler chain, resilience state) and clock but whose
    /// default token provider is <paramref name="provider"/>: cheap, for a per-user <see cref="ApsClient"/>
    /// (Aps.Sdk.AspNetCore binds one to the signed-in user's 3-legged provider).
    /// </summary>
    public ApsPipeline WithTokenProvider(IApsTokenProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var pipeline = new ApsPipeline(Options, _client, _transferClient, Time);
        pipeline.SetTokenProvider(() => provider);
        return pipeline;
    }

    /// <summary>Whether <paramref name="uri"/> is on one of the APS hosts this client authenticates to (scheme, host and port).</summary>
    public bool IsApsHost(Uri? uri)
        => uri is { IsAbsoluteUri: true }
           && (SameOrigin(uri, Options.BaseAddress) || SameOrigin(uri, Options.UserProfileAddress));

    private static bool SameOrigin(Uri a, Uri b)
        => string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
           && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
           && a.Port == b.Port;

    public HttpClient TransferClient => _transferClient();

    /// <summary>Builds the request of <paramref name="spec"/> with the path values in template order.</summary>
    public HttpRequestMessage CreateRequest(OperationSpec spec, ApsRequestOptions? options, ReadOnlySpan<string?> pathValues, QueryBuilder? query = null)
    {
        var region = ResolveRegion(spec, options);
        var builder = RentAddressBuilder();
        builder.Append(spec.Host == ApsHost.UserProfile ? _userProfileAddress : _baseAddress);

        if (spec.RegionStyle == RegionStyle.HqLegacyPath && region is { } legacy && legacy == ApsRegion.EMEA)
        {
            var path = new StringBuilder();
            spec.Path.AppendTo(path, pathValues);
            const string hq = "/hq/v1/";
            var text = path.ToString();
            builder.Append(text.StartsWith(hq, StringComparison.Ordinal) ? string.Concat(hq, "regions/eu/", text.AsSpan(hq.Length)) : text);
        }
        else
        {
            spec.Path.AppendTo(builder, pathValues);
        }

        if (spec.RegionStyle == RegionStyle.RegionQuery && region is { } queryRegion)
        {
            query ??= new QueryBuilder();
            query.Set("region", queryRegion.Value);
        }

        query?.AppendTo(builder);
        var address = builder.ToString();
        ReturnAddressBuilder(builder);
        var request = new ApsHttpRequestMessage(spec.Method, new Uri(address, UriKind.Absolute));

        if (region is { } headerRegion)
        {
            if (spec.RegionStyle == RegionStyle.XAdsRegionHeader)
            {
                request.Headers.TryAddWithoutValidation("x-ads-region", headerRegion.Value);
            }
            else if (spec.RegionStyle == RegionStyle.RegionHeader)
            {
                request.Headers.TryAddWithoutValidation(spec.RegionHeaderName, headerRegion.Value);
            }
        }

        ApplyUserId(spec, options, request);
        ApplyConditional(spec, options, request);
        ApplyHeaders(options, request);

        ApsRequestContext.Set(request, new ApsRequestContext
        {
            Spec = spec,
            Area = spec.Area,
            OperationName = spec.Name,
            Scopes = spec.Scopes,
            TokenProvider = options?.TokenProvider ?? TokenProvider,
            Idempotent = spec.Idempotent,
        });
        return request;
    }

    // One address builder per thread, reused by CreateRequest so a call does not allocate a builder and its buffer.
    // A builder that is not returned (an argument exception mid-way) is simply replaced by a new one.
    [ThreadStatic]
    private static StringBuilder? t_addressBuilder;

    private static StringBuilder RentAddressBuilder()
    {
        var builder = t_addressBuilder;
        if (builder is null)
        {
            return new StringBuilder(128);
        }

        t_addressBuilder = null;
        return builder.Clear();
    }

    private static void ReturnAddressBuilder(StringBuilder builder)
    {
        // Keep only ordinary addresses' buffers; a huge query string's buffer is left to the GC.
        if (builder.Capacity <= 1024)
        {
            t_addressBuilder = builder;
        }
    }

    /// <summary>Builds a request to a link APS returned (a next page), resolved against the service base path.</summary>
    public HttpRequestMessage CreateLinkRequest(OperationSpec spec, ApsRequestOptions? options, string link, HttpMethod? method = null)
    {
        var uri = ResolveLink(spec, link);
        var request = new ApsHttpRequestMessage(method ?? spec.Method, uri);
        var region = ResolveRegion(spec, options);
        if (region is { } r)
        {
            if (spec.RegionStyle == RegionStyle.XAdsRegionHeader)
            {
                request.Headers.TryAddWithoutValidation("x-ads-region", r.Value);
            }
            else if (spec.RegionStyle == RegionStyle.RegionHeader)
            {
                request.Headers.TryAddWithoutValidation(spec.RegionHeaderName, r.Value);
            }
        }

        ApplyUserId(spec, options, request);
        ApplyHeaders(options, request);
        ApsRequestContext.Set(request, new ApsRequestContext
        {
            Spec = spec,
            Area = spec.Area,
            OperationName = spec.Name,
            Scopes = spec.Scopes,
            TokenProvider = options?.TokenProvider ?? TokenProvider,
            Idempotent = spec.Idempotent,
        });
        return request;
    }

    /// <summary>
    /// Resolves a link from a response: absolute links are kept (on the APS host only, so a token is never sent
    /// elsewhere); a relative link is resolved against the operation's service base path unless it already starts
    /// with it.
    /// </summary>
    public Uri ResolveLink(OperationSpec spec, string link)
    {
        ArgumentException.ThrowIfNullOrEmpty(link);
        var root = spec.Host == ApsHost.UserProfile ? _userProfileAddress : _baseAddress;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            var expected = new Uri(root);
            if (!string.Equals(absolute.Authority, expected.Authority, StringComparison.OrdinalIgnoreCase))
            {
                throw new ApsException($"{spec.Name}: the next-page link points to another host ({absolute.Host}); the SDK does not send APS credentials there.");
            }

            if (!string.Equals(absolute.Scheme, expected.Scheme, StringComparison.OrdinalIgnoreCase))
            {
                throw new ApsException($"{spec.Name}: the next-page link uses {absolute.Scheme} where APS is reached over {expected.Scheme}; the SDK does not send APS credentials over a downgraded connection.");
            }

            return absolute;
        }

        var relative = link.StartsWith('/') ? link : "/" + link;
        var basePath = spec.ServiceBasePath;
        if (basePath.Length > 0 && !relative.StartsWith(basePath + "/", StringComparison.Ordinal) && !relative.StartsWith(basePath + "?", StringComparison.Ordinal))
        {
            relative = basePath + relative;
        }

        return new Uri(root + relative, UriKind.Absolute);
    }

    private ApsRegion? ResolveRegion(OperationSpec spec, ApsRequestOptions? options)
    {
        if (spec.RegionStyle == RegionStyle.None)
        {
            if (options?.Region is { IsEmpty: false } unwanted)
            {
                throw new ArgumentException(
                    $"{spec.Name} does not take a region (APS routes it by the resource); remove Region '{unwanted}' from the options.",
                    nameof(options));
            }

            return null;
        }

        ApsRegion? region = null;
        if (options?.Region is { IsEmpty: false } explicitRegion)
        {
            region = explicitRegion;
        }
        else if (Options.DefaultRegion is { IsEmpty: false } defaultRegion)
        {
            region = defaultRegion;
        }

        if (region is null && spec.RegionRequired)
        {
            region = ApsRegion.US;
        }

        if (region is { } r && spec.AllowedRegions.Count > 0 && !spec.AllowedRegions.Contains(r))
        {
            throw new ArgumentException(
                $"{spec.Name} accepts the regions {string.Join(", ", spec.AllowedRegions)}; '{r}' is not one of them.",
                nameof(options));
        }

        return region;
    }

    private static void ApplyUserId(OperationSpec spec, ApsRequestOptions? options, HttpRequestMessage request)
    {
        if (options?.UserId is not { } userId)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(userId) || userId.Any(char.IsControl))
        {
            throw new ArgumentException("UserId must be a non-empty id without control characters.", nameof(options));
        }

        var header = spec.UserIdHeader switch
        {
            UserIdStyle.XUserId => "x-user-id",
            UserIdStyle.UserId => "User-Id",
            _ => throw new ArgumentException($"{spec.Name} cannot act on behalf of a user; remove UserId from the options.", nameof(options)),
        };
        request.Headers.TryAddWithoutValidation(header, userId);
    }

    private static void ApplyConditional(OperationSpec spec, ApsRequestOptions? options, HttpRequestMessage request)
    {
        if (options is null)
        {
            return;
        }

        if (options.IfNoneMatch is { } etag)
        {
            if (string.IsNullOrWhiteSpace(etag) || etag.Any(char.IsControl))
            {
                throw new ArgumentException("IfNoneMatch must be a non-empty entity tag.", nameof(options));
            }

            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (options.IfModifiedSince is { } since)
        {
            var text = spec.ConditionalDates == ConditionalDateFormat.Iso8601
                ? since.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
                : since.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
            request.Headers.TryAddWithoutValidation("If-Modified-Since", text);
        }
    }

    private static void ApplyHeaders(ApsRequestOptions? options, HttpRequestMessage request)
    {
        if (options is null || options.Headers.Count == 0)
        {
            return;
        }

        foreach (var (name, value) in options.Headers)
        {
            if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The '{name}' header is managed by the SDK; use a token provider instead.", nameof(options));
            }

            if (value is null || value.Any(c => c is '\r' or '\n' or '\0'))
            {
                throw new ArgumentException($"The value of header '{name}' must not be null or contain line breaks.", nameof(options));
            }

            try
            {
                request.Headers.Remove(name);
                request.Headers.Add(name, value);
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException)
            {
                throw new ArgumentException($"'{name}' is not a valid request header: {ex.Message}", nameof(options), ex);
            }
        }
    }

    /// <summary>Sets a JSON body from source-generated metadata (buffered, so the call can be replayed).</summary>
    public static void SetJsonBody<T>(HttpRequestMessage request, T value, JsonTypeInfo<T> typeInfo, string mediaType = JsonMediaType)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = mediaType == JsonMediaType ? "utf-8" : null };
        request.Content = content;
    }

    /// <summary>Sets an <c>application/x-www-form-urlencoded</c> body.</summary>
    public static void SetFormBody(HttpRequestMessage request, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(builder.ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Content = content;
    }

    /// <summary>Sets a raw stream body; a non-seekable stream makes the call non-replayable.</summary>
    public static void SetStreamBody(HttpRequestMessage request, Stream stream, string? mediaType, long? length = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var content = new StreamContent(stream);
        if (mediaType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        if (length is not null)
        {
            content.Headers.ContentLength = length;
        }
        else if (stream.CanSeek)
        {
            content.Headers.ContentLength = stream.Length - stream.Position;
        }

        request.Content = content;
        if (ApsRequestContext.Get(request) is { } context)
        {
            context.BodyReplayable = stream.CanSeek;
        }
    }

    /// <summary>Sends through the <c>Aps</c> chain; transport failures become <see cref="ApsException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var timeoutSource = StartCallTimeout(timeout, cancellationToken);
        try
        {
            return await _client().SendAsync(request, completion, timeoutSource?.Token ?? cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw TranslateSendFailure(request, ex, timeoutSource, timeout);
        }
        finally
        {
            timeoutSource?.Dispose();
        }
    }

    /// <summary>
    /// The per-call timeout of <see cref="ApsRequestOptions.Timeout"/>: a source linked to the caller's token, or null
    /// when the call has none. It covers the send (up to the response headers), not the reading of the body.
    /// </summary>
    private static CancellationTokenSource? StartCallTimeout(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        if (timeout is not { } limit)
        {
            return null;
        }

        if (limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), "The timeout must be positive.");
        }

        var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(limit);
        return timeoutSource;
    }

    /// <summary>
    /// What a failed send becomes (the caller filters out its own cancellation first): the per-call timeout's
    /// cancellation an <see cref="ApsException"/> "timed out after", anything else <see cref="TranslateTransportException"/>.
    /// </summary>
    private static Exception TranslateSendFailure(HttpRequestMessage request, Exception ex, CancellationTokenSource? timeoutSource, TimeSpan? timeout)
    {
        if (ex is OperationCanceledException && timeoutSource is not null && timeoutSource.IsCancellationRequested)
        {
            return new ApsException(ApsException.Describe(ApsErrorParser.NoResponse(request, $"timed out after {timeout}"), "APS call timed out"), ApsErrorParser.NoResponse(request, $"timed out after {timeout}"), new TimeoutException(ex.Message, ex));
        }

        return TranslateTransportException(request, ex);
    }

    internal static Exception TranslateTransportException(HttpRequestMessage request, Exception ex)
    {
        switch (ex)
        {
            case ApsException or ArgumentException:
                return ex;
            case RateLimiterRejectedException rejected:
            {
                var details = ApsErrorParser.NoResponse(request, "the client-side concurrency limit of this APS area is exhausted (Aps:Resilience:RateLimiter)");
                return new ApsRateLimitException(ApsException.Describe(details, "APS call rejected"), details, rejected.RetryAfter, ex);
            }

            case BrokenCircuitException:
            {
                var details = ApsErrorParser.NoResponse(request, "the circuit breaker is open after repeated failures of this APS area; calls resume after the break");
                return new ApsException(ApsException.Describe(details, "APS call rejected"), details, ex);
            }

            case TimeoutRejectedException:
            case OperationCanceledException:
            {
                var details = ApsErrorParser.NoResponse(request, "timed out (Aps:Resilience:AttemptTimeout / TotalRequestTimeout)");
                return new ApsException(ApsException.Describe(details, "APS call timed out"), details, new TimeoutException(details.Detail, ex));
            }

            case HttpRequestException http:
            {
                var details = ApsErrorParser.NoResponse(request, "could not reach APS: " + (http.HttpRequestError.ToString()));
                return new ApsException(ApsException.Describe(details, "APS call failed"), details, ex);
            }

            default:
                return ex;
        }
    }

    /// <summary>Sends and reads a JSON body; any error status becomes an <see cref="ApsException"/>.</summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, ApsRequestOptions? options, CancellationToken cancellationToken)
    {
        // The send is inlined (the same steps as SendAsync above) rather than awaited as a second async method: over a
        // real socket every async layer that completes asynchronously allocates its state machine, once per call.
        using (request)
        {
            var timeout = options?.Timeout;
            var timeoutSource = StartCallTimeout(timeout, cancellationToken);
            HttpResponseMessage sent;
            try
            {
                sent = await _client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource?.Token ?? cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw TranslateSendFailure(request, ex, timeoutSource, timeout);
            }
            finally
            {
                timeoutSource?.Dispose();
            }

            using var response = sent;
            await EnsureSuccessAsync(response, Time, cancellationToken).ConfigureAwait(false);
            return await ReadJsonAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a call whose answer has no body worth reading; any error status becomes an <see cref="ApsException"/>.</summary>
    public async Task SendNoContentAsync(HttpRequestMessage request, ApsRequestOptions? options, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
            await EnsureSuccessAsync(response, Time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A conditional read: 304 becomes a "not modified" response instead of an error.</summary>
    public async Task<ApsResponse<T>> SendConditionalAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, ApsRequestOptions? options, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
            var etag = response.Headers.ETag?.ToString();
            var lastModified = response.Content?.Headers.LastModified;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new ApsResponse<T>(304, default, etag, lastModified);
            }

            await EnsureSuccessAsync(response, Time, cancellationToken).ConfigureAwait(false);
            var value = await ReadJsonAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
            return new ApsResponse<T>((int)response.StatusCode, value, etag, lastModified);
        }
    }

    /// <summary>Reads JSON; unreadable or empty JSON becomes an <see cref="ApsException"/>, never a bare <see cref="JsonException"/>.</summary>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
                return value ?? throw new JsonException("The body was JSON null.");
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            var details = ApsErrorParser.FromBody(response, []);
            var position = ex is JsonException { Path: { } path } ? $" at {path}" : string.Empty;
            var described = new ApsErrorDetails
            {
                StatusCode = details.StatusCode,
                Method = details.Method,
                RequestUri = details.RequestUri,
                RequestId = details.RequestId,
                Headers = details.Headers,
                ErrorCode = "invalid_response",
                Detail = ex is InvalidDataException
                    ? $"the response body could not be decompressed ({typeof(T).Name})"
                    : $"the response body is not the JSON this operation expects ({typeof(T).Name}){position}",
            };
            throw new ApsException(ApsException.Describe(described, "APS answer could not be read"), described, ex);
        }
        catch (HttpRequestException ex)
        {
            throw TranslateTransportException(response.RequestMessage!, ex);
        }
    }

    /// <summary>
    /// Throws the matching <see cref="ApsException"/> for an error status (anything but 2xx); a 429's
    /// <c>Retry-After</c> date is read against <paramref name="time"/>, the client's clock.
    /// </summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        var details = await ApsErrorParser.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        throw CreateException(response, details, time);
    }

    internal static ApsException CreateException(HttpResponseMessage response, ApsErrorDetails details, TimeProvider time)
    {
        var status = (int)response.StatusCode;
        if (status == 429)
        {
            return new ApsRateLimitException(ApsException.Describe(details, "APS rate limit exceeded"), details, RetryAfterOf(response, time));
        }

        if (status == 401)
        {
            return new ApsAuthenticationException(ApsException.Describe(details, "APS rejected the credentials"), details, requiresSignIn: false, innerException: null);
        }

        return new ApsException(ApsException.Describe(details), details);
    }

    /// <summary>Reads <c>Retry-After</c> in its seconds or HTTP-date form against <paramref name="time"/>.</summary>
    internal static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider time)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
