using System.Net.Http.Headers;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.ModelDerivative;

public partial class ModelDerivativeClient
{
    /// <summary>
    /// Gets a derivative's download URL and the CloudFront signed cookies that must go with it (<c>signedcookies</c>).
    /// <see cref="DownloadDerivativeAsync"/> does both steps; use this one to download with your own HTTP client
    /// (send <see cref="ModelDerivativeSignedDownload.GetCookieHeader"/> as <c>Cookie</c>, no <c>Authorization</c>;
    /// byte ranges are allowed on the URL).
    /// </summary>
    /// <param name="urn">The source design.</param>
    /// <param name="derivativeUrn">The derivative URN from the manifest (<see cref="ModelDerivativeManifestResource.Urn"/>); it is percent-encoded as one path segment.</param>
    /// <param name="options"><c>minutes-expiration</c> (below 360), <c>response-content-disposition</c> (starting with <c>attachment</c>) and region.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URL, cookies, size and expiry.</returns>
    /// <exception cref="ArgumentException">A URN is empty, the expiry is not 1 to 359 minutes, or the disposition does not start with <c>attachment</c>.</exception>
    /// <exception cref="ApsException">The call failed or the answer has no usable URL.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/derivatives/urn-manifest-derivativeUrn-signedcookies-GET/">APS reference</see>.</remarks>
    public virtual async Task<ModelDerivativeSignedDownload> GetDerivativeDownloadUrlAsync(ApsUrn urn, string derivativeUrn, ModelDerivativeDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        RequireDerivativeUrn(derivativeUrn);
        if (options?.MinutesExpiration is { } minutes && minutes is < 1 or >= 360)
        {
            throw new ArgumentOutOfRangeException(nameof(options), minutes, "MinutesExpiration must be 1 to 359 (the service's default and maximum is 360).");
        }

        if (options?.ResponseContentDisposition is { } disposition && !disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("ResponseContentDisposition must start with 'attachment'.", nameof(options));
        }

        var query = new QueryBuilder().Add("minutes-expiration", options?.MinutesExpiration).Add("response-content-disposition", options?.ResponseContentDisposition);
        using var request = _pipeline.CreateRequest(Specs.GetSignedCookies, options, [urn.Value, derivativeUrn], query);
        using var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
        await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
        var body = await ApsPipeline.ReadJsonAsync(response, ModelDerivativeJsonContext.Default.ModelDerivativeSignedCookiesBody, cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            var details = ApsErrorParser.FromBody(response, []);
            throw new ApsException(ApsException.Describe(details, "The signed-cookie answer has no absolute download URL"), details);
        }

        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                var pair = header.Split(';', 2)[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    cookies[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
                }
            }
        }

