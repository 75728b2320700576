using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Construction.Photos;

/// <summary>
/// ACC Photos: get a photo, filter the photos of a project (a POST whose body carries the cursor) and download a
/// photo's file. Every call needs a user context (a 3-legged or secure service account token); project ids are
/// accepted with or without <c>b.</c> and sent without.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-filterphotos-POST/">APS Photos reference</see>.</remarks>
public partial class PhotosClient
{
    internal const string Area = "Construction.Photos";
    internal const string BasePath = "/construction";
    private const string AssetsPrefix = "/construction/photos/assets/";

    internal static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected PhotosClient()
    {
    }

    internal PhotosClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec GetPhoto = new(Area, "GetPhoto", HttpMethod.Get, "/construction/photos/v1/projects/{projectId}/photos/{photoId}")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
        };

        // A read that is a POST: safe to replay (endpoints.md 2.8).
        internal static readonly OperationSpec FilterPhotos = new(Area, "FilterPhotos", HttpMethod.Post, "/construction/photos/v1/projects/{projectId}/photos:filter")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            Paging = PagingStyle.BodyCursor,
            Idempotent = true,
        };

        internal static readonly OperationSpec GetPhotoAsset = new(Area, "GetPhotoAsset", HttpMethod.Get, "/construction/photos/assets/{assetId}/{fileName}")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
        };
    }

    /// <summary>Gets a photo. A deleted photo answers 410 Gone (an <see cref="ApsException"/> with status 410).</summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="photoId">The photo.</param>
    /// <param name="includeSignedUrls">Whether to include pre-signed S3 addresses (<see cref="Photo.SignedUrls"/>; <c>include=signedUrls</c>).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The photo.</returns>
    /// <exception cref="ArgumentException">The project or photo id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-getphoto-GET/">APS reference</see>.</remarks>
    public virtual Task<Photo> GetPhotoAsync(ProjectId projectId, string photoId, bool includeSignedUrls = false, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var project = ProjectValue(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(photoId);
        var query = includeSignedUrls ? new QueryBuilder().Add("include", "signedUrls") : null;
        var request = _pipeline.CreateRequest(Specs.GetPhoto, options, [project, photoId], query);
        return _pipeline.SendAsync(request, ConstructionPhotosJsonContext.Default.Photo, options, cancellationToken);
    }

    /// <summary>
    /// Filters the photos of a project, lazily: each page is a POST of the filter to <c>photos:filter</c>, and the
    /// next page re-POSTs the <c>pagination.nextPost.body</c> APS returns to its <c>nextPost.url</c>, until APS returns
    /// no <c>nextPost</c>.
    /// </summary>
    /// <param name="projectId">The project, with or without <c>b.</c> (sent without).</param>
    /// <param name="options">Filter, sort, page size (1 to 50), signed URLs and per-call settings.</param>
    /// <returns>The photos.</returns>
    /// <exception cref="ArgumentException">The project id is empty or the page size is not 1 to 50.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-filterphotos-POST/">APS reference</see>.</remarks>
    public virtual ApsPageable<Photo> FilterPhotosAsync(ProjectId projectId, PhotoFilterOptions? options = null)
    {
        var project = ProjectValue(projectId);
        CheckLimit(options?.Limit, nameof(options));
        var strategy = new BodyCursorPaging<PhotosPage, Photo>(
            _pipeline,
            Specs.FilterPhotos,
            options,
            hint =>
            {
                CheckLimit(hint, "pageSizeHint");
                var body = new PhotosFilterBody
                {
                    CursorState = options?.CursorState,
                    Filter = options?.Filter,
                    Include = options?.IncludeSignedUrls == true ? ["signedUrls"] : null,
                    Limit = hint ?? options?.Limit,
                    Sort = options?.SortBy is { Length: > 0 } field ? [field, options.SortDescending ? "desc" : "asc"] : null,
                };
                var request = _pipeline.CreateRequest(Specs.FilterPhotos, options, [project]);
                ApsPipeline.SetJsonBody(request, body, ConstructionPhotosJsonContext.Default.PhotosFilterBody);
                return request;
            },
            page => page.Results,
            page => (page.Pagination?.NextPost?.Url, page.Pagination?.NextPost?.Body));
        return new ApsPagedEnumerable<PhotosPage, Photo>(_pipeline, ConstructionPhotosJsonContext.Default.PhotosPage, strategy, options);
    }

    /// <summary>
    /// Downloads a photo's file or thumbnail from the APS address in <see cref="Photo.Urls"/>
    /// (<c>/construction/photos/assets/{assetId}/{fileName}</c>), with the bearer token, as a stream read from the
    /// network as it is consumed. The stray trailing quote the documented examples carry is removed. Only addresses on
    /// the configured APS host and under that path are followed, so the token is never sent elsewhere; for the
    /// pre-signed <see cref="Photo.SignedUrls"/>, use any HTTP client without credentials instead.
    /// </summary>
    /// <param name="fileUrl"><see cref="PhotoUrls.FileUrl"/> or <see cref="PhotoUrls.ThumbnailUrl"/> of <see cref="Photo.Urls"/>.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file; dispose it to release the connection.</returns>
    /// <exception cref="ArgumentException">The address is not a photo asset address on the APS host.</exception>
    /// <remarks>A link-only endpoint (endpoints.tsv getPhotoAsset). <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-getphoto-GET/">APS reference</see>.</remarks>
    public virtual Task<ApsResponseStream> DownloadPhotoFileAsync(string fileUrl, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileUrl);
        var cleaned = fileUrl.Trim().TrimEnd('"').TrimEnd('\\');
        if (!Uri.TryCreate(cleaned, UriKind.Absolute, out var uri) || !_pipeline.IsApsHost(uri))
        {
            throw new ArgumentException("The photo file address must be an absolute address on the APS host (Photo.Urls); the SDK does not send the APS token elsewhere.", nameof(fileUrl));
        }

        var path = uri.AbsolutePath;
        if (!path.StartsWith(AssetsPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The photo file address must start with {AssetsPrefix}.", nameof(fileUrl));
        }

        var segments = path[AssetsPrefix.Length..].Split('/');
        if (segments.Length != 2)
        {
            throw new ArgumentException("The photo file address must be /construction/photos/assets/{assetId}/{fileName}.", nameof(fileUrl));
        }

        return DownloadPhotoAssetAsync(Uri.UnescapeDataString(segments[0]), Uri.UnescapeDataString(segments[1]), options, cancellationToken);
    }

    /// <summary>
    /// Downloads a photo asset (<c>GET /construction/photos/assets/{assetId}/{fileName}</c>) with the bearer token, as a
    /// stream read from the network as it is consumed.
    /// </summary>
    /// <param name="assetId">The asset id (the first segment after <c>/construction/photos/assets/</c>).</param>
    /// <param name="fileName">The file name (for example <c>c35b8b28-….jpg</c>, or the <c>_t.jpg</c> thumbnail).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file; dispose it to release the connection.</returns>
    /// <exception cref="ArgumentException">An id is empty, <c>.</c> or <c>..</c>.</exception>
    /// <remarks>A link-only endpoint (endpoints.tsv getPhotoAsset). <see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-getphoto-GET/">APS reference</see>.</remarks>
    public virtual async Task<ApsResponseStream> DownloadPhotoAssetAsync(string assetId, string fileName, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var request = _pipeline.CreateRequest(Specs.GetPhotoAsset, options, [assetId, fileName]);
        HttpResponseMessage? response = null;
        try
        {
            using (request)
            {
                response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
                await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var stream = new ApsResponseStream(response, body);
                response = null;
                return stream;
            }
        }
        finally
        {
            response?.Dispose();
        }
    }

    internal static string ProjectValue(ProjectId projectId, string parameterName = "projectId")
        => projectId.IsEmpty ? throw new ArgumentException("A project id is required.", parameterName) : projectId.ConstructionValue;

    private static void CheckLimit(int? limit, string parameterName)
    {
        if (limit is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(parameterName, limit, "The photos:filter page size (limit) is 1 to 50.");
        }
    }
}
