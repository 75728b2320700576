using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Aps.Sdk.AspNetCore.SignIn;

/// <summary>The small HTML pages the sign-in shows when it cannot complete (no token or code ever appears in them).</summary>
internal static class SignInPages
{
    public const string ConsentDenied = "consent_denied";
    public const string StateMismatch = "state_mismatch";
    public const string SessionExpired = "session_expired";
    public const string SignInFailed = "sign_in_failed";

    public static Task WriteErrorAsync(HttpContext http, int status, string error, string title, string message, string loginPath)
    {
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        if (!WantsHtml(http.Request))
        {
            return http.Response.WriteAsJsonAsync(new SignInProblem { Error = error, Message = message }, AspNetCoreJsonContext.Default.SignInProblem, "application/json; charset=utf-8", http.RequestAborted);
        }

        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title></head><body><main id=\"aps-sign-in-error\" data-error=\"")
            .Append(WebUtility.HtmlEncode(error))
            .Append("\"><h1>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</h1><p>")
            .Append(WebUtility.HtmlEncode(message))
            .Append("</p><p><a id=\"aps-sign-in-again\" href=\"")
            .Append(WebUtility.HtmlEncode(loginPath))
            .Append("\">Sign in with Autodesk</a></p></main></body></html>")
            .ToString();
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(html, http.RequestAborted);
    }

    /// <summary>Browsers (Accept: text/html) get a page; API callers get JSON.</summary>
    public static bool WantsHtml(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0 || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
