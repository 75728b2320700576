using Aps.Sdk.Authentication;

namespace Aps.Sdk.Testing.Emulator;

/// <summary>Handles one request that matched a route.</summary>
internal delegate Task EmulatorHandler(EmulatorRequest request);

/// <summary>What a route asks of the caller.</summary>
internal enum RouteAuth
{
    /// <summary>Anyone (token endpoints authenticate the client themselves; signed URLs carry their own proof).</summary>
    None,

    /// <summary>A valid bearer token, 2- or 3-legged.</summary>
    Bearer,

    /// <summary>A valid 3-legged bearer token (user context).</summary>
    ThreeLegged,
}

/// <summary>A route: method, path template, authorization and handler. Configured fluently by modules.</summary>
internal sealed class EmulatorRoute
{
    internal EmulatorRoute(string method, string template, EmulatorHandler handler)
    {
        Method = method;
        Template = template;
        Segments = EmulatorPath.Split(template);
        Handler = handler;
        LiteralCount = Segments.Count(s => !IsParameter(s));
    }

    public string Method { get; }

    public string Template { get; }

    public IReadOnlyList<string> Segments { get; }

    public int LiteralCount { get; }

    public EmulatorHandler Handler { get; }

    public RouteAuth Auth { get; private set; } = RouteAuth.Bearer;

    /// <summary>Gets the scopes of which the token needs at least one; empty when any valid token will do.</summary>
    public IReadOnlyList<string> AnyOfScopes { get; private set; } = [];

    /// <summary>Gets a value indicating whether this route moves object data (network shaping applies).</summary>
    public bool IsTransfer { get; private set; }

    /// <summary>Requires a bearer token with at least one of <paramref name="scopes"/>.</summary>
    public EmulatorRoute Scopes(params string[] scopes)
    {
        AnyOfScopes = scopes;
        return this;
    }

    /// <summary>Requires a 3-legged token.</summary>
    public EmulatorRoute ThreeLegged()
    {
        Auth = RouteAuth.ThreeLegged;
        return this;
    }

    /// <summary>Lets anyone call the route.</summary>
    public EmulatorRoute Anonymous()
    {
        Auth = RouteAuth.None;
        return this;
    }

    /// <summary>Marks the route as a data transfer (emulated S3): bandwidth and latency shaping apply.</summary>
    public EmulatorRoute Transfer()
    {
        IsTransfer = true;
        return this;
    }

    internal static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    internal bool TryMatch(IReadOnlyList<string> path, out Dictionary<string, string> values)
    {
        values = null!;
        if (path.Count != Segments.Count)
        {
            return false;
        }

        for (var i = 0; i < path.Count; i++)
        {
            var segment = Segments[i];
            if (!IsParameter(segment) && !string.Equals(segment, path[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < path.Count; i++)
        {
            if (IsParameter(Segments[i]))
            {
                values[Segments[i][1..^1]] = path[i];
            }
        }

        return true;
    }
}

/// <summary>The emulator's routes. Modules add theirs in <see cref="IEmulatorModule.Map"/>.</summary>
internal sealed class EmulatorRouteTable
{
    private readonly List<EmulatorRoute> _routes = [];

    public IReadOnlyList<EmulatorRoute> Routes => _routes;

    public EmulatorRoute Map(string method, string template, EmulatorHandler handler)
    {
        var route = new EmulatorRoute(method, template, handler);
        _routes.Add(route);
        return route;
    }

    public EmulatorRoute MapGet(string template, EmulatorHandler handler) => Map("GET", template, handler);

    public EmulatorRoute MapPost(string template, EmulatorHandler handler) => Map("POST", template, handler);

    public EmulatorRoute MapPut(string template, EmulatorHandler handler) => Map("PUT", template, handler);

    public EmulatorRoute MapDelete(string template, EmulatorHandler handler) => Map("DELETE", template, handler);

    /// <summary>Finds the most specific route of <paramref name="method"/> for <paramref name="path"/>.</summary>
    /// <returns>The route, or <see langword="null"/>; <paramref name="pathKnown"/> tells whether another method would match.</returns>
    public EmulatorRoute? Find(string method, IReadOnlyList<string> path, out Dictionary<string, string> values, out bool pathKnown)
    {
        EmulatorRoute? best = null;
        Dictionary<string, string>? bestValues = null;
        pathKnown = false;
        foreach (var route in _routes)
        {
            if (!route.TryMatch(path, out var candidate))
            {
                continue;
            }

            pathKnown = true;
            var sameMethod = string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase)
                || (method == "HEAD" && route.Method == "GET");
            if (sameMethod && (best is null || route.LiteralCount > best.LiteralCount || (route.LiteralCount == best.LiteralCount && route.Method == method && best.Method != method)))
            {
                best = route;
                bestValues = candidate;
            }
        }

        values = bestValues ?? new Dictionary<string, string>(StringComparer.Ordinal);
        return best;
    }
}

/// <summary>Splits paths into decoded segments.</summary>
internal static class EmulatorPath
{
    /// <summary>Splits a raw (still escaped) path on '/' and unescapes each segment, so an escaped '/' stays inside its segment.</summary>
    public static IReadOnlyList<string> Split(string rawPath)
    {
        var parts = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Uri.UnescapeDataString(parts[i]);
        }

        return parts;
    }
}

/// <summary>The scope helpers routes use.</summary>
internal static class EmulatorScopes
{
    public static readonly string[] DataRead = [ApsScopes.DataRead];
    public static readonly string[] DataWrite = [ApsScopes.DataWrite];
    public static readonly string[] DataCreateOrWrite = [ApsScopes.DataCreate, ApsScopes.DataWrite];
}
