using System.Diagnostics;
using System.Globalization;
using Aps.Sdk.Core.Diagnostics;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// Innermost handler, once per attempt: one log line with the method, the address without its query (signed paths
/// masked), the status and the time taken (never a header, a token or a body); one
/// <see cref="ActivityKind.Client"/> span following the OpenTelemetry HTTP client conventions
/// (<c>http.request.resend_count</c> on resends); <c>http.client.request.duration</c>; <c>aps.client.retries</c>.
/// </summary>
internal sealed partial class RedactingLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public RedactingLoggingHandler(ILogger logger, TimeProvider time)
    {
        _logger = logger;
        _time = time;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ApsRequestContext.Get(request);
        var attempt = 1;
        if (context is not null)
        {
            attempt = ++context.Attempts;
        }

        if (attempt > 1 && ApsTelemetry.Retries.Enabled)
        {
            ApsTelemetry.Retries.Add(
                1,
                new KeyValuePair<string, object?>("aps.operation", context?.OperationName ?? "raw"),
                new KeyValuePair<string, object?>("aps.area", context?.Area ?? "raw"));
        }

        var operation = context?.OperationName ?? "raw";
        var log = _logger.IsEnabled(LogLevel.Debug) || _logger.IsEnabled(LogLevel.Warning);
        if (!log && !ApsTelemetry.Source.HasListeners() && !ApsTelemetry.RequestDuration.Enabled)
        {
            // Nothing to log or record: hand the inner task back instead of awaiting it (one task less per attempt).
            return base.SendAsync(request, cancellationToken);
        }

        return SendObservedAsync(request, context, operation, attempt, log, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, ApsRequestContext? context, string operation, int attempt, bool log, CancellationToken cancellationToken)
    {
        var uri = ApsRedaction.RedactUri(request.RequestUri);
        var start = _time.GetTimestamp();
        var wallStart = Stopwatch.GetTimestamp();
        var method = request.Method.Method;
        using var activity = ApsTelemetry.Source.StartActivity(
            context?.Spec is { } spec ? method + " " + spec.Path.Template : method,
            ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("server.address", request.RequestUri?.Host);
            if (request.RequestUri is { IsAbsoluteUri: true } absolute)
            {
                activity.SetTag("server.port", absolute.Port);
            }

            activity.SetTag("url.full", uri);
            if (context?.Spec is { } s)
            {
                activity.SetTag("url.template", s.Path.Template);
            }

            if (attempt > 1)
            {
                activity.SetTag("http.request.resend_count", attempt - 1);
            }

            activity.SetTag("aps.operation", operation);
        }

        if (log)
        {
            LogSending(_logger, operation, method, uri, attempt);
        }

        int? status = null;
        string? errorType = null;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = _time.GetElapsedTime(start).TotalMilliseconds;
            status = (int)response.StatusCode;
            if (status >= 400)
            {
                errorType = status.Value.ToString(CultureInfo.InvariantCulture);
            }

            if (activity is not null)
            {
                activity.SetTag("http.response.status_code", status);
                if (response.Version != new Version(1, 1))
                {
                    activity.SetTag("network.protocol.version", response.Version.ToString());
                }

                if (errorType is not null)
                {
                    activity.SetTag("error.type", errorType);
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            if (log)
            {
                if (status == 429 || status >= 500)
                {
                    LogFailedStatus(_logger, operation, method, uri, status.Value, elapsed, attempt);
                }
                else
                {
                    LogReceived(_logger, operation, method, uri, status.Value, elapsed, attempt);
                }
            }

            return response;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // The caller cancelled, or the attempt timeout of the resilience pipeline fired.
            errorType = ApsTelemetryTags.ErrorType(ex, cancellationToken);
            activity?.SetTag("error.type", errorType);
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            if (log)
            {
                LogCancelled(_logger, operation, method, uri, _time.GetElapsedTime(start).TotalMilliseconds, attempt);
            }

            throw;
        }
        catch (Exception ex)
        {
            errorType = ApsTelemetryTags.ErrorType(ex, cancellationToken);
            activity?.SetTag("error.type", errorType);
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            if (log)
            {
                LogTransportFailure(_logger, operation, method, uri, ex.GetType().Name, _time.GetElapsedTime(start).TotalMilliseconds, attempt);
            }

            throw;
        }
        finally
        {
            if (ApsTelemetry.RequestDuration.Enabled)
            {
                var tags = new TagList
                {
                    { "http.request.method", method },
                    { "server.address", request.RequestUri?.Host },
                    { "aps.area", context?.Area ?? "raw" },
                };
                if (status is not null)
                {
                    tags.Add("http.response.status_code", status.Value);
                }

                if (errorType is not null)
                {
                    tags.Add("error.type", errorType);
                }

                ApsTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(wallStart).TotalSeconds, tags);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Operation}: sending {Method} {Uri} (attempt {Attempt})")]
    private static partial void LogSending(ILogger logger, string operation, string method, string uri, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Operation}: {Method} {Uri} answered {Status} in {ElapsedMs:0.0} ms (attempt {Attempt})")]
    private static partial void LogReceived(ILogger logger, string operation, string method, string uri, int status, double elapsedMs, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Operation}: {Method} {Uri} answered {Status} in {ElapsedMs:0.0} ms (attempt {Attempt})")]
    private static partial void LogFailedStatus(ILogger logger, string operation, string method, string uri, int status, double elapsedMs, int attempt);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "{Operation}: {Method} {Uri} was cancelled or timed out after {ElapsedMs:0.0} ms (attempt {Attempt})")]
    private static partial void LogCancelled(ILogger logger, string operation, string method, string uri, double elapsedMs, int attempt);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Operation}: {Method} {Uri} failed with {Error} after {ElapsedMs:0.0} ms (attempt {Attempt})")]
    private static partial void LogTransportFailure(ILogger logger, string operation, string method, string uri, string error, double elapsedMs, int attempt);
}
