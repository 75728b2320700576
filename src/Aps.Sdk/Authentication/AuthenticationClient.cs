using System.Net.Http.Headers;
using System.Text;
using Aps.Sdk.Core.Errors;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>
/// The APS Authentication API (OAuth 2.0 v2): sign-in and logout URLs, tokens for every grant, revoke, introspect,
/// JWKS, OIDC discovery and user info. Confidential clients authenticate with a Basic header; public clients
/// (no secret) send <c>client_id</c> in the body.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/">APS Authentication reference</see>.</remarks>
public class AuthenticationClient
{
    private const string Area = "Authentication";

    private static readonly OperationSpec TokenSpec = new(Area, "FetchToken", HttpMethod.Post, "/authentication/v2/token");

    // A client-credentials or JWT-assertion grant can be asked for again; an authorization code or a refresh token is
    // single use, so those grants are never replayed.
    private static readonly OperationSpec TokenReplayableSpec = new(Area, "FetchToken", HttpMethod.Post, "/authentication/v2/token") { Idempotent = true };
    private static readonly OperationSpec RevokeSpec = new(Area, "Revoke", HttpMethod.Post, "/authentication/v2/revoke") { Idempotent = true };
    private static readonly OperationSpec KeysSpec = new(Area, "GetKeys", HttpMethod.Get, "/authentication/v2/keys");
    private static readonly OperationSpec IntrospectSpec = new(Area, "IntrospectToken", HttpMethod.Post, "/authentication/v2/introspect") { Idempotent = true };
    private static readonly OperationSpec OidcSpec = new(Area, "GetOidcSpec", HttpMethod.Get, "/.well-known/openid-configuration");

    private static readonly OperationSpec UserInfoSpec = new(Area, "GetUserInfo", HttpMethod.Get, "/userinfo")
    {
        Host = ApsHost.UserProfile,
        Scopes = ApsScopes.Create(ApsScopes.UserProfileRead),
    };

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected AuthenticationClient()
    {
    }

    internal AuthenticationClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    private ApsOptions Options => _pipeline.Options;

    /// <summary>Gets the client's options; <see langword="null"/> for a mock (used by <see cref="ServiceAccountTokenProvider"/>).</summary>
    internal ApsOptions? OptionsOrNull => _pipeline?.Options;

    /// <summary>Builds the browser URL that asks the user to sign in and consent (3-legged, optionally with PKCE).</summary>
    /// <param name="request">The authorize parameters.</param>
    /// <returns>The URL to redirect the browser to.</returns>
    /// <exception cref="ArgumentException">A parameter is invalid (see the message).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/authorize-GET/">APS reference</see>.</remarks>
    public virtual Uri GetAuthorizeUrl(ApsAuthorizeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientId = RequireClientId();
        if (request.RedirectUri is null || !request.RedirectUri.IsAbsoluteUri)
        {
            throw new ArgumentException("RedirectUri must be the absolute callback URL registered for the APS application.", nameof(request));
        }

        if (request.Scopes is null || request.Scopes.IsEmpty)
        {
            throw new ArgumentException("At least one scope is required.", nameof(request));
        }

        if (request.ResponseType is not ("code" or "id_token"))
        {
            throw new ArgumentException("ResponseType must be 'code' or 'id_token'.", nameof(request));
        }

        if (request.State is { } state && (state.Length == 0 || !state.All(c => char.IsAsciiLetterOrDigit(c) || c is ',' or '.' or '_' or '-')))
        {
            throw new ArgumentException("State may contain only letters, digits, ',', '.', '_' and '-'.", nameof(request));
        }

        if (request.ResponseMode is { } mode && mode is not ("query" or "fragment" or "form_post"))
        {
            throw new ArgumentException("ResponseMode must be 'query', 'fragment' or 'form_post'.", nameof(request));
        }

        if (request.ResponseType == "id_token" && request.ResponseMode is not (null or "form_post"))
        {
            throw new ArgumentException("With ResponseType 'id_token', APS allows only ResponseMode 'form_post'.", nameof(request));
        }

        var query = new QueryBuilder()
            .Add("response_type", request.ResponseType)
            .Add("client_id", clientId)
            .Add("redirect_uri", request.RedirectUri.AbsoluteUri)
            .Add("scope", request.Scopes.Key)
            .Add("state", request.State)
            .Add("nonce", request.Nonce)
            .Add("prompt", request.Prompt)
            .Add("response_mode", request.ResponseMode)
            .Add("authoptions", request.AuthOptions);
        if (request.Pkce is { } pkce)
        {
            query.Add("code_challenge", pkce.Challenge).Add("code_challenge_method", pkce.Method);
        }

        var builder = new StringBuilder(_pipeline.BaseAddress).Append("/authentication/v2/authorize");
        query.AppendTo(builder);
        return new Uri(builder.ToString());
    }

