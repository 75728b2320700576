using System.Net;
using System.Text;

namespace Aps.Sdk.Testing.Emulator.Auth;

/// <summary>The emulator's few HTML pages (authorize consent, logout, sign-in errors).</summary>
internal static class EmulatorPages
{
    public static string Encode(string value) => WebUtility.HtmlEncode(value);

    public static async Task WriteAsync(EmulatorRequest request, int status, string title, string bodyHtml)
    {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Encode(title) + "</title></head><body>" + bodyHtml + "</body></html>";
        var bytes = Encoding.UTF8.GetBytes(html);
        var response = request.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = bytes.Length;
        response.Headers.CacheControl = "no-store";
        await response.Body.WriteAsync(bytes, request.Aborted).ConfigureAwait(false);
    }
}