        DateTimeOffset? expires = body.Expiration is { } ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        return new ModelDerivativeSignedDownload(url, cookies, body.Size, body.ETag, body.ContentType, expires);
    }

    /// <summary>
    /// Downloads a derivative: fetches the signed cookies, then streams the file from the returned URL with them
    /// (without the APS token). Dispose the result. 3D SVF2 derivatives cannot be downloaded.
    /// </summary>
    /// <param name="urn">The source design.</param>
    /// <param name="derivativeUrn">The derivative URN from the manifest.</param>
    /// <param name="options">Cookie expiry, disposition and region.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The stream and its length and type.</returns>
    /// <exception cref="ArgumentException">A URN or an option is invalid.</exception>
    /// <exception cref="ApsException">A call failed (the CDN's errors too).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/derivatives/urn-manifest-derivativeUrn-signedcookies-GET/">APS reference</see>.</remarks>
    public virtual async Task<ModelDerivativeDownload> DownloadDerivativeAsync(ApsUrn urn, string derivativeUrn, ModelDerivativeDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var signed = await GetDerivativeDownloadUrlAsync(urn, derivativeUrn, options, cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Get, signed.Url);
        if (signed.Cookies.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Cookie", signed.GetCookieHeader());
        }

        HttpResponseMessage response;
        try
        {
            response = await _pipeline.TransferClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw ApsPipeline.TranslateTransportException(request, ex);
        }

        return await WrapDownloadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads a derivative into <paramref name="destination"/> (signed cookies, then the file).</summary>
    /// <param name="urn">The source design.</param>
    /// <param name="derivativeUrn">The derivative URN from the manifest.</param>
    /// <param name="destination">Where the bytes go; not closed.</param>
    /// <param name="options">Cookie expiry, disposition and region.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentException">A URN or an option is invalid.</exception>
    /// <exception cref="ApsException">A call failed, or fewer bytes came than announced.</exception>
    public virtual async Task<long> DownloadDerivativeToAsync(ApsUrn urn, string derivativeUrn, Stream destination, ModelDerivativeDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream must be writable.", nameof(destination));
        }

        using (var download = await DownloadDerivativeAsync(urn, derivativeUrn, options, cancellationToken).ConfigureAwait(false))
        {
            var counter = new CountingCopy();
            await counter.CopyAsync(download.Content, destination, cancellationToken).ConfigureAwait(false);
            if (download.Length is { } expected && counter.Bytes != expected)
            {
                throw new ApsException($"The derivative download ended after {counter.Bytes} of {expected} bytes.");
            }

            return counter.Bytes;
        }
    }

    /// <summary>
    /// Checks a derivative with <c>HEAD</c>: its size and type, to plan a (chunked) download. A 202 ("not ready")
    /// is retried until ready, the time limit passes or the call is cancelled.
    /// </summary>
    /// <param name="urn">The source design.</param>
    /// <param name="derivativeUrn">The derivative URN from the manifest.</param>
    /// <param name="options">Region and the 202 retry.</param>
    /// <param name="cancellationToken">Cancels the call and the waiting.</param>
    /// <returns>The size and type.</returns>
    /// <exception cref="ArgumentException">A URN is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/derivatives/urn-manifest-derivativeUrn-HEAD/">APS reference</see>.</remarks>
    public virtual Task<ModelDerivativeDerivativeInfo> GetDerivativeInfoAsync(ApsUrn urn, string derivativeUrn, ModelDerivativeDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        RequireDerivativeUrn(derivativeUrn);
        options?.Polling?.Validate();
        return SendUntilReadyAsync(
            () => _pipeline.CreateRequest(Specs.CheckDerivative, options, [urn.Value, derivativeUrn]),
            (response, _) => Task.FromResult(new ModelDerivativeDerivativeInfo(
                response.Content.Headers.ContentLength,
                response.Content.Headers.ContentType?.ToString(),
                HeadersOf(response))),
            options,
            options,
            "The derivative",
            cancellationToken);
    }

    /// <summary>
    /// Downloads a derivative directly from <c>GET designdata/{urn}/manifest/{derivativeUrn}</c> with the APS token,
    /// optionally a byte range (<see cref="ModelDerivativeDownloadOptions.RangeStart"/>, <see cref="ModelDerivativeDownloadOptions.RangeEnd"/>).
    /// Prefer <see cref="DownloadDerivativeAsync"/>: this operation is only mentioned by the HEAD reference (endpoints.tsv
    /// <c>downloadDerivative</c>, mention-only, not in modelderivative.yaml) and may not be served in every region.
    /// </summary>
    /// <param name="urn">The source design.</param>
    /// <param name="derivativeUrn">The derivative URN from the manifest.</param>
    /// <param name="options">Byte range and region.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The stream (status 200, or 206 for a range).</returns>
    /// <exception cref="ArgumentException">A URN is empty or the range is invalid.</exception>
    /// <exception cref="ApsException">The call failed, or the derivative is not ready (202).</exception>
    public virtual async Task<ModelDerivativeDownload> DownloadDerivativeDirectAsync(ApsUrn urn, string derivativeUrn, ModelDerivativeDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ApsUrn.Require(urn, nameof(urn));
        RequireDerivativeUrn(derivativeUrn);
        if (options?.RangeStart is < 0 || options?.RangeEnd is < 0 || (options?.RangeEnd is { } end && (options.RangeStart ?? 0) > end) || (options?.RangeEnd is not null && options.RangeStart is null))
        {
            throw new ArgumentException("A range needs RangeStart >= 0 and, when set, RangeEnd >= RangeStart.", nameof(options));
        }

        using var request = _pipeline.CreateRequest(Specs.DownloadDerivative, options, [urn.Value, derivativeUrn]);
        if (options?.RangeStart is { } start)
        {
            request.Headers.Range = new RangeHeaderValue(start, options.RangeEnd);
        }

        var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
        if (IsAccepted(response))
        {
            using (response)
            {
                var details = await ApsErrorParser.ReadAsync(response, cancellationToken).ConfigureAwait(false);
                throw new ApsException(ApsException.Describe(details, "The derivative is not ready yet (202 Accepted); call again later"), details);
            }
        }

        return await WrapDownloadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ModelDerivativeDownload> WrapDownloadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await ApsPipeline.EnsureSuccessAsync(response, _pipeline.Time, cancellationToken).ConfigureAwait(false);
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ModelDerivativeDownload(response, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static void RequireDerivativeUrn(string? derivativeUrn)
    {
        if (string.IsNullOrWhiteSpace(derivativeUrn))
        {
            throw new ArgumentException("A derivative URN (from the manifest) is required.", nameof(derivativeUrn));
        }

        if (derivativeUrn.Any(char.IsControl))
        {
            throw new ArgumentException("A derivative URN must not contain control characters.", nameof(derivativeUrn));
        }
    }

    private sealed class CountingCopy
    {
        public long Bytes { get; private set; }

        public async Task CopyAsync(Stream source, Stream destination, CancellationToken cancellationToken)
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                Bytes += read;
            }
        }
    }
}
