using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

public partial class OssClient
{
    /// <summary>
    /// The regions oss.yaml lists (<c>components.schemas.region</c>) for the <c>region</c> header and query parameter
    /// and the <c>x-ads-region</c> header. APAC is in the enum but not in the parameter descriptions; the enum wins.
    /// </summary>
    internal static readonly IReadOnlyList<ApsRegion> OssRegions =
    [
        ApsRegion.US, ApsRegion.EMEA, ApsRegion.AUS, ApsRegion.CAN, ApsRegion.DEU, ApsRegion.IND, ApsRegion.JPN, ApsRegion.GBR, ApsRegion.APAC,
    ];

    /// <summary>
    /// The bucket operations. A nested class so its initializers run after every static field of
    /// <see cref="OssClient"/>, whichever partial file the compiler reads first.
    /// </summary>
    private static class BucketSpecs
    {
        // oss.yaml lists bucket:read and viewables:read for get_bucket_details; the token asks for both.
        private static readonly ApsScopes DetailsScopes = ApsScopes.Create(ApsScopes.BucketRead, ApsScopes.ViewablesRead);

        internal static readonly OperationSpec List = new(Area, "ListBuckets", HttpMethod.Get, "/oss/v2/buckets")
        {
            Scopes = BucketRead,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.RegionQuery,
            AllowedRegions = OssRegions,
            Paging = PagingStyle.StartAt,
        };

        // The region: oss.yaml declares a REQUIRED "region" header (components.parameters.region_header); seed 000 names
        // x-ads-region (000:L2580). endpoints.md 2.2 settles on "region", and US is sent when nothing is set.
        internal static readonly OperationSpec Create = new(Area, "CreateBucket", HttpMethod.Post, "/oss/v2/buckets")
        {
            Scopes = BucketCreate,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.RegionHeader,
            RegionHeaderName = "region",
            RegionRequired = true,
            AllowedRegions = OssRegions,
            Idempotent = false,
        };

        internal static readonly OperationSpec Delete = Spec("DeleteBucket", HttpMethod.Delete, "/oss/v2/buckets/{bucketKey}", BucketDelete);

        internal static readonly OperationSpec GetDetails = Spec("GetBucketDetails", HttpMethod.Get, "/oss/v2/buckets/{bucketKey}/details", DetailsScopes);
    }

    /// <summary>
    /// Creates a bucket owned by this application. The key must be globally unique; an existing key answers 409
    /// (an <see cref="ApsException"/> with <see cref="ApsException.StatusCode"/> 409).
    /// <see cref="ApsRequestOptions.Region"/> (or <see cref="ApsOptions.DefaultRegion"/>) picks the data center, sent as
    /// the required <c>region</c> header: US when neither is set; US, EMEA, AUS, CAN, DEU, IND, JPN, GBR or APAC.
    /// </summary>
    /// <param name="request">The key, retention policy and the other applications allowed.</param>
    /// <param name="options">Region and per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new bucket.</returns>
    /// <exception cref="ArgumentException">The key breaks the bucket-key rule, the policy is missing, an <c>allow</c> entry is incomplete or the region is not listed.</exception>
    /// <remarks>Do not use this for BIM 360 Document Management storage. <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-POST/">APS reference</see>.</remarks>
    public virtual Task<OssBucket> CreateBucketAsync(OssCreateBucketRequest request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateBucketKey(request.BucketKey, nameof(request));
        if (request.PolicyKey.IsEmpty)
        {
            throw new ArgumentException("A policy key (transient, temporary or persistent) is required.", nameof(request));
        }

        if (request.Allow is { } allow)
        {
            foreach (var entry in allow)
            {
                if (entry is null || string.IsNullOrWhiteSpace(entry.AuthId) || entry.Access.IsEmpty)
                {
                    throw new ArgumentException("Each allow entry needs the client id (AuthId) and the access (full or read).", nameof(request));
                }
            }
        }

        var message = _pipeline.CreateRequest(BucketSpecs.Create, options, []);
        ApsPipeline.SetJsonBody(message, request, ApsJsonContext.Default.OssCreateBucketRequest);
        return _pipeline.SendAsync(message, ApsJsonContext.Default.OssBucket, options, cancellationToken);
    }

