using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Aps.Sdk.Core.Errors;

/// <summary>
/// Reads every error shape APS uses (endpoints.md section 2.5) into <see cref="ApsErrorDetails"/>: JSON:API
/// <c>errors[]</c>, Data Management <c>meta.warnings</c>, OSS <c>{reason}</c>, SSA <c>{title, detail}</c>, OAuth
/// <c>{error, error_description}</c>, legacy <c>{developerMessage, errorCode, moreInfo}</c>, <c>{code, message}</c>,
/// Model Derivative <c>{diagnostic}</c>, nested <c>result.error</c>, bare arrays, plain text and HTML pages.
/// </summary>
internal static partial class ApsErrorParser
{
    internal const int MaxRawBody = 4096;
    private const int MaxDetail = 1000;

    private static readonly string[] RequestIdHeaders =
        ["x-ads-troubleshooting", "x-ads-troubleshooting-id", "x-request-id", "x-ads-request-id", "x-correlation-id", "x-amzn-requestid"];

    private static readonly HashSet<string> HiddenHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Set-Cookie", "Set-Cookie2", "Authorization", "Proxy-Authorization", "WWW-Authenticate", "Proxy-Authenticate", "Cookie",
    };

    /// <summary>Builds the details of a failed response; reads at most <see cref="MaxRawBody"/> × 16 bytes of body.</summary>
    public static async Task<ApsErrorDetails> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        byte[] body = [];
        try
        {
            if (response.Content is not null)
            {
                body = await ReadLimitedAsync(response.Content, MaxRawBody * 16, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException)
        {
            // The error is the status; a body that cannot be read (or decompressed) adds nothing.
        }

        return FromBody(response, body);
    }

    /// <summary>Builds the details from a response whose body was already read.</summary>
    public static ApsErrorDetails FromBody(HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        var request = response.RequestMessage;
        var parsed = Parse(body, response.Content?.Headers.ContentType?.MediaType);
        var raw = body.IsEmpty ? null : ApsRedaction.Truncate(ApsRedaction.RedactText(Encoding.UTF8.GetString(body)), MaxRawBody);
        return new ApsErrorDetails
        {
            StatusCode = (int)response.StatusCode,
            ErrorCode = parsed.Code is null ? null : ApsRedaction.RedactText(parsed.Code),
            Detail = parsed.Detail is null ? null : ApsRedaction.Truncate(ApsRedaction.RedactText(parsed.Detail), MaxDetail),
            Errors = RedactErrors(parsed.Errors),
            Warnings = RedactWarnings(parsed.Warnings),
            RawBody = raw,
            RequestId = FindRequestId(response.Headers),
            Method = request?.Method.Method,
            RequestUri = ApsRedaction.RedactUri(request?.RequestUri),
            Headers = CollectHeaders(response),
        };
    }

    // The listed errors and warnings are public on the exception too: mask them like Detail and RawBody.
    private static IReadOnlyList<ApsError> RedactErrors(IReadOnlyList<ApsError> errors)
        => errors.Count == 0
            ? errors
            : [.. errors.Select(e => new ApsError
            {
                Id = RedactOrNull(e.Id),
                Status = RedactOrNull(e.Status),
                Code = RedactOrNull(e.Code),
                Title = RedactOrNull(e.Title),
                Detail = RedactOrNull(e.Detail),
                AdditionalData = e.AdditionalData,
            })];

    private static IReadOnlyList<ApsWarning> RedactWarnings(IReadOnlyList<ApsWarning> warnings)
        => warnings.Count == 0
            ? warnings
            : [.. warnings.Select(w => new ApsWarning
            {
                Id = RedactOrNull(w.Id),
                HttpStatusCode = RedactOrNull(w.HttpStatusCode),
                ErrorCode = RedactOrNull(w.ErrorCode),
                Title = RedactOrNull(w.Title),
                Detail = RedactOrNull(w.Detail),
                AboutLink = RedactOrNull(w.AboutLink),
                AdditionalData = w.AdditionalData,
            })];

    private static string? RedactOrNull(string? text) => text is null ? null : ApsRedaction.RedactText(text);

    /// <summary>Details for a call that got no response (connection failure, timeout, open circuit).</summary>
    public static ApsErrorDetails NoResponse(HttpRequestMessage request, string detail) => new()
    {
        StatusCode = 0,
        Detail = ApsRedaction.RedactText(detail),
        Method = request.Method.Method,
        RequestUri = ApsRedaction.RedactUri(request.RequestUri),
    };

    /// <summary>The parsed error parts of a body.</summary>
    internal readonly record struct ParsedError(string? Code, string? Detail, IReadOnlyList<ApsError> Errors, IReadOnlyList<ApsWarning> Warnings);

    public static ParsedError Parse(ReadOnlySpan<byte> body, string? mediaType)
    {
        var trimmed = TrimStart(body);
        if (trimmed.IsEmpty)
        {
            return new ParsedError(null, null, [], []);
        }

        if (trimmed[0] is (byte)'{' or (byte)'[')
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed.ToArray());
                return ParseJson(document.RootElement);
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to text.
            }
        }

        var text = Encoding.UTF8.GetString(trimmed);
        if (IsHtml(mediaType, text))
        {
            return new ParsedError(null, HtmlSummary(text), [], []);
        }

        return new ParsedError(null, CollapseWhiteSpace(text), [], []);
    }

    /// <summary>Reads the error shapes from a JSON element (also used for errors inside 200 bodies).</summary>
    public static ParsedError ParseJson(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            var list = ReadErrorArray(root);
            var first = list.Count > 0 ? list[0] : null;
            return new ParsedError(first?.Code ?? first?.Title, first?.Detail ?? (first?.Code is null ? null : first.Title), list, []);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ParsedError(null, root.ToString(), [], []);
        }

        var warnings = ReadWarnings(root);
        string? code = null;
        string? detail = null;
        IReadOnlyList<ApsError> errors = [];

        if (root.TryGetProperty("errors", out var errorsElement) && errorsElement.ValueKind == JsonValueKind.Array)
        {
            errors = ReadErrorArray(errorsElement);
            if (errors.Count > 0)
            {
                code = errors[0].Code ?? errors[0].Title;
                detail = errors[0].Detail ?? (errors[0].Code is null ? null : errors[0].Title);
            }
        }

        if (code is null && detail is null)
        {
            // OAuth: {error, error_description}; error may itself be an object.
            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    code = error.GetString();
                    detail = GetString(root, "error_description") ?? GetString(root, "message");
                }
                else if (error.ValueKind == JsonValueKind.Object)
                {
                    var nested = ParseJson(error);
                    code = nested.Code;
                    detail = nested.Detail;
                    errors = nested.Errors;
                }
            }
        }

        if (code is null && detail is null && root.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object
            && result.TryGetProperty("error", out var resultError) && resultError.ValueKind == JsonValueKind.Object)
        {
            var nested = ParseJson(resultError);
            code = nested.Code;
            detail = nested.Detail;
        }

        if (code is null && detail is null)
        {
            code = GetString(root, "errorCode") ?? GetString(root, "code") ?? GetString(root, "error_code")
                ?? GetString(root, "title") ?? GetString(root, "title:");
            detail = GetString(root, "detail") ?? GetString(root, "developerMessage") ?? GetString(root, "message")
                ?? GetString(root, "reason") ?? GetString(root, "diagnostic") ?? GetString(root, "description")
                ?? GetString(root, "userMessage") ?? GetString(root, "msg");
            if (detail is not null && code is not null && GetString(root, "title") is { } title && title != code)
            {
                detail = title + ": " + detail;
            }
        }

        if (code is null && detail is null && warnings.Count > 0)
        {
            code = warnings[0].ErrorCode;
            detail = JoinNonEmpty(warnings[0].Title, warnings[0].Detail);
        }

        return new ParsedError(code, detail, errors, warnings);
    }

    private static List<ApsError> ReadErrorArray(JsonElement array)
    {
        var list = new List<ApsError>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(new ApsError { Detail = item.GetString() });
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            list.Add(new ApsError
            {
                Id = GetString(item, "id"),
                Status = GetString(item, "status"),
                Code = GetString(item, "code") ?? GetString(item, "errorCode") ?? GetString(item, "error"),
                Title = GetString(item, "title"),
                Detail = GetString(item, "detail") ?? GetString(item, "message") ?? GetString(item, "reason") ?? GetString(item, "description"),
            });
        }

        return list;
    }

    private static List<ApsWarning> ReadWarnings(JsonElement root)
    {
        var list = new List<ApsWarning>();
        if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("warnings", out var warnings) && warnings.ValueKind == JsonValueKind.Array)
        {
            foreach (var w in warnings.EnumerateArray())
            {
                if (w.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                list.Add(new ApsWarning
                {
                    Id = GetStringAnyCase(w, "Id"),
                    HttpStatusCode = GetStringAnyCase(w, "HttpStatusCode"),
                    ErrorCode = GetStringAnyCase(w, "ErrorCode"),
                    Title = GetStringAnyCase(w, "Title"),
                    Detail = GetStringAnyCase(w, "Detail"),
                    AboutLink = GetStringAnyCase(w, "AboutLink"),
                });
            }
        }

        return list;
    }

    /// <summary>A property as text, whatever its JSON kind (numbers and booleans as written).</summary>
    internal static string? GetString(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfEmpty(value.GetString()),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    private static string? GetStringAnyCase(JsonElement element, string name)
    {
        var exact = GetString(element, name);
        if (exact is not null)
        {
            return exact;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind is JsonValueKind.String ? NullIfEmpty(property.Value.GetString())
                    : property.Value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? property.Value.GetRawText() : null;
            }
        }

        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? JoinNonEmpty(string? a, string? b)
        => string.IsNullOrEmpty(a) ? b : string.IsNullOrEmpty(b) ? a : a + ": " + b;

    private static string? FindRequestId(HttpResponseHeaders headers)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (headers.TryGetValues(name, out var values))
            {
                var value = values.FirstOrDefault();
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, string> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (!HiddenHeaders.Contains(header.Key))
            {
                headers[header.Key] = ApsRedaction.RedactText(string.Join(", ", header.Value));
            }
        }

        if (response.Content is not null)
        {
            foreach (var header in response.Content.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        return headers;
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[limit];
            var total = 0;
            while (total < limit)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(total, limit - total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
    }

    private static ReadOnlySpan<byte> TrimStart(ReadOnlySpan<byte> body)
    {
        // Skip a UTF-8 byte-order mark and leading white space.
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        {
            body = body[3..];
        }

        var i = 0;
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return body[i..];
    }

    private static bool IsHtml(string? mediaType, string text)
        => (mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false)
           || text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
           || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase);

    private static string HtmlSummary(string html)
    {
        var title = HtmlTitle().Match(html);
        if (title.Success)
        {
            return CollapseWhiteSpace(WebUtility.HtmlDecode(title.Groups[1].Value));
        }

        var stripped = HtmlTags().Replace(html, " ");
        return ApsRedaction.Truncate(CollapseWhiteSpace(WebUtility.HtmlDecode(stripped)), 300);
    }

    private static string CollapseWhiteSpace(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTitle();

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>|<[^>]+>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
