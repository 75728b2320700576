using System.Diagnostics;
using System.Globalization;
using Aps.Sdk.Core.Diagnostics;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// Outermost handler: sets the User-Agent, asks for compressed answers (<see cref="ApsContentDecoding"/>), starts one <see cref="Activity"/> per logical call (source
/// <c>Aps.Sdk</c>, kind <see cref="ActivityKind.Internal"/>, named after the operation; the attempts below it are
/// the <see cref="ActivityKind.Client"/> spans), records <c>aps.client.operation.duration</c> and stamps the call's
/// start for the retry budget.
/// </summary>
internal sealed class DiagnosticsHandler : DelegatingHandler
{
    public const string ActivitySourceName = ApsTelemetry.Name;
    internal static readonly ActivitySource Source = ApsTelemetry.Source;

    private readonly string _userAgent;
    private readonly TimeProvider _time;
    private readonly TimeSpan _budget;

    public DiagnosticsHandler(ApsOptions options, TimeProvider time)
    {
        _userAgent = ApsUserAgent.Create(options.ApplicationId);
        _time = time;
        _budget = options.Resilience.TotalRequestTimeout;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Remove, not UserAgent.Clear(): same effect without materializing the typed header collection.
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        ApsContentDecoding.Request(request);
        var context = ApsRequestContext.Get(request);
        if (context is not null)
        {
            context.StartTimestamp = _time.GetTimestamp();
            context.Budget = _budget;
        }

        // Without a listener there is no span, no metric and nothing to do after the answer: hand the inner task back
        // instead of awaiting it (one task less per call).
        return Source.HasListeners() || ApsTelemetry.OperationDuration.Enabled
            ? SendTracedAsync(request, context, cancellationToken)
            : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendTracedAsync(HttpRequestMessage request, ApsRequestContext? context, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var activity = Source.StartActivity(context?.OperationName ?? request.Method.Method, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("aps.operation", context?.OperationName);
            activity.SetTag("aps.area", context?.Area);
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("server.address", request.RequestUri?.Host);
            if (request.RequestUri is { IsAbsoluteUri: true } uri)
            {
                activity.SetTag("server.port", uri.Port);
            }

            activity.SetTag("url.full", ApsRedaction.RedactUri(request.RequestUri));
            if (context?.Spec is { } spec)
            {
                activity.SetTag("url.template", spec.Path.Template);
            }
        }

        int? status = null;
        string? errorType = null;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (status >= 400)
            {
                errorType = status.Value.ToString(CultureInfo.InvariantCulture);
            }

            if (activity is not null)
            {
                activity.SetTag("http.response.status_code", status);
                if (context is not null && context.Attempts > 1)
                {
                    activity.SetTag("http.request.resend_count", context.Attempts - 1);
                }

                if (errorType is not null)
                {
                    activity.SetTag("error.type", errorType);
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            return response;
        }
        catch (Exception ex)
        {
            errorType = ApsTelemetryTags.ErrorType(ex, cancellationToken);
            if (activity is not null)
            {
                activity.SetTag("error.type", errorType);
                if (context is not null && context.Attempts > 1)
                {
                    activity.SetTag("http.request.resend_count", context.Attempts - 1);
                }

                activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            }

            throw;
        }
        finally
        {
            if (ApsTelemetry.OperationDuration.Enabled)
            {
                var tags = new TagList
                {
                    { "aps.operation", context?.OperationName ?? "raw" },
                    { "aps.area", context?.Area ?? "raw" },
                    { "http.request.method", request.Method.Method },
                    { "server.address", request.RequestUri?.Host },
                };
                if (status is not null)
                {
                    tags.Add("http.response.status_code", status.Value);
                }

                if (errorType is not null)
                {
                    tags.Add("error.type", errorType);
                }

                ApsTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds, tags);
            }
        }
    }
}
