using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>The OpenID Connect discovery document (<c>GET /.well-known/openid-configuration</c>).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/oidc-spec-GET/">APS reference</see>.</remarks>
public sealed class ApsOidcConfiguration
{
    /// <summary>Gets the issuer.</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>Gets the authorization endpoint.</summary>
    [JsonPropertyName("authorization_endpoint")]
    public string? AuthorizationEndpoint { get; init; }

    /// <summary>Gets the token endpoint.</summary>
    [JsonPropertyName("token_endpoint")]
    public string? TokenEndpoint { get; init; }

    /// <summary>Gets the user-info endpoint.</summary>
    [JsonPropertyName("userinfo_endpoint")]
    public string? UserInfoEndpoint { get; init; }

    /// <summary>Gets the JWKS address.</summary>
    [JsonPropertyName("jwks_uri")]
    public string? JwksUri { get; init; }

    /// <summary>Gets the revocation endpoint (the discovery document spells it <c>revocation_endpoint</c>).</summary>
    [JsonPropertyName("revocation_endpoint")]
    public string? RevocationEndpoint { get; init; }

    /// <summary>Gets the revocation endpoint under the spelling the OpenAPI schema uses (<c>revoke_endpoint</c>).</summary>
    [JsonPropertyName("revoke_endpoint")]
    public string? RevokeEndpoint { get; init; }

    /// <summary>Gets the introspection endpoint.</summary>
    [JsonPropertyName("introspection_endpoint")]
    public string? IntrospectionEndpoint { get; init; }

    /// <summary>Gets the supported scopes.</summary>
    [JsonPropertyName("scopes_supported")]
    public IReadOnlyList<string> ScopesSupported { get; init => field = value ?? []; } = [];

    /// <summary>Gets the supported response types.</summary>
    [JsonPropertyName("response_types_supported")]
    public IReadOnlyList<string> ResponseTypesSupported { get; init => field = value ?? []; } = [];

    /// <summary>Gets the supported response modes.</summary>
    [JsonPropertyName("response_modes_supported")]
    public IReadOnlyList<string> ResponseModesSupported { get; init => field = value ?? []; } = [];

    /// <summary>Gets the supported grant types.</summary>
    [JsonPropertyName("grant_types_supported")]
    public IReadOnlyList<string> GrantTypesSupported { get; init => field = value ?? []; } = [];

    /// <summary>Gets the supported subject types.</summary>
    [JsonPropertyName("subject_types_supported")]
    public IReadOnlyList<string> SubjectTypesSupported { get; init => field = value ?? []; } = [];

    /// <summary>Gets the ID-token signing algorithms.</summary>
    [JsonPropertyName("id_token_signing_alg_values_supported")]
    public IReadOnlyList<string> IdTokenSigningAlgValuesSupported { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
