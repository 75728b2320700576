using System.Net.Http;
using System.Net.Sockets;
using Polly.Timeout;

namespace Aps.Sdk.Core.Diagnostics;

/// <summary>Low-cardinality <c>error.type</c> values, as the OpenTelemetry conventions ask.</summary>
internal static class ApsTelemetryTags
{
    /// <summary>
    /// <c>cancelled</c> when the caller cancelled, <c>timeout</c> for the SDK's time limits, the
    /// <see cref="HttpRequestError"/> name (snake case) for transport failures, else the exception's full type name.
    /// </summary>
    public static string ErrorType(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return "cancelled";
        }

        if (exception is TimeoutRejectedException or TimeoutException || exception is OperationCanceledException { InnerException: TimeoutException })
        {
            return "timeout";
        }

        if (exception is HttpRequestException http)
        {
#if NET8_0_OR_GREATER
            if (http.HttpRequestError != HttpRequestError.Unknown)
            {
                return http.HttpRequestError switch
                {
                    HttpRequestError.NameResolutionError => "name_resolution_error",
                    HttpRequestError.ConnectionError => "connection_error",
                    HttpRequestError.SecureConnectionError => "secure_connection_error",
                    HttpRequestError.HttpProtocolError => "http_protocol_error",
                    HttpRequestError.ExtendedConnectNotSupported => "extended_connect_not_supported",
                    HttpRequestError.VersionNegotiationError => "version_negotiation_error",
                    HttpRequestError.UserAuthenticationError => "user_authentication_error",
                    HttpRequestError.ProxyTunnelError => "proxy_tunnel_error",
                    HttpRequestError.InvalidResponse => "invalid_response",
                    HttpRequestError.ResponseEnded => "response_ended",
                    HttpRequestError.ConfigurationLimitExceeded => "configuration_limit_exceeded",
                    _ => "http_request_error",
                };
            }
#endif
            if (http.InnerException is SocketException)
            {
                return "connection_error";
            }
        }

        return exception.GetType().FullName ?? exception.GetType().Name;
    }
}
