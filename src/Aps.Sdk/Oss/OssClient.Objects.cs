using System.Text;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Oss;

public partial class OssClient
{
    /// <summary>
    /// Lists the objects of a bucket, lazily, one page per request (pages follow the <c>next</c> URL OSS returns).
    /// Only the owning application may call it. Nothing is sent until the result is enumerated; pass a cancellation
    /// token with <c>WithCancellation</c>.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="options">Page size, key prefix, start key.</param>
    /// <returns>The objects.</returns>
    /// <exception cref="ArgumentException">The key breaks the bucket-key rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not 1 to 100.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<OssObjectDetails> ListObjectsAsync(string bucketKey, OssListObjectsOptions? options = null)
    {
        ValidateBucketKey(bucketKey);
        CheckLimit(options?.Limit, nameof(options));
        var strategy = new LinkPaging<OssObjectsPage, OssObjectDetails>(
            _pipeline,
            ObjectSpecs.List,
            options,
            hint =>
            {
                CheckLimit(hint, "pageSizeHint");
                var query = new QueryBuilder()
                    .Add("limit", hint ?? options?.Limit)
                    .Add("beginsWith", options?.BeginsWith)
                    .Add("startAt", options?.StartAt);
                return _pipeline.CreateRequest(ObjectSpecs.List, options, [bucketKey], query);
            },
            page => page.Items,
            page => page.Next);
        return new ApsPagedEnumerable<OssObjectsPage, OssObjectDetails>(_pipeline, ApsJsonContext.Default.OssObjectsPage, strategy, options);
    }

    /// <summary>
    /// Gets an object's details: id, SHA-1, size, content type, location and, when asked for with
    /// <see cref="OssObjectDetailsOptions.With"/>, its dates and custom metadata. For a conditional read use
    /// <see cref="GetObjectDetailsIfChangedAsync"/>.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object; any text, sent as one path segment.</param>
    /// <param name="options">The optional fields to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The object.</returns>
    /// <exception cref="ArgumentException">A key is invalid, or a condition is set (use <see cref="GetObjectDetailsIfChangedAsync"/>).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-details-GET/">APS reference</see>.</remarks>
    public virtual Task<OssObjectDetails> GetObjectDetailsAsync(string bucketKey, string objectKey, OssObjectDetailsOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.IfNoneMatch is not null || options?.IfModifiedSince is not null)
        {
            throw new ArgumentException(
                "A conditional read can answer 304 Not Modified, which has no details: use GetObjectDetailsIfChangedAsync with IfNoneMatch or IfModifiedSince.",
                nameof(options));
        }

