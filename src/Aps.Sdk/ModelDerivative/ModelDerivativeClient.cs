using System.Net;
using System.Text.Json.Serialization.Metadata;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The Model Derivative API: translate designs, read manifests, metadata and properties, download derivatives.
/// Every call but <see cref="GetFormatsAsync"/> sends the region in the <c>region</c> header
/// (<see cref="ApsRequestOptions.Region"/> or <see cref="ApsOptions.DefaultRegion"/>; US when neither is set) and
/// accepts US, EMEA, AUS, CAN, DEU, IND, JPN and GBR (modelderivative.yaml <c>components.parameters.region</c>).
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/">APS Model Derivative reference</see>.</remarks>
public partial class ModelDerivativeClient
{
    internal const string Area = "ModelDerivative";
    internal const string BasePath = "/modelderivative/v2";

    internal static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);
    internal static readonly ApsScopes DataReadWrite = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite);
    internal static readonly ApsScopes DataReadWriteCreate = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite, ApsScopes.DataCreate);

    internal static readonly IReadOnlyList<ApsRegion> Regions =
        [ApsRegion.US, ApsRegion.EMEA, ApsRegion.AUS, ApsRegion.CAN, ApsRegion.DEU, ApsRegion.IND, ApsRegion.JPN, ApsRegion.GBR];

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected ModelDerivativeClient()
    {
    }

    internal ModelDerivativeClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    /// <summary>Declares a Model Derivative operation with the <c>region</c> header.</summary>
    internal static OperationSpec Spec(string name, HttpMethod method, string path, ApsScopes scopes)
        => new(Area, name, method, path)
        {
            Scopes = scopes,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.RegionHeader,
            RegionHeaderName = "region",
            AllowedRegions = Regions,
        };

    internal static void CheckThumbnailSize(int? size, string parameterName)
    {
        if (size is { } s && s is not (100 or 200 or 400))
        {
            throw new ArgumentOutOfRangeException(parameterName, s, "A thumbnail size is 100, 200 or 400 pixels.");
        }
    }

    private static void RequireText(string? value, string parameterName, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{what} is required.", parameterName);
        }
    }

    private static void ApplyDerivativeHeaders(HttpRequestMessage request, bool? force, ModelDerivativeDerivativeFormat? format)
    {
        if (force is { } f)
        {
            request.Headers.TryAddWithoutValidation("x-ads-force", f ? "true" : "false");
        }

        if (format is { IsEmpty: false } d)
        {
            request.Headers.TryAddWithoutValidation("x-ads-derivative-format", d.Value);
        }
    }

    /// <summary>
    /// Sends a request built by <paramref name="create"/> and reads the answer; a <c>202 Accepted</c> ("still
    /// processing") is retried with backoff (honouring <c>Retry-After</c>, with the client's clock) until another
    /// status comes, the polling time limit passes or the call is cancelled.
    /// </summary>
    private async Task<T> SendUntilReadyAsync<T>(
        Func<HttpRequestMessage> create,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        ApsRequestOptions? options,
        IModelDerivativeProcessingOptions? processing,
        string what,
        CancellationToken cancellationToken)
    {
        var polling = processing?.Polling ?? new ApsPollingOptions();
        polling.Validate();
        var wait = processing?.WaitWhileProcessing ?? true;
        var time = _pipeline.Time;
        var start = time.GetTimestamp();
        var delay = polling.InitialDelay;
        while (true)
        {
            HttpResponseMessage response;
            using (var request = create())
            {
                response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, options?.Timeout, cancellationToken).ConfigureAwait(false);
            }

            using (response)
            {
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    await ApsPipeline.EnsureSuccessAsync(response, time, cancellationToken).ConfigureAwait(false);
                    return await read(response, cancellationToken).ConfigureAwait(false);
                }

                var details = await ApsErrorParser.ReadAsync(response, cancellationToken).ConfigureAwait(false);
                if (!wait)
                {
                    throw new ApsException(ApsException.Describe(details, $"{what} is still being processed (202 Accepted); call again later"), details);
                }

                var retryAfter = ApsPipeline.RetryAfterOf(response, time);
                var pause = retryAfter is { } r && r > delay ? r : delay;
                if (polling.Timeout is { } timeout)
                {
                    var left = timeout - time.GetElapsedTime(start);
                    if (left <= TimeSpan.Zero)
                    {
                        throw new ApsException(ApsException.Describe(details, $"{what} was still being processed (202 Accepted) after {timeout}"), details, new TimeoutException());
                    }

                    if (pause > left)
                    {
                        pause = left;
                    }
                }

                await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(polling.MaxDelay.Ticks, (long)(delay.Ticks * polling.BackoffFactor)));
            }
        }
    }

    private static Func<HttpResponseMessage, CancellationToken, Task<T>> Json<T>(JsonTypeInfo<T> typeInfo)
        => (response, ct) => ApsPipeline.ReadJsonAsync(response, typeInfo, ct);

    /// <summary>The Model Derivative operations, one per endpoints.tsv row.</summary>
    private static class Specs
    {
        // Informational: no urn, no region (endpoints.tsv: region none).
        internal static readonly OperationSpec GetFormats = new(Area, "GetFormats", HttpMethod.Get, "/modelderivative/v2/designdata/formats")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
        };

        internal static readonly OperationSpec StartJob = Spec("StartJob", HttpMethod.Post, "/modelderivative/v2/designdata/job", DataReadWriteCreate);

        internal static readonly OperationSpec SpecifyReferences = Spec("SpecifyReferences", HttpMethod.Post, "/modelderivative/v2/designdata/{urn}/references", DataReadWriteCreate);

        internal static readonly OperationSpec GetManifest = Spec("GetManifest", HttpMethod.Get, "/modelderivative/v2/designdata/{urn}/manifest", DataRead);

        internal static readonly OperationSpec DeleteManifest = Spec("DeleteManifest", HttpMethod.Delete, "/modelderivative/v2/designdata/{urn}/manifest", DataReadWrite);

        internal static readonly OperationSpec GetThumbnail = Spec("GetThumbnail", HttpMethod.Get, "/modelderivative/v2/designdata/{urn}/thumbnail", DataRead);

        internal static readonly OperationSpec GetModelViews = Spec("GetModelViews", HttpMethod.Get, "/modelderivative/v2/designdata/{urn}/metadata", DataRead);

        internal static readonly OperationSpec GetObjectTree = Spec("GetObjectTree", HttpMethod.Get, "/modelderivative/v2/designdata/{urn}/metadata/{modelGuid}", DataRead);

        internal static readonly OperationSpec GetAllProperties = Spec("GetAllProperties", HttpMethod.Get, "/modelderivative/v2/designdata/{urn}/metadata/{modelGuid}/properties", DataRead);

        // A read sent as POST: replaying it is safe.
        internal static readonly OperationSpec QueryProperties = new(Area, "FetchSpecificProperties", HttpMethod.Post, "/modelderivative/v2/designdata/{urn}/metadata/{modelGuid}/properties:query")
        {
            Scopes = DataRead,
            ServiceBasePath = BasePath,
            RegionStyle = RegionStyle.RegionHeader,
            RegionHeaderName = "region",
            AllowedRegions = Regions,
            Idempotent = true,
        };

        internal static readonly OperationSpec GetSignedCookies = Spec("GetDerivativeUrl", HttpMethod.Get, "/modelderivative/v2/designdata/{urn}/manifest/{derivativeUrn}/signedcookies", DataRead);

        internal static readonly OperationSpec CheckDerivative = Spec("CheckDerivative", HttpMethod.Head, "/modelderivative/v2/designdata/{urn}/manifest/{derivativeUrn}", DataRead);

        // Mention-only in endpoints.tsv (downloadDerivative, 000:L2443): not in modelderivative.yaml.
        internal static readonly OperationSpec DownloadDerivative = Spec("DownloadDerivative", HttpMethod.Get, "/modelderivative/v2/designdata/{urn}/manifest/{derivativeUrn}", DataRead);
    }
}
