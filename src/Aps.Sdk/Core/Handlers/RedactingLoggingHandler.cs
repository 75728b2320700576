using System.Diagnostics;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// Innermost handler: one log line per attempt with the method, the address without its query (signed paths
/// masked), the status and the time taken. Never a header, a token or a body.
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

        var operation = context?.OperationName ?? "raw";
        if (!_logger.IsEnabled(LogLevel.Debug) && !_logger.IsEnabled(LogLevel.Warning))
        {
            // Nothing to log: hand the inner task back instead of awaiting it (one task less per attempt).
            return base.SendAsync(request, cancellationToken);
        }

        return SendLoggedAsync(request, operation, attempt, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, string operation, int attempt, CancellationToken cancellationToken)
    {
        var uri = ApsRedaction.RedactUri(request.RequestUri);
        var start = _time.GetTimestamp();
        LogSending(_logger, operation, request.Method.Method, uri, attempt);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = _time.GetElapsedTime(start).TotalMilliseconds;
            var status = (int)response.StatusCode;
            if (status == 429 || status >= 500)
            {
                LogFailedStatus(_logger, operation, request.Method.Method, uri, status, elapsed, attempt);
            }
            else
            {
                LogReceived(_logger, operation, request.Method.Method, uri, status, elapsed, attempt);
            }

            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller cancelled, or the attempt timeout of the resilience pipeline fired.
            LogCancelled(_logger, operation, request.Method.Method, uri, _time.GetElapsedTime(start).TotalMilliseconds, attempt);
            throw;
        }
        catch (Exception ex)
        {
            LogTransportFailure(_logger, operation, request.Method.Method, uri, ex.GetType().Name, _time.GetElapsedTime(start).TotalMilliseconds, attempt);
            throw;
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
