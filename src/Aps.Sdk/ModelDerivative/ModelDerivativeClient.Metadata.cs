using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.ModelDerivative;

public partial class ModelDerivativeClient
{
    /// <summary>Lists the model views (viewables) of a translated design; each view's GUID is the <c>modelGuid</c> of the other metadata calls.</summary>
    /// <param name="urn">The source design (translated to SVF or SVF2).</param>
    /// <param name="options">Per-call settings (region).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model views.</returns>
    /// <exception cref="ArgumentException">The URN is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/metadata/urn-metadata-GET/">APS reference</see>.</remarks>
    public virtual Task<ModelDerivativeModelViews> GetModelViewsAsync(ApsUrn urn, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        var request = _pipeline.CreateRequest(Specs.GetModelViews, options, [urn.Value]);
        return _pipeline.SendAsync(request, ModelDerivativeJsonContext.Default.ModelDerivativeModelViews, options, cancellationToken);
    }

    /// <summary>
    /// Gets the object tree of a model view. While APS is still extracting it the call answers 202; the SDK asks again
    /// (see <see cref="IModelDerivativeProcessingOptions"/>) until the tree is ready, the time limit passes or the call is cancelled.
    /// </summary>
    /// <param name="urn">The source design.</param>
    /// <param name="modelGuid">The model view (from <see cref="GetModelViewsAsync"/>).</param>
    /// <param name="options"><c>x-ads-force</c>, <c>x-ads-derivative-format</c>, <c>forceget</c>, <c>objectid</c>, <c>level</c>, region and the 202 retry.</param>
    /// <param name="cancellationToken">Cancels the call and the waiting.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentException">The URN or GUID is empty, or <c>level</c> is not 1 or comes without <c>objectid</c>.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/metadata/urn-metadata-modelGuid-GET/">APS reference</see>.</remarks>
    public virtual Task<ModelDerivativeObjectTree> GetObjectTreeAsync(ApsUrn urn, string modelGuid, ModelDerivativeObjectTreeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        RequireText(modelGuid, nameof(modelGuid), "A model view GUID");
        if (options?.Level is { } level && (level != 1 || options.ObjectId is null))
        {
            throw new ArgumentException("Level must be 1 and needs ObjectId (the service supports only one child level under an object).", nameof(options));
        }

        options?.Polling?.Validate();
        var query = new QueryBuilder().Add("forceget", options?.ForceGet).Add("objectid", options?.ObjectId).Add("level", options?.Level);
        return SendUntilReadyAsync(
            () =>
            {
                var request = _pipeline.CreateRequest(Specs.GetObjectTree, options, [urn.Value, modelGuid], query);
                ApplyDerivativeHeaders(request, options?.Force, options?.DerivativeFormat);
                return request;
            },
            Json(ModelDerivativeJsonContext.Default.ModelDerivativeObjectTree),
            options,
            options,
            "The object tree",
            cancellationToken);
    }

    /// <summary>
    /// Gets the properties of every object of a model view (or of one with <see cref="ModelDerivativePropertiesOptions.ObjectId"/>).
    /// A 202 ("still processing") is retried until the properties are ready, the time limit passes or the call is cancelled.
    /// </summary>
    /// <param name="urn">The source design.</param>
    /// <param name="modelGuid">The model view.</param>
    /// <param name="options"><c>x-ads-force</c>, <c>x-ads-derivative-format</c>, <c>forceget</c>, <c>objectid</c>, region and the 202 retry.</param>
    /// <param name="cancellationToken">Cancels the call and the waiting.</param>
    /// <returns>The properties.</returns>
    /// <exception cref="ArgumentException">The URN or GUID is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/metadata/urn-metadata-guid-properties-GET/">APS reference</see>.</remarks>
    public virtual Task<ModelDerivativeProperties> GetAllPropertiesAsync(ApsUrn urn, string modelGuid, ModelDerivativePropertiesOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        RequireText(modelGuid, nameof(modelGuid), "A model view GUID");
        options?.Polling?.Validate();
        var query = new QueryBuilder().Add("objectid", options?.ObjectId).Add("forceget", options?.ForceGet);
        return SendUntilReadyAsync(
            () =>
            {
                var request = _pipeline.CreateRequest(Specs.GetAllProperties, options, [urn.Value, modelGuid], query);
                ApplyDerivativeHeaders(request, options?.Force, options?.DerivativeFormat);
                return request;
            },
            Json(ModelDerivativeJsonContext.Default.ModelDerivativeProperties),
            options,
            options,
            "The properties",
            cancellationToken);
    }

