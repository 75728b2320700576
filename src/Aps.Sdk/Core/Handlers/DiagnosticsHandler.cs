using System.Diagnostics;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// Outermost handler: sets the User-Agent, starts one <see cref="Activity"/> per logical call (source
/// <c>Aps.Sdk</c>) and stamps the call's start for the retry budget.
/// </summary>
internal sealed class DiagnosticsHandler : DelegatingHandler
{
    public const string ActivitySourceName = "Aps.Sdk";
    internal static readonly ActivitySource Source = new(ActivitySourceName, ApsUserAgent.Version);

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
        var context = ApsRequestContext.Get(request);
        if (context is not null)
        {
            context.StartTimestamp = _time.GetTimestamp();
            context.Budget = _budget;
        }

        // Without a listener there is no span and nothing to do after the answer: hand the inner task back instead of
        // awaiting it (one task less per call).
        return Source.HasListeners() ? SendTracedAsync(request, context, cancellationToken) : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendTracedAsync(HttpRequestMessage request, ApsRequestContext? context, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity(context?.OperationName ?? request.Method.Method, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("url.full", ApsRedaction.RedactUri(request.RequestUri));
            activity.SetTag("server.address", request.RequestUri?.Host);
            activity.SetTag("aps.area", context?.Area);
        }

        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (activity is not null)
            {
                activity.SetTag("http.response.status_code", (int)response.StatusCode);
                if ((int)response.StatusCode >= 400)
                {
                    activity.SetTag("error.type", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            return response;
        }
        catch (Exception ex) when (activity is not null)
        {
            activity.SetTag("error.type", ex.GetType().FullName);
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
