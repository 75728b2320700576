using System.Net;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.ModelDerivative;

public partial class ModelDerivativeClient
{
    /// <summary>
    /// Lists the supported translations: for each output format, the source file types it can be made from. For a
    /// conditional read use <see cref="GetFormatsIfChangedAsync"/>.
    /// </summary>
    /// <param name="options">Per-call settings (no region: this call takes none).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The formats.</returns>
    /// <exception cref="ArgumentException">A region or a condition is set.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/informational/formats-GET/">APS reference</see>.</remarks>
    public virtual Task<ModelDerivativeFormats> GetFormatsAsync(ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.IfModifiedSince is not null || options?.IfNoneMatch is not null)
        {
            throw new ArgumentException("A conditional read can answer 304 Not Modified: use GetFormatsIfChangedAsync.", nameof(options));
        }

        var request = _pipeline.CreateRequest(Specs.GetFormats, options, []);
        return _pipeline.SendAsync(request, ModelDerivativeJsonContext.Default.ModelDerivativeFormats, options, cancellationToken);
    }

    /// <summary>
    /// Lists the supported translations only when they changed since <see cref="ApsRequestOptions.IfModifiedSince"/>
    /// (sent as an HTTP date); unchanged formats answer 304 and <see cref="ApsResponse{T}.IsNotModified"/> is set.
    /// </summary>
    /// <param name="options">The condition.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The formats, or "not modified".</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/informational/formats-GET/">APS reference</see>.</remarks>
    public virtual Task<ApsResponse<ModelDerivativeFormats>> GetFormatsIfChangedAsync(ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _pipeline.CreateRequest(Specs.GetFormats, options, []);
        return _pipeline.SendConditionalAsync(request, ModelDerivativeJsonContext.Default.ModelDerivativeFormats, options, cancellationToken);
    }

    /// <summary>
    /// Starts a translation job and returns it as an operation: wait for it with
    /// <see cref="TranslationOperation.WaitForCompletionAsync(IProgress{TranslationProgress}, CancellationToken)"/>,
    /// which polls the manifest. 200 means accepted, 201 means the derivatives already existed
    /// (<see cref="TranslationOperation.AlreadyGenerated"/>).
    /// </summary>
    /// <param name="job">The source design and the output formats; see <see cref="ModelDerivativeJob.Create"/>.</param>
    /// <param name="options"><c>x-ads-force</c>, <c>x-ads-derivative-format</c>, region, and how the operation polls.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentException">The job has no URN or no format, a format has no type, or the region is not one Model Derivative serves.</exception>
    /// <remarks>
    /// The region goes in the <c>region</c> header, not the deprecated <c>output.destination.region</c>.
    /// <see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/jobs/job-POST/">APS reference</see>.
    /// </remarks>
    public virtual async Task<TranslationOperation> StartTranslationAsync(ModelDerivativeJob job, ModelDerivativeJobOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateJob(job);
        options?.Polling?.Validate();
        var urn = job.Input.Urn;
        var request = _pipeline.CreateRequest(Specs.StartJob, options, []);
        ModelDerivativeJobResult result;
        bool created;
        using (request)
        {
            ApplyDerivativeHeaders(request, options?.Force, options?.DerivativeFormat);
            ApsPipeline.SetJsonBody(request, job, ModelDerivativeJsonContext.Default.ModelDerivativeJob);
            using var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
            await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
            created = response.StatusCode == HttpStatusCode.Created;
            result = created && response.Content.Headers.ContentLength is 0 or null && response.Content.Headers.ContentType is null
                ? new ModelDerivativeJobResult { Result = "created", Urn = urn.Value }
                : await ApsPipeline.ReadJsonAsync(response, ModelDerivativeJsonContext.Default.ModelDerivativeJobResult, cancellationToken).ConfigureAwait(false);
        }

        // The operation polls with the caller's region, token provider, timeout and headers (not the job headers).
        ApsRequestOptions? pollOptions = options is null ? null : CopyForPolling(options);
        return new TranslationOperation(urn, result, created, ct => ReadManifestForPollingAsync(urn, pollOptions, ct), _pipeline.Time, options?.Polling);
    }

    /// <summary>
    /// Declares the files a composite design references (for example the parts of an assembly), before a job with
    /// <see cref="ModelDerivativeJobInput.CheckReferences"/> set.
    /// </summary>
    /// <param name="urn">The top-level design.</param>
    /// <param name="references">The referenced files.</param>
    /// <param name="options">Per-call settings (region).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result (<c>success</c>).</returns>
    /// <exception cref="ArgumentException">The URN is empty, or no reference is given, or one has no URN.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/jobs/urn-references-POST/">APS reference</see>.</remarks>
    public virtual Task<ModelDerivativeResult> SpecifyReferencesAsync(ApsUrn urn, ModelDerivativeReferences references, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        ArgumentNullException.ThrowIfNull(references);
        if (references.References.Count == 0)
        {
            throw new ArgumentException("At least one referenced file is required.", nameof(references));
        }

        if (references.References.Any(r => r is null || string.IsNullOrWhiteSpace(r.Urn)))
        {
            throw new ArgumentException("Every referenced file needs its URN.", nameof(references));
        }

        var request = _pipeline.CreateRequest(Specs.SpecifyReferences, options, [urn.Value]);
        ApsPipeline.SetJsonBody(request, references, ModelDerivativeJsonContext.Default.ModelDerivativeReferences);
        return _pipeline.SendAsync(request, ModelDerivativeJsonContext.Default.ModelDerivativeResult, options, cancellationToken);
    }

    /// <summary>Gets the manifest of a source design: overall status and progress, and the tree of its derivatives.</summary>
    /// <param name="urn">The source design.</param>
    /// <param name="options">Per-call settings (region).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="ArgumentException">The URN is empty.</exception>
    /// <exception cref="ApsException">404 when the design was never translated.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/manifest/urn-manifest-GET/">APS reference</see>.</remarks>
    public virtual Task<ModelDerivativeManifest> GetManifestAsync(ApsUrn urn, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        var request = _pipeline.CreateRequest(Specs.GetManifest, options, [urn.Value]);
        return _pipeline.SendAsync(request, ModelDerivativeJsonContext.Default.ModelDerivativeManifest, options, cancellationToken);
    }

    /// <summary>Deletes the manifest and every derivative of a source design (not the design). Idempotent: 200 even when there is none.</summary>
    /// <param name="urn">The source design.</param>
    /// <param name="options">Per-call settings (region).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result (<c>success</c>).</returns>
    /// <exception cref="ArgumentException">The URN is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/manifest/urn-manifest-DELETE/">APS reference</see>.</remarks>
    public virtual Task<ModelDerivativeResult> DeleteManifestAsync(ApsUrn urn, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        var request = _pipeline.CreateRequest(Specs.DeleteManifest, options, [urn.Value]);
        return _pipeline.SendAsync(request, ModelDerivativeJsonContext.Default.ModelDerivativeResult, options, cancellationToken);
    }

    /// <summary>Downloads the thumbnail of a source design (PNG). Dispose the result.</summary>
    /// <param name="urn">The source design.</param>
    /// <param name="options">Width and height (100, 200 or 400) and region.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The image stream and the <c>x-ads-*</c> headers.</returns>
    /// <exception cref="ArgumentException">The URN is empty or a size is not 100, 200 or 400.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/thumbnails/urn-thumbnail-GET/">APS reference</see>.</remarks>
    public virtual async Task<ModelDerivativeThumbnail> GetThumbnailAsync(ApsUrn urn, ModelDerivativeThumbnailOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        CheckThumbnailSize(options?.Width, nameof(options));
        CheckThumbnailSize(options?.Height, nameof(options));
        var query = new QueryBuilder().Add("width", options?.Width).Add("height", options?.Height);
        using var request = _pipeline.CreateRequest(Specs.GetThumbnail, options, [urn.Value], query);
        var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
        try
        {
            await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ModelDerivativeThumbnail(response, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static void ValidateJob(ModelDerivativeJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Input is null || job.Input.Urn.IsEmpty)
        {
            throw new ArgumentException("The job needs the source design: set Input.Urn (ApsUrn.FromSourceUrn or ApsUrn.FromObjectId).", nameof(job));
        }

        if (job.Input.CompressedUrn == true && string.IsNullOrWhiteSpace(job.Input.RootFilename))
        {
            throw new ArgumentException("A compressed (zip) source needs Input.RootFilename, the top-level file inside the zip.", nameof(job));
        }

        if (job.Output is null || job.Output.Formats.Count == 0)
        {
            throw new ArgumentException("The job needs at least one output format in Output.Formats.", nameof(job));
        }

        foreach (var format in job.Output.Formats)
        {
            if (format is null || format.Type.IsEmpty)
            {
                throw new ArgumentException("Every output format needs its type (svf2, obj, thumbnail...).", nameof(job));
            }

            if (format.Advanced is { } advanced)
            {
                CheckThumbnailSize(advanced.Width, nameof(job));
                CheckThumbnailSize(advanced.Height, nameof(job));
                if (advanced.Tolerance is { } t && !(t is >= 0 and <= 1))
                {
                    throw new ArgumentException($"The tolerance must be between 0 and 1; {t} is not.", nameof(job));
                }
            }
        }
    }

    private static ApsRequestOptions CopyForPolling(ApsRequestOptions options)
    {
        var copy = new ApsRequestOptions
        {
            Region = options.Region,
            TokenProvider = options.TokenProvider,
            Timeout = options.Timeout,
        };
        foreach (var (name, value) in options.Headers)
        {
            copy.Headers[name] = value;
        }

        return copy;
    }

    private async Task<(ModelDerivativeManifest? Manifest, TimeSpan? RetryAfter)> ReadManifestForPollingAsync(ApsUrn urn, ApsRequestOptions? options, CancellationToken cancellationToken)
    {
        using var request = _pipeline.CreateRequest(Specs.GetManifest, options, [urn.Value]);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (ApsRateLimitException throttled)
        {
            return (null, throttled.RetryAfter);
        }

        using (response)
        {
            var retryAfter = ApsPipeline.RetryAfterOf(response, _pipeline.Time);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (null, retryAfter);
            }

            await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
            var manifest = await ApsPipeline.ReadJsonAsync(response, ModelDerivativeJsonContext.Default.ModelDerivativeManifest, cancellationToken).ConfigureAwait(false);
            return (manifest, retryAfter);
        }
    }
}