    /// <summary>
    /// Queries the properties of the objects of a model view (<c>properties:query</c>): a filter, the fields to
    /// return and pages by offset/limit in the JSON body. Lazily, one page per request; a 202 is retried. Pass a
    /// cancellation token with <c>WithCancellation</c>.
    /// </summary>
    /// <param name="urn">The source design.</param>
    /// <param name="modelGuid">The model view.</param>
    /// <param name="options">The filter, fields, payload format, page size, <c>x-ads-derivative-format</c>, region and the 202 retry.</param>
    /// <returns>The objects with their properties.</returns>
    /// <exception cref="ArgumentException">The URN or GUID is empty, or the page size is not positive.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/metadata/urn-metadata-guid-properties-query-POST/">APS reference</see>.</remarks>
    public virtual ApsPageable<ModelDerivativeObjectProperties> QueryPropertiesAsync(ApsUrn urn, string modelGuid, ModelDerivativePropertiesQueryOptions? options = null)
    {
        ApsUrn.Require(urn, nameof(urn));
        RequireText(modelGuid, nameof(modelGuid), "A model view GUID");
        if (options?.PageSize is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PageSize, "The page size must be positive.");
        }

        if (options?.Fields is { } fields && fields.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A field name must not be empty.", nameof(options));
        }

        options?.Polling?.Validate();
        return new PropertiesQueryPageable(this, urn, modelGuid, options);
    }

    private HttpRequestMessage CreateQueryRequest(ApsUrn urn, string modelGuid, ModelDerivativePropertiesQueryOptions? options, int offset, int? limit)
    {
        var request = _pipeline.CreateRequest(Specs.QueryProperties, options, [urn.Value, modelGuid]);
        ApplyDerivativeHeaders(request, null, options?.DerivativeFormat);
        var body = new ModelDerivativePropertiesQueryBody
        {
            Query = options?.Filter?.Json,
            Fields = options?.Fields,
            Payload = options?.Payload,
            Pagination = new ModelDerivativePagination { Offset = offset, Limit = limit },
        };
        ApsPipeline.SetJsonBody(request, body, ModelDerivativeJsonContext.Default.ModelDerivativePropertiesQueryBody);
        return request;
    }

    /// <summary><c>properties:query</c> pages: offset/limit in the body, <c>pagination.totalResults</c> in the answer; the continuation token is the next offset.</summary>
    private sealed class PropertiesQueryPageable(ModelDerivativeClient client, ApsUrn urn, string modelGuid, ModelDerivativePropertiesQueryOptions? options)
        : ApsPageable<ModelDerivativeObjectProperties>
    {
        public override IAsyncEnumerable<ApsPage<ModelDerivativeObjectProperties>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            if (pageSizeHint is <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "The page size must be positive.");
            }

            var offset = 0;
            if (continuationToken is not null && (!int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
            {
                throw new ArgumentException($"'{continuationToken}' is not a continuation token of this list (an offset was expected).", nameof(continuationToken));
            }

            return IterateAsync(offset, pageSizeHint ?? options?.PageSize, default);
        }

        private async IAsyncEnumerable<ApsPage<ModelDerivativeObjectProperties>> IterateAsync(int offset, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            while (true)
            {
                var current = offset;
                var page = await client.SendUntilReadyAsync(
                    () => client.CreateQueryRequest(urn, modelGuid, options, current, limit),
                    Json(ModelDerivativeJsonContext.Default.ModelDerivativePropertiesPage),
                    options,
                    options,
                    "The properties query",
                    cancellationToken).ConfigureAwait(false);
                var items = page.Data?.Collection ?? [];
                var total = page.Pagination?.TotalResults;
                var next = (int)(page.Pagination?.Offset ?? current) + items.Count;
                var pageLimit = limit ?? page.Pagination?.Limit;
                var more = items.Count > 0 && (total is { } t ? next < t : pageLimit is { } l && items.Count >= l);
                yield return new ApsPage<ModelDerivativeObjectProperties>(items, more ? next.ToString(CultureInfo.InvariantCulture) : null) { TotalResults = total };
                if (!more || next <= current)
                {
                    yield break;
                }

                offset = next;
            }
        }
    }

    /// <summary>Reads the headers of a response as a dictionary (values of a repeated header joined by commas; cookies left out).</summary>
    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            headers[name] = string.Join(",", values);
        }

        return headers;
    }

    private static bool IsAccepted(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.Accepted;
}
