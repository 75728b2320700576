using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aps.Sdk.Authentication;
using Microsoft.AspNetCore.Http;

namespace Aps.Sdk.Testing.Emulator.Auth;

/// <summary>
/// The Authentication API (OAuth 2.0 v2): token (client credentials, authorization code with PKCE, refresh token
/// rotation), revoke, introspect, JWKS, OpenID Connect discovery, user info, and the browser pages: an authorize
/// (consent) page with Allow and Deny, and a logout page. Tests without a browser mint codes with
/// <see cref="ApsEmulatorAuthentication.IssueAuthorizationCode"/>.
/// </summary>
internal sealed class AuthenticationModule : IEmulatorModule
{
    private readonly EmulatorContext _context;

    public AuthenticationModule(EmulatorContext context)
    {
        _context = context;
    }

    private TokenService Tokens => _context.Tokens;

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapPost("/authentication/v2/token", TokenAsync).Anonymous();
        routes.MapPost("/authentication/v2/revoke", RevokeAsync).Anonymous();
        routes.MapPost("/authentication/v2/introspect", IntrospectAsync).Anonymous();
        routes.MapGet("/authentication/v2/keys", KeysAsync).Anonymous();
        routes.MapGet("/.well-known/openid-configuration", OidcAsync).Anonymous();
        routes.MapGet("/authentication/v2/logout", LogoutAsync).Anonymous();
        routes.MapGet("/authentication/v2/authorize", AuthorizePageAsync).Anonymous();
        routes.MapPost("/authentication/v2/authorize", AuthorizeDecisionAsync).Anonymous();
        routes.MapGet("/userinfo", UserInfoAsync).ThreeLegged().Scopes(ApsScopes.UserProfileRead);
    }

    private async Task TokenAsync(EmulatorRequest request)
    {
        var form = await ReadFieldsAsync(request).ConfigureAwait(false);
        var confidential = AuthenticateClient(request, form);
        var grant = form.GetValueOrDefault("grant_type");
        switch (grant)
        {
            case "client_credentials":
                await ClientCredentialsAsync(request, form, confidential).ConfigureAwait(false);
                break;
            case "authorization_code":
                await AuthorizationCodeAsync(request, form, confidential).ConfigureAwait(false);
                break;
            case "refresh_token":
                await RefreshAsync(request, form).ConfigureAwait(false);
                break;
            case "urn:ietf:params:oauth:grant-type:jwt-bearer":
                await JwtBearerAsync(request, form, confidential).ConfigureAwait(false);
                break;
            case null or "":
                throw EmulatorError.OAuth(400, "invalid_request", "The grant_type parameter is required.");
            default:
                throw EmulatorError.OAuth(400, "unsupported_grant_type", $"The grant type '{grant}' is not supported by the emulator.");
        }
    }

    private Task ClientCredentialsAsync(EmulatorRequest request, Dictionary<string, string> form, bool confidential)
    {
        if (!confidential)
        {
            throw EmulatorError.OAuth(400, "unauthorized_client", "The client credentials grant needs the client secret (Basic authorization).");
        }

        var scopes = RequireScopes(form.GetValueOrDefault("scope"), required: true);
        var token = Tokens.IssueAccessToken(scopes, user: null);
        Tokens.CountGrant("client_credentials");
        return request.JsonAsync(new JsonObject
        {
            ["access_token"] = token.Value,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)TokenService.AccessTokenLifetime.TotalSeconds,
            ["scope"] = scopes.Key,
        });
    }

    /// <summary>Secure Service Accounts: a signed assertion (checked by <see cref="ServiceAccounts.AssertionVerifier"/>) for a token acting as the account.</summary>
    private Task JwtBearerAsync(EmulatorRequest request, Dictionary<string, string> form, bool confidential)
    {
        if (!confidential)
        {
            throw EmulatorError.OAuth(401, "invalid_credentials", "The jwt-bearer grant needs the client secret (confidential clients only).");
        }

        var (account, scopes) = ServiceAccounts.AssertionVerifier.Verify(_context, form.GetValueOrDefault("assertion"));
        var user = new ApsEmulatorUser { UserId = account.Id, Email = account.Email, Name = account.Name, GivenName = account.FirstName ?? account.Name, FamilyName = account.LastName ?? string.Empty, PreferredUsername = account.Email };
        var token = Tokens.IssueAccessToken(scopes, user);
        Tokens.CountGrant("urn:ietf:params:oauth:grant-type:jwt-bearer");
        return request.JsonAsync(new JsonObject
        {
            ["access_token"] = token.Value,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)TokenService.AccessTokenLifetime.TotalSeconds,
            ["scope"] = scopes.Key,
        });
    }

    private Task AuthorizationCodeAsync(EmulatorRequest request, Dictionary<string, string> form, bool confidential)
    {
        var codeValue = form.GetValueOrDefault("code");
        var redirectUri = form.GetValueOrDefault("redirect_uri");
        if (string.IsNullOrEmpty(codeValue) || string.IsNullOrEmpty(redirectUri))
        {
            throw EmulatorError.OAuth(400, "invalid_request", "The code and redirect_uri parameters are required.");
        }

        var code = Tokens.RedeemCode(codeValue)
            ?? throw EmulatorError.OAuth(400, "invalid_grant", "The authorization code is invalid, expired or already used.");
        if (!string.Equals(code.RedirectUri, redirectUri, StringComparison.Ordinal))
        {
            throw EmulatorError.OAuth(400, "invalid_grant", "The redirect_uri does not match the one the authorization code was issued for.");
        }

        var verifier = form.GetValueOrDefault("code_verifier");
        if (code.CodeChallenge is { } challenge)
        {
            if (string.IsNullOrEmpty(verifier) || !FixedEquals(ComputeChallenge(verifier), challenge))
            {
                throw EmulatorError.OAuth(400, "invalid_grant", "The PKCE code_verifier does not match the code_challenge.");
            }
        }
        else if (!confidential)
        {
            throw EmulatorError.OAuth(400, "invalid_grant", "A public client must use PKCE (the code was issued without a code_challenge).");
        }

        Tokens.CountGrant("authorization_code");
        return WriteUserTokensAsync(request, Tokens.IssueUserTokens(code.Scopes, code.User, code.Nonce));
    }

    private Task RefreshAsync(EmulatorRequest request, Dictionary<string, string> form)
    {
        var value = form.GetValueOrDefault("refresh_token");
        if (string.IsNullOrEmpty(value))
        {
            throw EmulatorError.OAuth(400, "invalid_request", "The refresh_token parameter is required.");
        }

        ApsScopes? narrowed = null;
        if (form.GetValueOrDefault("scope") is { Length: > 0 } scopeText)
        {
            narrowed = RequireScopes(scopeText, required: true);
        }

        var spent = Tokens.SpendRefreshToken(value)
            ?? throw EmulatorError.OAuth(400, "invalid_grant", "The refresh token is invalid, expired, revoked or already used.");
        if (narrowed is not null && !spent.Scopes.Covers(narrowed))
        {
            throw EmulatorError.OAuth(400, "invalid_scope", "A refresh can only narrow the scopes of the original grant.");
        }

        Tokens.CountGrant("refresh_token");
        return WriteUserTokensAsync(request, Tokens.IssueUserTokens(narrowed ?? spent.Scopes, spent.User!, nonce: null));
    }

    private static Task WriteUserTokensAsync(EmulatorRequest request, IssuedTokens issued)
    {
        var body = new JsonObject
        {
            ["access_token"] = issued.Access.Value,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)TokenService.AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = issued.Refresh!.Value,
            ["scope"] = issued.Access.Scopes.Key,
        };
        if (issued.IdToken is not null)
        {
            body["id_token"] = issued.IdToken;
        }

        return request.JsonAsync(body);
    }

    private async Task RevokeAsync(EmulatorRequest request)
    {
        var form = await ReadFieldsAsync(request).ConfigureAwait(false);
        AuthenticateClient(request, form);
        var token = form.GetValueOrDefault("token");
        if (string.IsNullOrEmpty(token))
        {
            throw EmulatorError.OAuth(400, "invalid_request", "The token parameter is required.");
        }

        // RFC 7009: unknown tokens are not an error.
        Tokens.Revoke(token);
        await request.EmptyAsync().ConfigureAwait(false);
    }

    private async Task IntrospectAsync(EmulatorRequest request)
    {
        var form = await ReadFieldsAsync(request).ConfigureAwait(false);
        AuthenticateClient(request, form);
        var value = form.GetValueOrDefault("token");
        if (string.IsNullOrEmpty(value))
        {
            throw EmulatorError.OAuth(400, "invalid_request", "The token parameter is required.");
        }

        var token = Tokens.Find(value);
        if (token is null || !Tokens.IsActive(token))
        {
            await request.JsonAsync(new JsonObject { ["active"] = false }).ConfigureAwait(false);
            return;
        }

        var body = new JsonObject
        {
            ["active"] = true,
            ["scope"] = token.Scopes.Key,
            ["client_id"] = token.ClientId,
            ["exp"] = token.ExpiresOn.ToUnixTimeSeconds(),
            ["token_type"] = token.Kind == TokenKind.Access ? "Bearer" : "refresh_token",
        };
        if (token.User is { } user)
        {
            body["userid"] = user.UserId;
        }

        await request.JsonAsync(body).ConfigureAwait(false);
    }

    private static Task KeysAsync(EmulatorRequest request)
        => request.JsonAsync(new JsonObject { ["keys"] = new JsonArray(SigningKey.Shared.ToJwk()) });

    private Task OidcAsync(EmulatorRequest request)
    {
        var b = _context.BaseUrl;
        return request.JsonAsync(new JsonObject
        {
            ["issuer"] = b,
            ["authorization_endpoint"] = b + "/authentication/v2/authorize",
            ["token_endpoint"] = b + "/authentication/v2/token",
            ["userinfo_endpoint"] = b + "/userinfo",
            ["jwks_uri"] = b + "/authentication/v2/keys",
            ["revocation_endpoint"] = b + "/authentication/v2/revoke",
            ["introspection_endpoint"] = b + "/authentication/v2/introspect",
            ["scopes_supported"] = ToArray(TokenService.SupportedScopes),
            ["response_types_supported"] = ToArray(["code", "code id_token", "id_token"]),
            ["response_modes_supported"] = ToArray(["fragment", "form_post", "query"]),
            ["grant_types_supported"] = ToArray(["authorization_code", "client_credentials", "refresh_token"]),
            ["subject_types_supported"] = ToArray(["public"]),
            ["id_token_signing_alg_values_supported"] = ToArray(["RS256"]),
            ["code_challenge_methods_supported"] = ToArray(["S256"]),
        });
    }

    private Task LogoutAsync(EmulatorRequest request)
    {
        var target = request.Query("post_logout_redirect_uri");
        if (target is not null && !Uri.TryCreate(target, UriKind.Absolute, out _))
        {
            throw EmulatorError.Reason(400, "post_logout_redirect_uri must be an absolute URL.");
        }

        if (target is null)
        {
            // Nowhere to go back to: the signed-out page, as APS shows its own.
            return EmulatorPages.WriteAsync(request, 200, "Signed out", "<h1 id=\"signed-out\">You have signed out of Autodesk</h1><p>You can close this window.</p>");
        }

        request.Response.Headers.Location = target;
        return request.EmptyAsync(302);
    }

    /// <summary>
    /// The authorize page (<c>GET /authentication/v2/authorize</c>): checks the client, redirect URI, response type,
    /// scopes and PKCE method, then shows a consent form for the emulator's user with Allow and Deny. Problems with
    /// the client or redirect URI are shown on the page (never redirected, as APS does); the rest go back to the
    /// redirect URI as <c>error=...</c>.
    /// </summary>
    private Task AuthorizePageAsync(EmulatorRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Request.Query)
        {
            fields[key] = value.ToString();
        }

        var authorize = ValidateAuthorize(fields);
        if (authorize.PageError is { } pageError)
        {
            return EmulatorPages.WriteAsync(request, 400, "Sign-in error", "<h1>Sign-in error</h1><p id=\"authorize-error\">" + EmulatorPages.Encode(pageError) + "</p>");
        }

        if (authorize.RedirectError is { } redirectError)
        {
            return RedirectBackAsync(request, authorize.RedirectUri!, fields.GetValueOrDefault("state"), ("error", redirectError.Error), ("error_description", redirectError.Description));
        }

        var user = _context.User;
        var hidden = new StringBuilder();
        foreach (var name in AuthorizeFields)
        {
            if (fields.TryGetValue(name, out var value) && value.Length > 0)
            {
                hidden.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(EmulatorPages.Encode(value)).Append("\">");
            }
        }

        var scopes = new StringBuilder();
        foreach (var scope in authorize.Scopes!.Values)
        {
            scopes.Append("<li>").Append(EmulatorPages.Encode(scope)).Append("</li>");
        }

        var body = "<h1>Allow access to your Autodesk account?</h1>"
            + "<p>Signed in as <strong id=\"user-name\">" + EmulatorPages.Encode(user.Name) + "</strong> (" + EmulatorPages.Encode(user.Email) + ").</p>"
            + "<p>The application <code>" + EmulatorPages.Encode(fields["client_id"]) + "</code> asks for:</p><ul id=\"scopes\">" + scopes + "</ul>"
            + "<form id=\"consent\" method=\"post\" action=\"/authentication/v2/authorize\">" + hidden
            + "<button type=\"submit\" id=\"allow\" name=\"decision\" value=\"allow\">Allow</button> "
            + "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Deny</button></form>";
        return EmulatorPages.WriteAsync(request, 200, "Autodesk sign-in (emulator)", body);
    }

    /// <summary>The consent form's answer: Allow mints a code and redirects with it; Deny redirects with <c>access_denied</c>.</summary>
    private async Task AuthorizeDecisionAsync(EmulatorRequest request)
    {
        var fields = await ReadFieldsAsync(request).ConfigureAwait(false);
        var authorize = ValidateAuthorize(fields);
        if (authorize.PageError is { } pageError)
        {
            await EmulatorPages.WriteAsync(request, 400, "Sign-in error", "<h1>Sign-in error</h1><p id=\"authorize-error\">" + EmulatorPages.Encode(pageError) + "</p>").ConfigureAwait(false);
            return;
        }

        var state = fields.GetValueOrDefault("state");
        if (authorize.RedirectError is { } redirectError)
        {
            await RedirectBackAsync(request, authorize.RedirectUri!, state, ("error", redirectError.Error), ("error_description", redirectError.Description)).ConfigureAwait(false);
            return;
        }

        switch (fields.GetValueOrDefault("decision"))
        {
            case "allow":
                var code = Tokens.IssueCode(authorize.RedirectUri!, authorize.Scopes!, fields.GetValueOrDefault("code_challenge") is { Length: > 0 } challenge ? challenge : null, _context.User, fields.GetValueOrDefault("nonce") is { Length: > 0 } nonce ? nonce : null);
                await RedirectBackAsync(request, authorize.RedirectUri!, state, ("code", code)).ConfigureAwait(false);
                break;
            case "deny":
                await RedirectBackAsync(request, authorize.RedirectUri!, state, ("error", "access_denied"), ("error_description", "The user denied access to the application.")).ConfigureAwait(false);
                break;
            default:
                throw EmulatorError.Reason(400, "decision must be 'allow' or 'deny'.");
        }
    }

    private static readonly string[] AuthorizeFields = ["response_type", "client_id", "redirect_uri", "scope", "state", "nonce", "prompt", "response_mode", "code_challenge", "code_challenge_method"];

    private sealed record AuthorizeCheck(string? PageError, string? RedirectUri, (string Error, string Description)? RedirectError, ApsScopes? Scopes);

    private AuthorizeCheck ValidateAuthorize(Dictionary<string, string> fields)
    {
        var clientId = fields.GetValueOrDefault("client_id");
        if (string.IsNullOrEmpty(clientId) || !FixedEquals(clientId, _context.ClientId))
        {
            return new AuthorizeCheck("The client_id is missing or not known to the emulator.", null, null, null);
        }

        var redirect = fields.GetValueOrDefault("redirect_uri");
        if (string.IsNullOrEmpty(redirect) || !Uri.TryCreate(redirect, UriKind.Absolute, out var redirectUri) || redirectUri.Scheme is not ("http" or "https") || redirectUri.Fragment.Length > 0)
        {
            return new AuthorizeCheck("The redirect_uri is missing or is not an absolute http(s) URL without a fragment.", null, null, null);
        }

        if (fields.GetValueOrDefault("response_type") != "code")
        {
            return new AuthorizeCheck(null, redirect, ("unsupported_response_type", "The emulator supports response_type=code."), null);
        }

        if (fields.GetValueOrDefault("response_mode") is { Length: > 0 } mode && mode != "query")
        {
            return new AuthorizeCheck(null, redirect, ("invalid_request", "The emulator supports response_mode=query."), null);
        }

        var scopes = TokenService.ParseScopes(fields.GetValueOrDefault("scope"), out var unknown);
        if (scopes is null || scopes.IsEmpty)
        {
            return new AuthorizeCheck(null, redirect, ("invalid_scope", scopes is null ? $"The scope '{unknown}' is not valid." : "The scope parameter is required."), null);
        }

        var challenge = fields.GetValueOrDefault("code_challenge");
        var method = fields.GetValueOrDefault("code_challenge_method");
        if (!string.IsNullOrEmpty(challenge) && method != "S256")
        {
            return new AuthorizeCheck(null, redirect, ("invalid_request", "code_challenge_method must be S256."), null);
        }

        return new AuthorizeCheck(null, redirect, null, scopes);
    }

    private static Task RedirectBackAsync(EmulatorRequest request, string redirectUri, string? state, params (string Name, string Value)[] parameters)
    {
        var target = new StringBuilder(redirectUri);
        var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in parameters)
        {
            target.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        if (!string.IsNullOrEmpty(state))
        {
            target.Append(separator).Append("state=").Append(Uri.EscapeDataString(state));
        }

        request.Response.Headers.Location = target.ToString();
        request.Response.Headers.CacheControl = "no-store";
        return request.EmptyAsync(302);
    }

    private static Task UserInfoAsync(EmulatorRequest request)
    {
        var user = request.Token!.User!;
        return request.JsonAsync(new JsonObject
        {
            ["sub"] = user.UserId,
            ["name"] = user.Name,
            ["given_name"] = user.GivenName,
            ["family_name"] = user.FamilyName,
            ["preferred_username"] = user.PreferredUsername,
            ["email"] = user.Email,
            ["email_verified"] = true,
            ["locale"] = "en-US",
            ["is_2fa_enabled"] = false,
            ["country_code"] = "US",
            ["eidm_guid"] = user.UserId,
        });
    }

    /// <summary>
    /// Authenticates the calling application: Basic <c>id:secret</c> (confidential) or <c>client_id</c> in the body
    /// (public, or confidential with <c>client_secret</c>). 401 <c>invalid_client</c> otherwise.
    /// </summary>
    /// <returns><see langword="true"/> for a confidential client (the secret was proven).</returns>
    private bool AuthenticateClient(EmulatorRequest request, Dictionary<string, string> form)
    {
        var header = request.Request.Headers.Authorization.ToString();
        string? id;
        string? secret;
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                id = colon < 0 ? decoded : decoded[..colon];
                secret = colon < 0 ? null : decoded[(colon + 1)..];
            }
            catch (FormatException)
            {
                throw InvalidClient("The Basic authorization header is malformed.");
            }

            if (form.GetValueOrDefault("client_id") is { Length: > 0 } bodyId && bodyId != id)
            {
                throw InvalidClient("The client_id in the body differs from the one in the Authorization header.");
            }
        }
        else
        {
            id = form.GetValueOrDefault("client_id");
            secret = form.GetValueOrDefault("client_secret");
        }

        if (string.IsNullOrEmpty(id))
        {
            throw InvalidClient("Client authentication failed: send Basic authorization or client_id.");
        }

        if (!FixedEquals(id, _context.ClientId))
        {
            throw InvalidClient("The client id is not known to the emulator.");
        }

        if (secret is null)
        {
            return false;
        }

        return FixedEquals(secret, _context.ClientSecret) ? true : throw InvalidClient("The client secret is wrong.");
    }

    private static EmulatorError InvalidClient(string description)
        => EmulatorError.OAuth(401, "invalid_client", description).WithHeader("WWW-Authenticate", "Basic realm=\"APS\"");

    private static ApsScopes RequireScopes(string? text, bool required)
    {
        var scopes = TokenService.ParseScopes(text, out var unknown)
            ?? throw EmulatorError.OAuth(400, "invalid_scope", $"The scope '{unknown}' is not valid.");
        if (required && scopes.IsEmpty)
        {
            throw EmulatorError.OAuth(400, "invalid_scope", "The scope parameter is required.");
        }

        return scopes;
    }

    private static async Task<Dictionary<string, string>> ReadFieldsAsync(EmulatorRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var http = request.Request;
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(request.Aborted).ConfigureAwait(false);
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }
        }
        else if (http.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await request.ReadJsonObjectAsync(required: false).ConfigureAwait(false);
            foreach (var (key, value) in body)
            {
                if (value is JsonValue scalar)
                {
                    fields[key] = scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString();
                }
            }
        }

        return fields;
    }

    internal static string ComputeChallenge(string verifier)
        => Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool FixedEquals(string a, string b)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static JsonArray ToArray(string[] values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
