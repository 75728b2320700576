using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.SignIn;

/// <summary>
/// The sign-in endpoints: login (authorize URL with PKCE; state, nonce and verifier kept server side), callback
/// (state and browser binding checked, code exchanged, pair stored under a new session), logout (revoke, APS logout
/// page) and the user's profile.
/// </summary>
internal sealed class ApsSignInHandler
{
    private const string PendingPrefix = "aps-signin:";

    private readonly ApsSessionRegistry _registry;
    private readonly IDistributedCache _pending;
    private readonly ApsSignInOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ApsSignInHandler> _logger;

    public ApsSignInHandler(ApsSessionRegistry registry, IDistributedCache pending, IOptions<ApsSignInOptions> options, TimeProvider time, ILogger<ApsSignInHandler> logger)
    {
        _registry = registry;
        _pending = pending;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    private string BindingCookieName => _options.CookieName + ".signin";

    public async Task LoginAsync(HttpContext http, string prefix)
    {
        var returnPath = http.Request.Query["returnUrl"].ToString();
        if (!ApsSignInOptions.IsLocalPath(returnPath))
        {
            returnPath = _options.DefaultReturnPath;
        }

        var redirectUri = RedirectUri(http, prefix);
        var binding = http.Request.Cookies[BindingCookieName];
        if (!ApsSessionRegistry.IsWellFormed(binding))
        {
            binding = ApsSessionRegistry.NewSecret();
        }

        var state = ApsSessionRegistry.NewSecret();
        var pkce = ApsPkce.Create();
        var pending = new PendingSignIn
        {
            CodeVerifier = pkce.Verifier,
            Nonce = ApsSessionRegistry.NewSecret(),
            ReturnPath = returnPath,
            RedirectUri = redirectUri.AbsoluteUri,
            Binding = Hash(binding!),
        };
        var authorize = _registry.App.Authentication.GetAuthorizeUrl(new ApsAuthorizeRequest
        {
            RedirectUri = redirectUri,
            Scopes = ApsScopes.Create(_options.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            State = state,
            Nonce = pending.Nonce,
            Pkce = pkce,
            Prompt = _options.Prompt,
        });
        await _pending.SetAsync(
            PendingPrefix + state,
            JsonSerializer.SerializeToUtf8Bytes(pending, AspNetCoreJsonContext.Default.PendingSignIn),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = _options.SignInTimeout },
            http.RequestAborted).ConfigureAwait(false);

        http.Response.Cookies.Append(BindingCookieName, binding!, CookieOptions(http, _options.SignInTimeout, SameSiteMode.Lax));
        NoStore(http);
        http.Response.Redirect(authorize.AbsoluteUri);
    }

    public async Task CallbackAsync(HttpContext http, string prefix)
    {
        NoStore(http);
        var query = http.Request.Query;
        var state = query["state"].ToString();
        PendingSignIn? pending = null;
        if (state.Length is > 0 and <= 128)
        {
            var bytes = await _pending.GetAsync(PendingPrefix + state, http.RequestAborted).ConfigureAwait(false);
            if (bytes is not null)
            {
                // Single use, whatever happens next.
                await _pending.RemoveAsync(PendingPrefix + state, http.RequestAborted).ConfigureAwait(false);
                pending = JsonSerializer.Deserialize(bytes, AspNetCoreJsonContext.Default.PendingSignIn);
            }
        }

        var binding = http.Request.Cookies[BindingCookieName];
        if (pending is null || !ApsSessionRegistry.IsWellFormed(binding) || !FixedEquals(Hash(binding!), pending.Binding))
        {
            LogStateMismatch(_logger, pending is null ? "unknown or expired state" : "the callback came from another browser");
            await SignInPages.WriteErrorAsync(http, StatusCodes.Status400BadRequest, SignInPages.StateMismatch, "Sign-in could not be verified",
                "This sign-in response does not match a sign-in started in this browser, or it has expired. Please sign in again.", LoginPath(prefix)).ConfigureAwait(false);
            return;
        }

        http.Response.Cookies.Delete(BindingCookieName, CookieOptions(http, null, SameSiteMode.Lax));
        var error = query["error"].ToString();
        if (error.Length > 0)
        {
            var denied = error == "access_denied";
            LogCallbackError(_logger, Printable(error));
            await SignInPages.WriteErrorAsync(http,
                denied ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
                denied ? SignInPages.ConsentDenied : SignInPages.SignInFailed,
                denied ? "Access was not granted" : "Sign-in failed",
                denied ? "You declined to give this application access to your Autodesk account. Nothing was stored." : $"Autodesk answered the sign-in with the error '{Printable(error)}'.",
                LoginPath(prefix)).ConfigureAwait(false);
            return;
        }

        var code = query["code"].ToString();
        if (code.Length == 0)
        {
            await SignInPages.WriteErrorAsync(http, StatusCodes.Status400BadRequest, SignInPages.SignInFailed, "Sign-in failed",
                "The sign-in response carried no authorization code.", LoginPath(prefix)).ConfigureAwait(false);
            return;
        }

        // A new session id on every sign-in (no session fixation); the old session, if any, is dropped.
        await DropSessionAsync(http, revoke: false).ConfigureAwait(false);
        var cookie = ApsSessionRegistry.NewSecret();
        var sessionKey = ApsSessionRegistry.SessionKey(cookie);
        var session = _registry.Get(sessionKey);
        ApsStoredToken stored;
        try
        {
            stored = await session.Provider.SignInAsync(code, new Uri(pending.RedirectUri), pending.CodeVerifier, http.RequestAborted).ConfigureAwait(false);
        }
        catch (ApsException ex)
        {
            _registry.Forget(sessionKey);
            LogExchangeFailed(_logger, ex.GetType().Name, (int?)ex.StatusCode);
            await SignInPages.WriteErrorAsync(http, StatusCodes.Status400BadRequest, SignInPages.SignInFailed, "Sign-in failed",
                "Autodesk did not accept the sign-in (the code may have expired or been used already). Please sign in again.", LoginPath(prefix)).ConfigureAwait(false);
            return;
        }

        if (stored.IdToken is { } idToken && !NonceMatches(idToken, pending.Nonce))
        {
            await _registry.Store.RemoveAsync(sessionKey, CancellationToken.None).ConfigureAwait(false);
            _registry.Forget(sessionKey);
            LogStateMismatch(_logger, "the ID token's nonce does not match");
            await SignInPages.WriteErrorAsync(http, StatusCodes.Status400BadRequest, SignInPages.StateMismatch, "Sign-in could not be verified",
                "The identity token does not belong to this sign-in. Please sign in again.", LoginPath(prefix)).ConfigureAwait(false);
            return;
        }

        http.Response.Cookies.Append(_options.CookieName, cookie, CookieOptions(http, _options.SessionLifetime, _options.CookieSameSite));
        LogSignedIn(_logger);
        http.Response.Redirect(pending.ReturnPath);
    }

    public async Task LogoutAsync(HttpContext http)
    {
        NoStore(http);
        await DropSessionAsync(http, revoke: true).ConfigureAwait(false);
        var target = _options.PostLogoutRedirectUri ?? new Uri(Origin(http) + http.Request.PathBase + _options.SignedOutPath);
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = _registry.App.Authentication.GetLogoutUrl(target).AbsoluteUri;
    }

    public static async Task UserInfoAsync(HttpContext http, IApsUserClient user, string prefix)
    {
        NoStore(http);
        if (!user.HasSession)
        {
            await SignInPages.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "not_signed_in", "Not signed in", "No user is signed in.", LoginPath(prefix)).ConfigureAwait(false);
            return;
        }

        var info = await user.GetUserInfoAsync(http.RequestAborted).ConfigureAwait(false);
        await http.Response.WriteAsJsonAsync(info, AspNetCoreJsonContext.Default.ApsUserInfo, "application/json; charset=utf-8", http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Turns "the refresh token has expired" into the sign-in-again page and clears the dead session.</summary>
    public async Task<bool> TryHandleAsync(HttpContext http, ApsAuthenticationException exception, string prefix)
    {
        if (!exception.RequiresSignIn || http.Response.HasStarted)
        {
            return false;
        }

        http.Response.Clear();
        NoStore(http);
        await DropSessionAsync(http, revoke: false).ConfigureAwait(false);
        LogSessionExpired(_logger);
        await SignInPages.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, SignInPages.SessionExpired, "Your Autodesk session has ended",
            "Your sign-in has expired or was revoked. Please sign in again.", LoginPath(prefix) + "?returnUrl=" + Uri.EscapeDataString(http.Request.PathBase + http.Request.Path + http.Request.QueryString)).ConfigureAwait(false);
        return true;
    }

    private async Task DropSessionAsync(HttpContext http, bool revoke)
    {
        var cookie = http.Request.Cookies[_options.CookieName];
        if (cookie is not null)
        {
            http.Response.Cookies.Delete(_options.CookieName, CookieOptions(http, null, _options.CookieSameSite));
        }

        if (!ApsSessionRegistry.IsWellFormed(cookie))
        {
            return;
        }

        var key = ApsSessionRegistry.SessionKey(cookie!);
        if (revoke)
        {
            await _registry.Get(key).Provider.SignOutAsync(CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await _registry.Store.RemoveAsync(key, CancellationToken.None).ConfigureAwait(false);
        }

        _registry.Forget(key);
        LogSignedOut(_logger, revoke);
    }

    private Uri RedirectUri(HttpContext http, string prefix)
        => _options.RedirectUri ?? new Uri(Origin(http) + http.Request.PathBase + prefix + "/callback");

    private static string Origin(HttpContext http) => http.Request.Scheme + "://" + http.Request.Host.ToUriComponent();

    private static string LoginPath(string prefix) => prefix + "/login";

    private CookieOptions CookieOptions(HttpContext http, TimeSpan? lifetime, SameSiteMode sameSite) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = sameSite,
        Path = http.Request.PathBase.HasValue ? http.Request.PathBase.Value : "/",
        IsEssential = true,
        Expires = lifetime is { } span ? _time.GetUtcNow() + span : null,
    };

    private static void NoStore(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
    }

    private static string Hash(string value) => ApsSessionRegistry.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(value)));

    private static bool FixedEquals(string a, string b)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Printable(string value)
    {
        var cut = value.Length > 64 ? value[..64] : value;
        return new string(cut.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '?').ToArray());
    }

    /// <summary>
    /// Checks the ID token's <c>nonce</c> claim. The token came straight from the APS token endpoint over TLS in the
    /// code exchange, so (OpenID Connect Core 3.1.3.7) its issuer is already known; only the nonce binds it to this sign-in.
    /// </summary>
    internal static bool NonceMatches(string idToken, string nonce)
    {
        var parts = idToken.Split('.');
        if (parts.Length < 2)
        {
            return false;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var doc = JsonDocument.Parse(Convert.FromBase64String(payload));
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("nonce", out var claim)
                && claim.ValueKind == JsonValueKind.String
                && FixedEquals(claim.GetString()!, nonce);
        }
        catch (FormatException)
        {
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static readonly Action<ILogger, Exception?> _logSignedIn =
        LoggerMessage.Define(LogLevel.Information, new EventId(1, "SignedIn"), "APS sign-in completed; a new session was started.");

    private static void LogSignedIn(ILogger logger) => _logSignedIn(logger, null);

    private static readonly Action<ILogger, bool, Exception?> _logSignedOut =
        LoggerMessage.Define<bool>(LogLevel.Information, new EventId(2, "SignedOut"), "APS session ended (tokens revoked: {Revoked}).");

    private static void LogSignedOut(ILogger logger, bool revoked) => _logSignedOut(logger, revoked, null);

    private static readonly Action<ILogger, string, Exception?> _logStateMismatch =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(3, "StateMismatch"), "APS sign-in callback rejected: {Reason}.");

    private static void LogStateMismatch(ILogger logger, string reason) => _logStateMismatch(logger, reason, null);

    private static readonly Action<ILogger, string, Exception?> _logCallbackError =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(4, "CallbackError"), "APS sign-in callback carried the error '{Error}'.");

    private static void LogCallbackError(ILogger logger, string error) => _logCallbackError(logger, error, null);

    private static readonly Action<ILogger, string, int?, Exception?> _logExchangeFailed =
        LoggerMessage.Define<string, int?>(LogLevel.Warning, new EventId(5, "ExchangeFailed"), "APS code exchange failed ({ExceptionType}, HTTP {Status}).");

    private static void LogExchangeFailed(ILogger logger, string exceptionType, int? status) => _logExchangeFailed(logger, exceptionType, status, null);

    private static readonly Action<ILogger, Exception?> _logSessionExpired =
        LoggerMessage.Define(LogLevel.Information, new EventId(6, "SessionExpired"), "APS session can no longer be refreshed; the user must sign in again.");

    private static void LogSessionExpired(ILogger logger) => _logSessionExpired(logger, null);
}
