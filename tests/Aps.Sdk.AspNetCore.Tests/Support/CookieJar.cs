using System.Net.Http.Headers;

namespace Aps.Sdk.AspNetCore.Tests.Support;

/// <summary>
/// A browser's cookie jar for TestServer clients (which keep none): remembers Set-Cookie values and their attributes,
/// honours deletions, and sends them back. Secure cookies are sent over http://localhost as browsers do for localhost.
/// </summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, SetCookie> _cookies = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, SetCookie> Cookies => _cookies;

    public string? this[string name] => _cookies.TryGetValue(name, out var c) ? c.Value : null;

    public IReadOnlyList<SetCookie> Capture(HttpResponseMessage response)
    {
        var seen = new List<SetCookie>();
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return seen;
        }

        foreach (var header in values)
        {
            var cookie = SetCookie.Parse(header);
            seen.Add(cookie);
            if (cookie.IsDeletion)
            {
                _cookies.Remove(cookie.Name);
            }
            else
            {
                _cookies[cookie.Name] = cookie;
            }
        }

        return seen;
    }

    public void Remove(string name) => _cookies.Remove(name);

    public void Set(string name, string value) => _cookies[name] = new SetCookie(name, value, new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase));

    public void Apply(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Values.Select(c => c.Name + "=" + c.Value)));
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        Apply(request);
        var response = await client.SendAsync(request);
        Capture(response);
        return response;
    }

    public Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return SendAsync(client, request);
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string url) => SendAsync(client, new HttpRequestMessage(HttpMethod.Post, url));
}

public sealed record SetCookie(string Name, string Value, IReadOnlyDictionary<string, string?> Attributes)
{
    public bool HttpOnly => Attributes.ContainsKey("httponly");

    public bool Secure => Attributes.ContainsKey("secure");

    public string? SameSite => Attributes.TryGetValue("samesite", out var v) ? v : null;

    public bool IsDeletion => Value.Length == 0 || (Attributes.TryGetValue("expires", out var e) && DateTimeOffset.TryParse(e, out var when) && when < DateTimeOffset.UtcNow);

    public static SetCookie Parse(string header)
    {
        var parts = header.Split(';');
        var eq = parts[0].IndexOf('=', StringComparison.Ordinal);
        var attributes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts.Skip(1))
        {
            var kv = part.Trim();
            var i = kv.IndexOf('=', StringComparison.Ordinal);
            attributes[(i < 0 ? kv : kv[..i]).ToLowerInvariant()] = i < 0 ? null : kv[(i + 1)..];
        }

        return new SetCookie(parts[0][..eq].Trim(), parts[0][(eq + 1)..].Trim(), attributes);
    }
}
