using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aps.Sdk.Testing.Emulator.Auth;
using Microsoft.AspNetCore.Http;

namespace Aps.Sdk.Testing.Emulator;

/// <summary>A request that matched a route: the HTTP context, route values, the caller's token and the emulator.</summary>
internal sealed class EmulatorRequest
{
    public EmulatorRequest(HttpContext http, EmulatorContext emulator, EmulatorRoute route, Dictionary<string, string> values, TokenRecord? token)
    {
        Http = http;
        Emulator = emulator;
        Route = route;
        Values = values;
        Token = token;
    }

    public HttpContext Http { get; }

    public EmulatorContext Emulator { get; }

    public EmulatorRoute Route { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Gets the bearer token the call was authorized with (routes that require one).</summary>
    public TokenRecord? Token { get; }

    public CancellationToken Aborted => Http.RequestAborted;

    public HttpRequest Request => Http.Request;

    public HttpResponse Response => Http.Response;

    public string this[string routeValue] => Values[routeValue];

    /// <summary>Gets a query parameter (the first value), or <see langword="null"/>.</summary>
    public string? Query(string name)
        => Http.Request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Gets a header (the first value), or <see langword="null"/>.</summary>
    public string? Header(string name)
        => Http.Request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Reads an integer query parameter; 400 with an OSS reason when it is not one or is out of range.</summary>
    public int? QueryInt(string name, int min, int max)
    {
        var text = Query(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw EmulatorError.Reason(400, $"The '{name}' parameter must be an integer between {min} and {max}; '{text}' is not.");
        }

        return value;
    }

    /// <summary>Reads a boolean query parameter (true/false).</summary>
    public bool? QueryBool(string name)
    {
        var text = Query(name);
        return text is null ? null : bool.TryParse(text, out var value) ? value : throw EmulatorError.Reason(400, $"The '{name}' parameter must be true or false; '{text}' is not.");
    }

    /// <summary>Reads the JSON body as an object; 400 (OSS reason) when it is missing or not a JSON object.</summary>
    public async Task<JsonObject> ReadJsonObjectAsync(bool required = true)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(Http.Request.Body, cancellationToken: Aborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            if (!required)
            {
                return new JsonObject();
            }

            throw EmulatorError.Reason(400, "The request body is not valid JSON.");
        }

        return node as JsonObject ?? (required ? throw EmulatorError.Reason(400, "The request body must be a JSON object.") : new JsonObject());
    }

    /// <summary>Writes a JSON response.</summary>
    public Task JsonAsync(JsonNode body, int status = 200) => EmulatorResponses.WriteJsonAsync(Http, status, body);

    /// <summary>Writes an empty response.</summary>
    public Task EmptyAsync(int status = 200) => EmulatorResponses.WriteEmptyAsync(Http, status);
}
