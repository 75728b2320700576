using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Aps.Sdk.Authentication;

/// <summary>
/// Tokens for a Secure Service Account: builds an RS256 JWT assertion (header <c>kid</c>; claims <c>iss</c> = client
/// id, <c>sub</c> = service account id, <c>aud</c> = the token URL, <c>exp</c> at most 5 minutes ahead, <c>scope</c> as
/// a string array), signed with <see cref="System.Security.Cryptography"/>, and exchanges it at
/// <c>/authentication/v2/token</c> with the <c>urn:ietf:params:oauth:grant-type:jwt-bearer</c> grant (Basic client
/// authentication, so <see cref="ApsOptions.ClientSecret"/> is needed). Tokens act as the service account (like a
/// 3-legged token) and are cached per scope set like <see cref="ClientCredentialsTokenProvider"/>: refreshed ahead of
/// expiry in the background, one fetch shared by concurrent callers, failures never cached.
/// </summary>
/// <remarks>
/// With a shared <see cref="IApsTokenCache"/>, an in-memory miss first asks it under
/// <c>ssa:{clientId}:{serviceAccountId}:{sha256hex(scopes)}</c>, fetched tokens are written there, and a token
/// rejected with 401 is removed from it. <see href="https://aps.autodesk.com/en/docs/ssa/v1/developers_guide/overview/">APS SSA guide</see>.
/// </remarks>
public sealed class ServiceAccountTokenProvider : IApsTokenProvider
{
    /// <summary>The longest assertion lifetime APS accepts.</summary>
    public static readonly TimeSpan MaximumAssertionLifetime = TimeSpan.FromMinutes(5);

    private const string GrantType = "jwt_bearer";

    private readonly ScopedTokenCache _cache;
    private readonly AuthenticationClient _authentication;
    private readonly ServiceAccountKeyCredential _credential;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;
    private readonly string _clientId;
    private readonly string _audience;

    /// <summary>Creates the provider.</summary>
    /// <param name="authentication">The client that exchanges assertions; its options give the client id and the token URL (the <c>aud</c>).</param>
    /// <param name="credential">The service account and its key.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="refreshMargin">How long before expiry a token is refreshed; 5 minutes by default.</param>
    /// <param name="sharedCache">
    /// A cache shared with the app's other instances, asked on an in-memory miss before an assertion is exchanged;
    /// <see langword="null"/> (the default) for none.
    /// </param>
    /// <exception cref="ArgumentException">The authentication client has no client id (for a mock, use a real client).</exception>
    public ServiceAccountTokenProvider(AuthenticationClient authentication, ServiceAccountKeyCredential credential, TimeProvider? timeProvider = null, TimeSpan? refreshMargin = null, IApsTokenCache? sharedCache = null)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(credential);
        _authentication = authentication;
        _credential = credential;
        _time = timeProvider ?? TimeProvider.System;
        _refreshMargin = refreshMargin ?? TimeSpan.FromMinutes(5);
        if (_refreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(refreshMargin), "The refresh margin must not be negative.");
        }

        var options = authentication.OptionsOrNull;
        _clientId = options?.ClientId is { Length: > 0 } id ? id : throw new ArgumentException("The authentication client has no ClientId: the assertion's issuer is the client id.", nameof(authentication));
        _audience = options.BaseAddress.AbsoluteUri.TrimEnd('/') + "/authentication/v2/token";
        _cache = new ScopedTokenCache(RequestAsync, _time, _refreshMargin, sharedCache, "ssa:" + _clientId + ":" + credential.ServiceAccountId + ":", GrantType);
    }

    /// <inheritdoc />
    public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        return _cache.GetTokenAsync(scopes, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _cache.InvalidateAsync(token, cancellationToken);
    }

    /// <summary>Gets the key this provider uses in the shared cache for <paramref name="scopes"/> (tests, diagnostics).</summary>
    internal string SharedKeyOf(ApsScopes scopes) => _cache.SharedKeyOf(scopes);

    /// <summary>Builds a signed assertion for <paramref name="scopes"/>, valid for <see cref="MaximumAssertionLifetime"/>.</summary>
    /// <param name="scopes">The scopes.</param>
    /// <returns>The compact JWT.</returns>
    internal string CreateAssertion(ApsScopes scopes)
    {
        var expires = _time.GetUtcNow() + MaximumAssertionLifetime;
        var header = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(header))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", "RS256");
            writer.WriteString("kid", _credential.KeyId);
            writer.WriteString("typ", "JWT");
            writer.WriteEndObject();
        }

        var claims = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(claims))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", _clientId);
            writer.WriteString("sub", _credential.ServiceAccountId);
            writer.WriteString("aud", _audience);
            writer.WriteNumber("exp", expires.ToUnixTimeSeconds());
            writer.WriteStartArray("scope");
            foreach (var scope in scopes.Values)
            {
                writer.WriteStringValue(scope);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var signingInput = Base64UrlEncode(header.WrittenSpan) + "." + Base64UrlEncode(claims.WrittenSpan);
        var signature = _credential.Key.SignData(System.Text.Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64UrlEncode(signature);
    }

    private static string Base64UrlEncode(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task<ApsAccessToken> RequestAsync(ApsScopes scopes)
    {
        // A fresh assertion per exchange: it lives at most 5 minutes, and a retry must not reuse an expired one.
        var assertion = CreateAssertion(scopes);
        ApsTokenResponse response;
        try
        {
            response = await _authentication.ExchangeJwtAssertionAsync(assertion, scopes, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Core.Diagnostics.ApsTelemetry.TokenFetched(GrantType, ex);
            throw;
        }

        Core.Diagnostics.ApsTelemetry.TokenFetched(GrantType, null);
        return response.ToAccessToken(_time.GetUtcNow(), scopes);
    }
}
