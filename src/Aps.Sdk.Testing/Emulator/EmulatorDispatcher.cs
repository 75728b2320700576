using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Aps.Sdk.Testing.Emulator.Auth;
using Aps.Sdk.Testing.Emulator.Faults;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Aps.Sdk.Testing.Emulator;

/// <summary>
/// The emulator's only middleware: decodes the path, applies faults, finds the route, shapes the network, checks the
/// bearer token and scopes, runs the handler and turns <see cref="EmulatorError"/>s into responses.
/// </summary>
internal sealed class EmulatorDispatcher
{
    private const string ConnectedKey = "aps-emulator.connected";
    private readonly EmulatorContext _context;
    private readonly EmulatorRouteTable _routes;
    private readonly CancellationToken _stopping;

    public EmulatorDispatcher(EmulatorContext context, EmulatorRouteTable routes, CancellationToken stopping)
    {
        _context = context;
        _routes = routes;
        _stopping = stopping;
    }

    public async Task InvokeAsync(HttpContext http)
    {
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "/";
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = EmulatorPath.Split(queryStart >= 0 ? rawTarget[..queryStart] : rawTarget);
        var method = http.Request.Method;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping);
        var cancellation = linked.Token;

        TruncatingStream? truncating = null;
        try
        {
            var decision = _context.Faults.Evaluate(method, path);
            if (decision.Delay > TimeSpan.Zero)
            {
                await Task.Delay(decision.Delay, cancellation).ConfigureAwait(false);
            }

            if (decision.Terminal is { } fault)
            {
                switch (fault.Kind)
                {
                    case FaultKind.ResetConnection:
                        http.Abort();
                        return;
                    case FaultKind.TruncateBody:
                        truncating = new TruncatingStream(http.Response.Body, http);
                        http.Response.Body = truncating;
                        break;
                    default:
                        await WriteFaultAsync(http, fault, decision.RetryAfter).ConfigureAwait(false);
                        return;
                }
            }

            var route = _routes.Find(method, path, out var values, out var pathKnown);
            if (route is null)
            {
                throw pathKnown
                    ? EmulatorError.Reason(405, $"{method} is not allowed on {http.Request.Path}.")
                    : EmulatorError.Reason(404, $"The emulator has no route for {method} {http.Request.Path}.");
            }

            if (route.IsTransfer && _context.Network is { } network)
            {
                await ShapeAsync(http, network, cancellation).ConfigureAwait(false);
            }

            var token = route.Auth == RouteAuth.None ? null : Authorize(http, route);
            await route.Handler(new EmulatorRequest(http, _context, route, values, token)).ConfigureAwait(false);
            if (truncating is not null)
            {
                await truncating.CutAsync().ConfigureAwait(false);
            }
        }
        catch (EmulatorError error) when (!http.Response.HasStarted)
        {
            await WriteErrorAsync(http, error, truncating).ConfigureAwait(false);
        }
        catch (ResponseTruncatedException)
        {
            // The fault did its job.
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            http.Abort();
        }
        catch (IOException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-transfer.
        }
#pragma warning disable CA1031 // The emulator answers 500 for its own bugs rather than dropping the connection.
        catch (Exception ex) when (!http.Response.HasStarted)
#pragma warning restore CA1031
        {
            http.Response.Clear();
            await EmulatorResponses.WriteErrorAsync(http, EmulatorError.Reason(500, "The APS emulator failed: " + ex.Message)).ConfigureAwait(false);
        }
    }

    private static async Task WriteErrorAsync(HttpContext http, EmulatorError error, TruncatingStream? truncating)
    {
        http.Response.Clear();
        try
        {
            await EmulatorResponses.WriteErrorAsync(http, error).ConfigureAwait(false);
            if (truncating is not null)
            {
                await truncating.CutAsync().ConfigureAwait(false);
            }
        }
        catch (ResponseTruncatedException)
        {
            // An error answer is cut short like any other.
        }
    }

    private TokenRecord Authorize(HttpContext http, EmulatorRoute route)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            throw EmulatorError.Gateway(401, "AUTH-010", "Token is not provided in the request (Authorization: Bearer <token>).")
                .WithHeader("WWW-Authenticate", "Bearer");
        }

        var token = _context.Tokens.FindActiveAccessToken(header[7..].Trim())
            ?? throw EmulatorError.Gateway(401, "AUTH-006", "The token is not valid: it is unknown, expired or revoked.")
                .WithHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");

        if (route.Auth == RouteAuth.ThreeLegged && token.User is null)
        {
            throw EmulatorError.Gateway(403, "AUTH-012", "Token does not have the privilege for this request: it needs a 3-legged token (user context).");
        }

        if (route.AnyOfScopes.Count > 0 && !route.AnyOfScopes.Any(token.HasScope))
        {
            throw EmulatorError.Gateway(403, "AUTH-012", $"Token does not have the privilege for this request: it needs the scope {string.Join(" or ", route.AnyOfScopes)}.")
                .WithHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
        }

        return token;
    }

    private static async Task ShapeAsync(HttpContext http, EmulatedNetwork network, CancellationToken cancellation)
    {
        var latency = network.Latency;
        if (latency > TimeSpan.Zero)
        {
            // A new connection pays once more for its handshake.
            var items = http.Features.Get<IConnectionItemsFeature>()?.Items;
            if (items is not null && !items.ContainsKey(ConnectedKey))
            {
                items[ConnectedKey] = true;
                latency += network.Latency;
            }

            await Task.Delay(latency, cancellation).ConfigureAwait(false);
        }

        if (network.BytesPerSecond is { } rate and > 0)
        {
            http.Request.Body = new PacedStream(http.Request.Body, rate);
            http.Response.Body = new PacedStream(http.Response.Body, rate);
        }
    }

    private static Task WriteFaultAsync(HttpContext http, FaultRule fault, TimeSpan retryAfter)
    {
        if (fault.Kind is FaultKind.RateLimit or FaultKind.LimitRate)
        {
            var seconds = (long)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return EmulatorResponses.WriteJsonAsync(http, 429, new JsonObject
            {
                ["reason"] = "Rate limit exceeded (injected by the APS emulator). Retry after " + seconds.ToString(CultureInfo.InvariantCulture) + " s.",
            });
        }

        if (fault.Body is { } body)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            http.Response.StatusCode = fault.StatusCode;
            http.Response.ContentType = EmulatorResponses.JsonContentType;
            http.Response.ContentLength = bytes.Length;
            return http.Response.Body.WriteAsync(bytes, http.RequestAborted).AsTask();
        }

        return EmulatorResponses.WriteJsonAsync(http, fault.StatusCode, new JsonObject
        {
            ["reason"] = $"Fault injected by the APS emulator (status {fault.StatusCode.ToString(CultureInfo.InvariantCulture)}).",
        });
    }
}
