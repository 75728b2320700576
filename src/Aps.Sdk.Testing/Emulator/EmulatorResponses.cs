using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Aps.Sdk.Testing.Emulator;

/// <summary>Writes emulator responses: JSON, empty, errors.</summary>
internal static class EmulatorResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static async Task WriteJsonAsync(HttpContext http, int status, JsonNode body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body.WriteTo(writer);
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = JsonContentType;
        http.Response.ContentLength = buffer.WrittenCount;
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteEmptyAsync(HttpContext http, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    public static async Task WriteErrorAsync(HttpContext http, EmulatorError error)
    {
        foreach (var (name, value) in error.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (error.Xml is { } xml)
        {
            var bytes = Encoding.UTF8.GetBytes(xml);
            http.Response.StatusCode = error.Status;
            http.Response.ContentType = "application/xml";
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            await WriteJsonAsync(http, error.Status, error.Json ?? new JsonObject()).ConfigureAwait(false);
        }
    }
}
