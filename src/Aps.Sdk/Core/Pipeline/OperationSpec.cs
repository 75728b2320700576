using Aps.Sdk.Authentication;

namespace Aps.Sdk.Core.Pipeline;

/// <summary>How an operation carries the region on the wire (endpoints.md section 2.2).</summary>
internal enum RegionStyle
{
    /// <summary>The operation takes no region; APS routes by the resource.</summary>
    None,

    /// <summary>The <c>x-ads-region</c> header.</summary>
    XAdsRegionHeader,

    /// <summary>A <c>region</c> / <c>Region</c> header (the spelling is the spec's).</summary>
    RegionHeader,

    /// <summary>A <c>region</c> query parameter.</summary>
    RegionQuery,

    /// <summary>The legacy <c>/hq/v1/regions/eu/</c> path prefix for EMEA; nothing for US.</summary>
    HqLegacyPath,
}

/// <summary>How the acting user is sent (endpoints.md section 2.1).</summary>
internal enum UserIdStyle
{
    /// <summary>The operation does not act on behalf of a user.</summary>
    None,

    /// <summary><c>x-user-id</c> (Data Management, Files, Docs, Reviews, …).</summary>
    XUserId,

    /// <summary><c>User-Id</c> (Account Admin).</summary>
    UserId,
}

/// <summary>The paging style of a list operation (endpoints.md section 2.3).</summary>
internal enum PagingStyle
{
    None,
    AccOffsetLimit,
    HqBareArray,
    QueryCursor,
    BodyCursor,
    PageState,
    JsonApiLinks,
    StartAt,
    BodyOffsetLimit,
    FakePagination,
}

/// <summary>Which host an operation lives on.</summary>
internal enum ApsHost
{
    /// <summary><see cref="ApsOptions.BaseAddress"/>.</summary>
    Api,

    /// <summary><see cref="ApsOptions.UserProfileAddress"/> (<c>/userinfo</c>).</summary>
    UserProfile,
}

/// <summary>The date format an operation expects in <c>If-Modified-Since</c>.</summary>
internal enum ConditionalDateFormat
{
    /// <summary>RFC 7231 HTTP-date.</summary>
    HttpDate,

    /// <summary>ISO 8601 (<c>YYYY-MM-DDThh:mm:ss.sZ</c>), as Data Management expects.</summary>
    Iso8601,
}

/// <summary>
/// The metadata of one APS operation, declared once: method, path template, scopes, region style, paging style,
/// whether it may be replayed, the acting-user header and the host. The pipeline reads it; an operation method
/// stays a few lines.
/// </summary>
internal sealed class OperationSpec
{
    public OperationSpec(string area, string name, HttpMethod method, string pathTemplate)
    {
        Area = area;
        Name = name;
        Method = method;
        Path = PathTemplate.Parse(pathTemplate);
        Idempotent = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete;
    }

    /// <summary>Gets the API area (also the circuit-breaker partition), for example <c>Oss</c>.</summary>
    public string Area { get; }

    /// <summary>Gets the operation's name, used for spans and messages.</summary>
    public string Name { get; }

    /// <summary>Gets the HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>Gets the parsed path template.</summary>
    public PathTemplate Path { get; }

    /// <summary>Gets the scopes of the bearer token; <see langword="null"/> sends no bearer token.</summary>
    public ApsScopes? Scopes { get; init; }

    /// <summary>Gets the region style.</summary>
    public RegionStyle RegionStyle { get; init; }

    /// <summary>Gets the header name for <see cref="RegionStyle.RegionHeader"/> (spelled as the spec spells it).</summary>
    public string RegionHeaderName { get; init; } = "region";

    /// <summary>Gets the regions the API lists; empty accepts any.</summary>
    public IReadOnlyList<ApsRegion> AllowedRegions { get; init; } = [];

    /// <summary>Gets a value indicating whether a region must be sent (US when none is set).</summary>
    public bool RegionRequired { get; init; }

    /// <summary>Gets the paging style.</summary>
    public PagingStyle Paging { get; init; }

    /// <summary>Gets a value indicating whether the call may be replayed (retries, 401 resend).</summary>
    public bool Idempotent { get; init; }

    /// <summary>Gets how the acting user is sent.</summary>
    public UserIdStyle UserIdHeader { get; init; }

    /// <summary>Gets the host.</summary>
    public ApsHost Host { get; init; }

    /// <summary>Gets the <c>If-Modified-Since</c> format.</summary>
    public ConditionalDateFormat ConditionalDates { get; init; }

    /// <summary>
    /// Gets the service base path that relative links in its responses are relative to (for example
    /// <c>/webhooks/v1</c>); empty means the host root.
    /// </summary>
    public string ServiceBasePath { get; init; } = string.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{Area}.{Name} ({Method} {Path})";
}
