using Aps.Sdk.Testing.Emulator.Faults;

namespace Aps.Sdk.Testing;

/// <summary>
/// Injects faults into the emulator's answers: error statuses, throttling, connection resets, truncated bodies,
/// delays and per-route rate limits. Rules apply in the order they were added (delays add up; the first rule that
/// answers wins) to the APS routes and to the emulated S3 routes alike. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// // The third part PUT to S3 fails once with 500.
/// emulator.Faults.For(HttpMethod.Put, ApsEmulatorFaults.S3UploadPartPath).Skip(2).Next(1).Respond(500);
/// // The next two signed-upload requests are throttled.
/// emulator.Faults.For("/oss/v2/buckets/*/objects/*/signeds3upload").Next(2).RateLimit(TimeSpan.FromSeconds(1));
/// </code>
/// </example>
public sealed class ApsEmulatorFaults
{
    /// <summary>The path of the emulated S3 part uploads (<c>PUT</c>); use <c>/__s3/upload/*/3</c> for part 3 only.</summary>
    public const string S3UploadPartPath = "/__s3/upload/{uploadKey}/{partNumber}";

    /// <summary>The path of the emulated S3 object downloads (<c>GET</c>, ranges allowed).</summary>
    public const string S3DownloadPath = "/__s3/objects/{bucketKey}/{objectKey}";

    private readonly FaultRegistry _registry;

    internal ApsEmulatorFaults(FaultRegistry registry)
    {
        _registry = registry;
    }

    /// <summary>Starts a rule for requests of any method whose path matches <paramref name="pathPattern"/>.</summary>
    /// <param name="pathPattern">
    /// The path: <c>*</c> matches within one segment, <c>{name}</c> matches any one segment (so route templates
    /// such as <c>/oss/v2/buckets/{bucketKey}/details</c> work as they are), <c>**</c> matches any number of
    /// segments. Case-insensitive; the query string is ignored; escaped characters are compared decoded.
    /// </param>
    /// <returns>A builder; finish it with one of its fault methods.</returns>
    public ApsEmulatorFaultBuilder For(string pathPattern) => For(null, pathPattern);

    /// <summary>Starts a rule for requests of <paramref name="method"/> whose path matches <paramref name="pathPattern"/>.</summary>
    /// <param name="method">The method, or <see langword="null"/> for any.</param>
    /// <param name="pathPattern">The path pattern (see <see cref="For(string)"/>).</param>
    /// <returns>A builder; finish it with one of its fault methods.</returns>
    public ApsEmulatorFaultBuilder For(HttpMethod? method, string pathPattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathPattern);
        return new ApsEmulatorFaultBuilder(_registry, method?.Method, new PathPattern(pathPattern));
    }

    /// <summary>Removes every rule.</summary>
    public void Clear() => _registry.Clear();
}

/// <summary>
/// Describes which matching requests a fault rule affects (<see cref="Skip"/>, <see cref="Next"/>) and, with its last
/// call, what happens to them. By default a rule affects every matching request until it is removed.
/// </summary>
public sealed class ApsEmulatorFaultBuilder
{
    private readonly FaultRegistry _registry;
    private readonly string? _method;
    private readonly PathPattern _pattern;
    private int _skip;
    private int? _count;

    internal ApsEmulatorFaultBuilder(FaultRegistry registry, string? method, PathPattern pattern)
    {
        _registry = registry;
        _method = method;
        _pattern = pattern;
    }

    /// <summary>Lets the first <paramref name="count"/> matching requests through untouched.</summary>
    /// <param name="count">How many to let through.</param>
    /// <returns>This builder.</returns>
    public ApsEmulatorFaultBuilder Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _skip = count;
        return this;
    }

    /// <summary>Affects only the next <paramref name="count"/> matching requests (after the skipped ones).</summary>
    /// <param name="count">How many requests the fault hits.</param>
    /// <returns>This builder.</returns>
    public ApsEmulatorFaultBuilder Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _count = count;
        return this;
    }

    /// <summary>Answers with <paramref name="statusCode"/> instead of handling the request.</summary>
    /// <param name="statusCode">The status, for example 500 or 503.</param>
    /// <param name="jsonBody">The JSON body; by default <c>{"reason": "..."}</c> naming the injected fault.</param>
    /// <returns>The rule, to read its hits or remove it.</returns>
    public ApsEmulatorFault Respond(int statusCode, string? jsonBody = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return Add(FaultKind.Respond, statusCode: statusCode, body: jsonBody);
    }

    /// <summary>Answers 429 Too Many Requests with a <c>Retry-After</c> header (whole seconds, rounded up).</summary>
    /// <param name="retryAfter">The wait to advertise; <see cref="TimeSpan.Zero"/> sends <c>Retry-After: 0</c>.</param>
    /// <returns>The rule.</returns>
    public ApsEmulatorFault RateLimit(TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        return Add(FaultKind.RateLimit, duration: retryAfter);
    }

    /// <summary>Aborts the connection without answering (the client sees a transport error).</summary>
    /// <returns>The rule.</returns>
    public ApsEmulatorFault ResetConnection() => Add(FaultKind.ResetConnection);

    /// <summary>
    /// Handles the request but cuts the response body in half and then aborts the connection, so the client reads
    /// fewer bytes than <c>Content-Length</c> announced. A response without a body is reset instead.
    /// </summary>
    /// <returns>The rule.</returns>
    public ApsEmulatorFault TruncateBody() => Add(FaultKind.TruncateBody);

    /// <summary>Holds the request for <paramref name="delay"/> (real time) and then handles it normally.</summary>
    /// <param name="delay">How long to wait.</param>
    /// <returns>The rule.</returns>
    public ApsEmulatorFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return Add(FaultKind.Delay, duration: delay);
    }

    /// <summary>
    /// Rate-limits the matching route: at most <paramref name="permitLimit"/> requests per fixed
    /// <paramref name="window"/> (measured with the emulator's clock); the others get 429 with <c>Retry-After</c>
    /// until the window ends. <see cref="Skip"/> and <see cref="Next"/> do not apply.
    /// </summary>
    /// <param name="permitLimit">Requests allowed per window.</param>
    /// <param name="window">The window length.</param>
    /// <returns>The rule.</returns>
    public ApsEmulatorFault LimitRate(int permitLimit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitLimit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        return Add(FaultKind.LimitRate, duration: window, permitLimit: permitLimit);
    }

    private ApsEmulatorFault Add(FaultKind kind, int statusCode = 0, string? body = null, TimeSpan duration = default, int permitLimit = 0)
    {
        var rule = new FaultRule
        {
            Method = _method,
            Pattern = _pattern,
            Kind = kind,
            Skip = _skip,
            Count = _count,
            StatusCode = statusCode,
            Body = body,
            Duration = duration,
            PermitLimit = permitLimit,
        };
        _registry.Add(rule);
        return new ApsEmulatorFault(_registry, rule);
    }
}

/// <summary>An active fault rule. Dispose it (or call <see cref="Remove"/>) to stop injecting it.</summary>
public sealed class ApsEmulatorFault : IDisposable
{
    private readonly FaultRegistry _registry;
    private readonly FaultRule _rule;

    internal ApsEmulatorFault(FaultRegistry registry, FaultRule rule)
    {
        _registry = registry;
        _rule = rule;
    }

    /// <summary>Gets how many requests the rule has affected so far.</summary>
    public int Hits => _registry.HitsOf(_rule);

    /// <summary>Stops injecting the fault.</summary>
    public void Remove() => _registry.Remove(_rule);

    /// <summary>Stops injecting the fault.</summary>
    public void Dispose() => Remove();
}