    /// <summary>
    /// Lists the buckets this application owns, lazily, one page per request (pages follow the <c>next</c> URL OSS
    /// returns). <see cref="ApsRequestOptions.Region"/> (or <see cref="ApsOptions.DefaultRegion"/>) picks the region,
    /// sent as the <c>region</c> query parameter on every page. Nothing is sent until the result is enumerated; pass a
    /// cancellation token with <c>WithCancellation</c>.
    /// </summary>
    /// <param name="options">Page size, start key, region.</param>
    /// <returns>The buckets (only key, creation date and policy are filled in list items).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not 1 to 100.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<OssBucket> ListBucketsAsync(OssListBucketsOptions? options = null)
    {
        CheckLimit(options?.Limit, nameof(options));
        var region = RegionOf(options);
        var strategy = new LinkPaging<OssBucketsPage, OssBucket>(
            _pipeline,
            BucketSpecs.List,
            options,
            hint =>
            {
                CheckLimit(hint, "pageSizeHint");
                var query = new QueryBuilder().Add("limit", hint ?? options?.Limit).Add("startAt", options?.StartAt);
                return _pipeline.CreateRequest(BucketSpecs.List, options, [], query);
            },
            page => page.Items,
            page => WithRegionQuery(page.Next, region));
        return new ApsPagedEnumerable<OssBucketsPage, OssBucket>(_pipeline, ApsJsonContext.Default.OssBucketsPage, strategy, options);
    }

    /// <summary>Gets a bucket's details: owner, creation date, permissions and policy. Only the owning application may call it.</summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The bucket.</returns>
    /// <exception cref="ArgumentException">The key breaks the bucket-key rule.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-details-GET/">APS reference</see>.</remarks>
    public virtual Task<OssBucket> GetBucketDetailsAsync(string bucketKey, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        var request = _pipeline.CreateRequest(BucketSpecs.GetDetails, options, [bucketKey]);
        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssBucket, options, cancellationToken);
    }

    /// <summary>
    /// Asks OSS to delete a bucket and its objects. OSS accepts the request (200) and deletes in the background; the key
    /// is not reusable at once, and a bucket already marked for deletion answers 409.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when OSS accepted the deletion.</returns>
    /// <exception cref="ArgumentException">The key breaks the bucket-key rule.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteBucketAsync(string bucketKey, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        var request = _pipeline.CreateRequest(BucketSpecs.Delete, options, [bucketKey]);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    /// <summary>Checks a page size against OSS's 1 to 100.</summary>
    internal static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "OSS pages hold 1 to 100 items.");
        }
    }

    /// <summary>The region a region-query call sends: the call's, else the client default.</summary>
    private ApsRegion? RegionOf(ApsRequestOptions? options)
        => options?.Region is { IsEmpty: false } region ? region
            : _pipeline.Options.DefaultRegion is { IsEmpty: false } fallback ? fallback
            : (ApsRegion?)null;

    /// <summary>
    /// Keeps the region on a next-page link. The pipeline carries header regions to next pages itself but not a query
    /// region, and the references do not say whether OSS's <c>next</c> URL repeats <c>region</c>; without it the next
    /// page would list the US buckets. A link that already has a <c>region</c> parameter is kept as is.
    /// </summary>
    internal static string? WithRegionQuery(string? link, ApsRegion? region)
    {
        if (string.IsNullOrWhiteSpace(link) || region is not { } r)
        {
            return link;
        }

        var question = link.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            foreach (var pair in link[(question + 1)..].Split('&'))
            {
                var name = pair.Split('=', 2)[0];
                if (string.Equals(Uri.UnescapeDataString(name), "region", StringComparison.OrdinalIgnoreCase))
                {
                    return link;
                }
            }
        }

        var separator = question < 0 ? "?" : link.EndsWith('?') || link.EndsWith('&') ? string.Empty : "&";
        return string.Concat(link, separator, "region=", Uri.EscapeDataString(r.Value));
    }
}