    /// <summary>Builds the browser URL that signs the user out of APS.</summary>
    /// <param name="postLogoutRedirectUri">Where APS sends the browser afterwards (must be registered), or the Autodesk sign-in page.</param>
    /// <returns>The URL to redirect the browser to.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/logout-GET/">APS reference</see>.</remarks>
    public virtual Uri GetLogoutUrl(Uri? postLogoutRedirectUri = null)
    {
        if (postLogoutRedirectUri is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("The post-logout redirect URI must be absolute.", nameof(postLogoutRedirectUri));
        }

        var builder = new StringBuilder(_pipeline.BaseAddress).Append("/authentication/v2/logout");
        new QueryBuilder().Add("post_logout_redirect_uri", postLogoutRedirectUri?.AbsoluteUri).AppendTo(builder);
        return new Uri(builder.ToString());
    }

    /// <summary>Gets a 2-legged token (client credentials grant).</summary>
    /// <param name="scopes">The scopes to ask for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token response.</returns>
    /// <exception cref="ApsAuthenticationException">APS rejected the client credentials.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/gettoken-POST/">APS reference</see>.</remarks>
    public virtual Task<ApsTokenResponse> GetTwoLeggedTokenAsync(ApsScopes scopes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (scopes.IsEmpty)
        {
            throw new ArgumentException("At least one scope is required.", nameof(scopes));
        }

        RequireSecret("a 2-legged token");
        return SendTokenAsync(TokenReplayableSpec, [new("grant_type", "client_credentials"), new("scope", scopes.Key)], cancellationToken);
    }

    /// <summary>Exchanges an authorization code for a 3-legged token pair.</summary>
    /// <param name="code">The code from the callback (valid 5 minutes, single use).</param>
    /// <param name="redirectUri">The same redirect URI the authorize URL used.</param>
    /// <param name="codeVerifier">The PKCE verifier, when the authorize URL sent a challenge.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token response with a refresh token.</returns>
    /// <exception cref="ApsAuthenticationException">The code is invalid, expired or already used.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/gettoken-POST/">APS reference</see>.</remarks>
    public virtual Task<ApsTokenResponse> GetThreeLeggedTokenAsync(string code, Uri redirectUri, string? codeVerifier = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(redirectUri);
        if (!redirectUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The redirect URI must be absolute.", nameof(redirectUri));
        }

        if (codeVerifier is not null)
        {
            _ = ApsPkce.FromVerifier(codeVerifier);
        }

        List<KeyValuePair<string, string>> form = [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri.AbsoluteUri)];
        if (codeVerifier is not null)
        {
            form.Add(new("code_verifier", codeVerifier));
        }