        var request = CreateObjectDetailsRequest(bucketKey, objectKey, options);
        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssObjectDetails, options, cancellationToken);
    }

    /// <summary>
    /// Gets an object's details only when it changed: with <see cref="ApsRequestOptions.IfModifiedSince"/> (sent as an
    /// HTTP date) or <see cref="ApsRequestOptions.IfNoneMatch"/>, an unchanged object answers 304 and the result's
    /// <see cref="ApsResponse{T}.IsNotModified"/> is <see langword="true"/>.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object; any text, sent as one path segment.</param>
    /// <param name="options">The condition and the optional fields to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The details, or "not modified".</returns>
    /// <exception cref="ArgumentException">A key is invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-details-GET/">APS reference</see>.</remarks>
    public virtual Task<ApsResponse<OssObjectDetails>> GetObjectDetailsIfChangedAsync(string bucketKey, string objectKey, OssObjectDetailsOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = CreateObjectDetailsRequest(bucketKey, objectKey, options);
        return _pipeline.SendConditionalAsync(request, ApsJsonContext.Default.OssObjectDetails, options, cancellationToken);
    }

    /// <summary>Deletes an object.</summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object; any text, sent as one path segment.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the object is deleted.</returns>
    /// <exception cref="ArgumentException">A key is invalid.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteObjectAsync(string bucketKey, string objectKey, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        ValidateObjectKey(objectKey);
        var request = _pipeline.CreateRequest(ObjectSpecs.Delete, options, [bucketKey, objectKey]);
        return _pipeline.SendNoContentAsync(request, options, cancellationToken);
    }

    /// <summary>Copies an object to a new key in the same bucket.</summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object to copy.</param>
    /// <param name="newObjectKey">The key of the copy; any text, sent as one path segment.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A key is invalid.</exception>
    /// <remarks>
    /// The path parameter is <c>{newObjKey}</c> in oss.yaml and <c>{newObjName}</c> in seed 000 (000:L2842); only the
    /// name differs, the SDK follows the YAML. <see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/buckets-:bucketKey-objects-:objectKey-copyto-:newObjectName-PUT/">APS reference</see>.
    /// </remarks>
    public virtual Task<OssObjectDetails> CopyObjectAsync(string bucketKey, string objectKey, string newObjectKey, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateBucketKey(bucketKey);
        ValidateObjectKey(objectKey);
        ValidateObjectKey(newObjectKey, nameof(newObjectKey));
        var request = _pipeline.CreateRequest(ObjectSpecs.Copy, options, [bucketKey, objectKey, newObjectKey]);
        return _pipeline.SendAsync(request, ApsJsonContext.Default.OssObjectDetails, options, cancellationToken);
    }

    /// <summary>
    /// Builds the legacy OSS address of an object, <c>{BaseAddress}/oss/v2/buckets/{bucketKey}/objects/{objectKey}</c>,
    /// with each key escaped as one path segment. Nothing is sent: Data Management returns this address as a
    /// version's storage link, and this helper only rebuilds it correctly. Download through
    /// <see cref="GetSignedS3DownloadUrlAsync"/> or <see cref="Transfers"/>.
    /// </summary>
    /// <param name="bucketKey">The bucket.</param>
    /// <param name="objectKey">The object.</param>
    /// <returns>The absolute address.</returns>
    /// <exception cref="ArgumentException">A key is invalid.</exception>
    /// <remarks>
    /// A link-only operation (endpoints.tsv <c>downloadObjectLegacy</c>): not in oss.yaml. Seed 004's storage links are
    /// malformed (bucket <c>wipbucket</c>, the whole URN as key, 004:L1161), so build the address from the storage id
    /// with <see cref="OssObjectId.Parse"/> instead of trusting the link.
    /// </remarks>
    public virtual Uri GetObjectUrl(string bucketKey, string objectKey)
    {
        ValidateBucketKey(bucketKey);
        ValidateObjectKey(objectKey);
        var builder = new StringBuilder(_pipeline.BaseAddress, 128);
        ObjectSpecs.LegacyDownload.Path.AppendTo(builder, [bucketKey, objectKey]);
        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    /// <summary>Builds the legacy OSS address of an object from its id (see <see cref="GetObjectUrl(string, string)"/>).</summary>
    /// <param name="objectId">The object id, for example a Data Management storage id.</param>
    /// <returns>The absolute address.</returns>
    /// <exception cref="ArgumentException">The id is empty (<c>default</c>).</exception>
    public virtual Uri GetObjectUrl(OssObjectId objectId)
    {
        if (objectId.IsEmpty)
        {
            throw new ArgumentException("The object id is empty.", nameof(objectId));
        }

        return GetObjectUrl(objectId.BucketKey, objectId.ObjectKey);
    }

    private HttpRequestMessage CreateObjectDetailsRequest(string bucketKey, string objectKey, OssObjectDetailsOptions? options)
    {
        ValidateBucketKey(bucketKey);
        ValidateObjectKey(objectKey);
        var with = options?.With ?? OssObjectDetailsFields.None;
        if ((with & ~OssObjectDetailsFields.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), with, "Unknown OssObjectDetailsFields value.");
        }

        // oss.yaml: "To request more than one ... specify this parameter multiple times".
        var query = new QueryBuilder();
        if (with.HasFlag(OssObjectDetailsFields.CreatedDate))
        {
            query.Add("with", "createdDate");
        }

        if (with.HasFlag(OssObjectDetailsFields.LastAccessedDate))
        {
            query.Add("with", "lastAccessedDate");
        }

        if (with.HasFlag(OssObjectDetailsFields.LastModifiedDate))
        {
            query.Add("with", "lastModifiedDate");
        }

        if (with.HasFlag(OssObjectDetailsFields.UserDefinedMetadata))
        {
            query.Add("with", "userDefinedMetadata");
        }

        return _pipeline.CreateRequest(ObjectSpecs.GetDetails, options, [bucketKey, objectKey], query);
    }

    /// <summary>The object operations (nested: see <see cref="BucketSpecs"/>).</summary>
    private static class ObjectSpecs
    {
        internal static readonly OperationSpec List = new(Area, "ListObjects", HttpMethod.Get, "/oss/v2/buckets/{bucketKey}/objects")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            Paging = PagingStyle.StartAt,
        };

        internal static readonly OperationSpec GetDetails = Spec("GetObjectDetails", HttpMethod.Get, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/details", DataRead);

        internal static readonly OperationSpec Delete = Spec("DeleteObject", HttpMethod.Delete, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}", DataWrite);

        internal static readonly OperationSpec Copy = Spec("CopyObject", HttpMethod.Put, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}/copyto/{newObjKey}", DataCreateWrite);

        // Link-only (never sent by the SDK): only its path template is used, by GetObjectUrl.
        internal static readonly OperationSpec LegacyDownload = Spec("DownloadObjectLegacy", HttpMethod.Get, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}", DataRead);
    }
}
