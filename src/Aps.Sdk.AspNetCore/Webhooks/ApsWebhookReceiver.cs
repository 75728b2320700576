using System.Buffers;
using Aps.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.Webhooks;

/// <summary>
/// The callback endpoint: reads the raw body once (bounded), verifies <c>x-adsk-signature</c> against the configured
/// secrets, parses the event, queues it and answers 200 at once. Handlers run later on the dispatcher.
/// </summary>
internal sealed class ApsWebhookReceiver
{
    private readonly ApsWebhookQueue _queue;
    private readonly ApsWebhookReceiverOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ApsWebhookReceiver> _logger;

    public ApsWebhookReceiver(ApsWebhookQueue queue, IOptions<ApsWebhookReceiverOptions> options, TimeProvider time, ILogger<ApsWebhookReceiver> logger)
    {
        _queue = queue;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task ReceiveAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength > _options.MaxBodySize)
        {
            LogRejected(_logger, StatusCodes.Status413PayloadTooLarge, "the body is larger than MaxBodySize");
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var body = await ReadBodyAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            LogRejected(_logger, StatusCodes.Status413PayloadTooLarge, "the body is larger than MaxBodySize");
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var header = request.Headers[ApsWebhookSignature.HeaderName].ToString();
        var result = Verify(body, header.Length == 0 ? null : header);
        if (!result.IsValid)
        {
            // The payload is never logged for an unverified request: only why it was refused.
            LogBadSignature(_logger, result.Status.ToString(), result.Message);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        ApsWebhookEvent callback;
        try
        {
            callback = ApsWebhookEvent.Parse(body);
        }
        catch (FormatException)
        {
            LogRejected(_logger, StatusCodes.Status400BadRequest, "the signed body is not a webhook callback");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var delivery = new ApsWebhookDelivery(callback, Guid.NewGuid().ToString("N"), _time.GetUtcNow());
        if (!_queue.TryEnqueue(delivery))
        {
            LogRejected(_logger, StatusCodes.Status503ServiceUnavailable, "the handler queue is full or shutting down");
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "30";
            return;
        }

        LogAccepted(_logger, callback.EventName.ToString(), callback.Hook?.HookId, delivery.DeliveryId);
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private ApsWebhookSignatureResult Verify(byte[] body, string? header)
    {
        var result = ApsWebhookSignature.Verify(body, header, _options.Secret!);
        if (result.Status != ApsWebhookSignatureStatus.Mismatch)
        {
            return result;
        }

        foreach (var secret in _options.AdditionalSecrets)
        {
            var other = ApsWebhookSignature.Verify(body, header, secret);
            if (other.IsValid)
            {
                return other;
            }
        }

        return result;
    }

    /// <summary>Reads the whole body once, at most <see cref="ApsWebhookReceiverOptions.MaxBodySize"/> bytes; <see langword="null"/> past it.</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = _options.MaxBodySize + 1L;
        }

        var buffer = new ArrayBufferWriter<byte>(http.Request.ContentLength is { } length and > 0 ? (int)length : 4096);
        var stream = http.Request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            int read;
            try
            {
                read = await stream.ReadAsync(memory, http.RequestAborted).ConfigureAwait(false);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null;
            }

            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > _options.MaxBodySize)
            {
                return null;
            }
        }
    }

    private static readonly Action<ILogger, string, string, Exception?> _logBadSignature =
        LoggerMessage.Define<string, string>(LogLevel.Warning, new EventId(10, "BadSignature"), "APS webhook callback refused with 401: bad signature ({Status}: {Reason}).");

    private static void LogBadSignature(ILogger logger, string status, string reason) => _logBadSignature(logger, status, reason, null);

    private static readonly Action<ILogger, int, string, Exception?> _logRejected =
        LoggerMessage.Define<int, string>(LogLevel.Warning, new EventId(11, "Rejected"), "APS webhook callback refused with {StatusCode}: {Reason}.");

    private static void LogRejected(ILogger logger, int statusCode, string reason) => _logRejected(logger, statusCode, reason, null);

    private static readonly Action<ILogger, string, string?, string, Exception?> _logAccepted =
        LoggerMessage.Define<string, string?, string>(LogLevel.Debug, new EventId(12, "Accepted"), "APS webhook callback '{EventName}' (hook {HookId}) accepted as delivery {DeliveryId}.");

    private static void LogAccepted(ILogger logger, string eventName, string? hookId, string deliveryId) => _logAccepted(logger, eventName, hookId, deliveryId, null);
}
