namespace Aps.Sdk.Authentication;

/// <summary>The parameters of the browser sign-in URL (<c>GET /authentication/v2/authorize</c>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/authorize-GET/">APS reference</see>.</remarks>
public sealed class ApsAuthorizeRequest
{
    /// <summary>Gets the registered callback URL APS redirects to.</summary>
    public required Uri RedirectUri { get; init; }

    /// <summary>Gets the scopes to ask the user for.</summary>
    public required ApsScopes Scopes { get; init; }

    /// <summary>Gets the response type: <c>code</c> (default) or <c>id_token</c>.</summary>
    public string ResponseType { get; init; } = "code";

    /// <summary>Gets the anti-forgery state (letters, digits, <c>,</c> <c>.</c> <c>_</c> <c>-</c>); compare it on the callback.</summary>
    public string? State { get; init; }

    /// <summary>Gets the nonce echoed in the ID token (replay protection).</summary>
    public string? Nonce { get; init; }

    /// <summary>Gets the prompt: <c>login</c> forces the sign-in page.</summary>
    public string? Prompt { get; init; }

    /// <summary>Gets the response mode: <c>query</c>, <c>fragment</c> or <c>form_post</c>.</summary>
    public string? ResponseMode { get; init; }

    /// <summary>Gets the <c>authoptions</c> JSON that customizes the sign-in page.</summary>
    public string? AuthOptions { get; init; }

    /// <summary>Gets the PKCE pair whose challenge is sent (public clients must use one).</summary>
    public ApsPkce? Pkce { get; init; }
}