        return SendTokenAsync(TokenSpec, form, cancellationToken);
    }

    /// <summary>Spends a refresh token for a new token pair. Refresh tokens are single use: store the new one.</summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="scopes">The scopes to narrow to, or <see langword="null"/> for the original ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new token pair.</returns>
    /// <exception cref="ApsAuthenticationException">The refresh token is invalid, expired or already used (<see cref="ApsAuthenticationException.RequiresSignIn"/>).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/gettoken-POST/">APS reference</see>.</remarks>
    public virtual Task<ApsTokenResponse> RefreshTokenAsync(string refreshToken, ApsScopes? scopes = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        List<KeyValuePair<string, string>> form = [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)];
        if (scopes is { IsEmpty: false })
        {
            form.Add(new("scope", scopes.Key));
        }

        return SendTokenAsync(TokenSpec, form, cancellationToken);
    }

    /// <summary>Exchanges a signed JWT assertion (Secure Service Accounts) for a token.</summary>
    /// <param name="assertion">The RS256 JWT assertion.</param>
    /// <param name="scopes">The scopes to ask for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token response.</returns>
    /// <exception cref="ApsAuthenticationException">APS rejected the assertion or the client credentials.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/gettoken-POST/">APS reference</see>.</remarks>
    public virtual Task<ApsTokenResponse> ExchangeJwtAssertionAsync(string assertion, ApsScopes scopes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assertion);
        ArgumentNullException.ThrowIfNull(scopes);
        RequireSecret("a service-account token");
        List<KeyValuePair<string, string>> form = [new("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"), new("assertion", assertion)];
        if (!scopes.IsEmpty)
        {
            form.Add(new("scope", scopes.Key));
        }

        return SendTokenAsync(TokenReplayableSpec, form, cancellationToken);
    }

    /// <summary>Revokes an access or refresh token of this application.</summary>
    /// <param name="token">The token.</param>
    /// <param name="tokenTypeHint">Which kind of token it is.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS has revoked the token.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/revoke-POST/">APS reference</see>.</remarks>
    public virtual async Task RevokeTokenAsync(string token, ApsTokenTypeHint tokenTypeHint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var hint = tokenTypeHint switch
        {
            ApsTokenTypeHint.AccessToken => "access_token",
            ApsTokenTypeHint.RefreshToken => "refresh_token",
            _ => throw new ArgumentOutOfRangeException(nameof(tokenTypeHint), tokenTypeHint, "Unknown token type hint."),
        };
        using var request = CreateClientAuthenticatedRequest(RevokeSpec, [new("token", token), new("token_type_hint", hint)]);
        using var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, null, cancellationToken).ConfigureAwait(false);
        await EnsureTokenEndpointSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets the public keys (JWKS) APS signs tokens with, to validate tokens offline.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key set.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/getkeys-GET/">APS reference</see>.</remarks>
    public virtual Task<ApsJsonWebKeySet> GetKeysAsync(CancellationToken cancellationToken = default)
        => _pipeline.SendAsync(_pipeline.CreateRequest(KeysSpec, null, []), ApsJsonContext.Default.ApsJsonWebKeySet, null, cancellationToken);

    /// <summary>Gets metadata about a token of this application (active, scopes, expiry, user).</summary>
    /// <param name="token">The access or refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token metadata.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/introspect-token-POST/">APS reference</see>.</remarks>
    public virtual async Task<ApsTokenIntrospection> IntrospectTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        using var request = CreateClientAuthenticatedRequest(IntrospectSpec, [new("token", token)]);
        using var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, null, cancellationToken).ConfigureAwait(false);
        await EnsureTokenEndpointSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await ApsPipeline.ReadJsonAsync(response, ApsJsonContext.Default.ApsTokenIntrospection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets the OpenID Connect discovery document.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The discovery document.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/oidc-spec-GET/">APS reference</see>.</remarks>
    public virtual Task<ApsOidcConfiguration> GetOidcConfigurationAsync(CancellationToken cancellationToken = default)
        => _pipeline.SendAsync(_pipeline.CreateRequest(OidcSpec, null, []), ApsJsonContext.Default.ApsOidcConfiguration, null, cancellationToken);

    /// <summary>
    /// Gets the signed-in user's profile. Needs a 3-legged token: pass the user's token provider in
    /// <paramref name="options"/> (or configure a 3-legged provider as the default). Sent to
    /// <see cref="ApsOptions.UserProfileAddress"/> (<c>api.userprofile.autodesk.com</c>), where APS serves it.
    /// </summary>
    /// <param name="options">Per-call options, usually with the user's token provider.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/users-@me-GET/">APS reference</see>.</remarks>
    public virtual Task<ApsUserInfo> GetUserInfoAsync(ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => _pipeline.SendAsync(_pipeline.CreateRequest(UserInfoSpec, options, []), ApsJsonContext.Default.ApsUserInfo, options, cancellationToken);

    private async Task<ApsTokenResponse> SendTokenAsync(OperationSpec spec, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var request = CreateClientAuthenticatedRequest(spec, form);
        using var response = await _pipeline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, null, cancellationToken).ConfigureAwait(false);
        await EnsureTokenEndpointSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var token = await ApsPipeline.ReadJsonAsync(response, ApsJsonContext.Default.ApsTokenResponse, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token.AccessToken))
        {
            throw new ApsAuthenticationException("The APS token endpoint answered without an access token.");
        }

        return token;
    }

    private HttpRequestMessage CreateClientAuthenticatedRequest(OperationSpec spec, List<KeyValuePair<string, string>> form)
    {
        var clientId = RequireClientId();
        var request = _pipeline.CreateRequest(spec, null, []);
        if (string.IsNullOrEmpty(Options.ClientSecret))
        {
            // Public clients (desktop, mobile, SPA) identify themselves in the body.
            form.Add(new("client_id", clientId));
        }
        else
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(clientId + ":" + Options.ClientSecret));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        request.Headers.Accept.ParseAdd(ApsPipeline.JsonMediaType);
        ApsPipeline.SetFormBody(request, form);
        return request;
    }

    private async Task EnsureTokenEndpointSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        var details = await ApsErrorParser.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        if (status is 400 or 401 or 403 && details.ErrorCode is { } code && code.StartsWith("invalid_", StringComparison.Ordinal) || status == 401)
        {
            var requiresSignIn = details.ErrorCode == "invalid_grant";
            var prefix = requiresSignIn
                ? "The authorization code or refresh token is invalid, expired or already used; the user must sign in again"
                : "APS rejected the credentials";
            throw new ApsAuthenticationException(ApsException.Describe(details, prefix), details, requiresSignIn, innerException: null);
        }

        throw ApsPipeline.CreateException(response, details, _pipeline.Time);
    }

    private string RequireClientId()
        => string.IsNullOrWhiteSpace(Options.ClientId)
            ? throw new InvalidOperationException("Aps:ClientId is not configured; the Authentication API needs the application's client id.")
            : Options.ClientId;

    private void RequireSecret(string what)
    {
        if (string.IsNullOrEmpty(Options.ClientSecret))
        {
            throw new InvalidOperationException($"Aps:ClientSecret is not configured; {what} needs the application's client secret.");
        }
    }
}
