using System.Security.Cryptography;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Testing.Emulator.Auth;

/// <summary>Whether a token grants access or buys a new pair.</summary>
internal enum TokenKind
{
    Access,
    Refresh,
}

/// <summary>A token the emulator issued: opaque value, scopes, expiry, user (3-legged) and state.</summary>
internal sealed class TokenRecord
{
    public required string Value { get; init; }

    public required TokenKind Kind { get; init; }

    public required ApsScopes Scopes { get; init; }

    public required DateTimeOffset ExpiresOn { get; init; }

    public required string ClientId { get; init; }

    /// <summary>Gets the user of a 3-legged token; <see langword="null"/> for 2-legged.</summary>
    public ApsEmulatorUser? User { get; init; }

    /// <summary>Gets or sets a value indicating whether the token was revoked or (refresh tokens) spent.</summary>
    public bool Revoked { get; set; }

    /// <summary>Gets or sets whether this refresh token was spent on a refresh (as opposed to revoked).</summary>
    public bool Spent { get; set; }

    public bool HasScope(string scope) => Scopes.Values.Contains(scope, StringComparer.Ordinal);
}

/// <summary>An authorization code waiting to be exchanged (5 minutes, single use).</summary>
internal sealed class AuthorizationCode
{
    public required string Value { get; init; }

    public required string RedirectUri { get; init; }

    public required ApsScopes Scopes { get; init; }

    public string? CodeChallenge { get; init; }

    public required ApsEmulatorUser User { get; init; }

    public string? Nonce { get; init; }

    public required DateTimeOffset ExpiresOn { get; init; }
}

/// <summary>A freshly issued token pair.</summary>
internal sealed record IssuedTokens(TokenRecord Access, TokenRecord? Refresh, string? IdToken);

/// <summary>Issues, finds, spends and revokes tokens and codes, with expiry checked against the emulator's clock. Thread-safe.</summary>
internal sealed class TokenService
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(3599);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(15);
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The scopes APS knows (OIDC discovery), plus <c>data:read:&lt;urn&gt;</c>.</summary>
    public static readonly string[] SupportedScopes =
    [
        ApsScopes.UserProfileRead, ApsScopes.UserRead, ApsScopes.UserWrite, ApsScopes.ViewablesRead,
        ApsScopes.DataRead, ApsScopes.DataWrite, ApsScopes.DataCreate, ApsScopes.DataSearch,
        ApsScopes.BucketCreate, ApsScopes.BucketRead, ApsScopes.BucketUpdate, ApsScopes.BucketDelete,
        ApsScopes.CodeAll, ApsScopes.AccountRead, ApsScopes.AccountWrite, ApsScopes.OpenId,
    ];

    /// <summary>The Secure Service Accounts management scopes (accepted, but not listed in discovery).</summary>
    public static readonly string[] ServiceAccountScopes =
    [
        "application:service_account:read", "application:service_account:write",
        "application:service_account_key:read", "application:service_account_key:write",
    ];

    private readonly object _gate = new();
    private readonly Dictionary<string, TokenRecord> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _grants = new(StringComparer.Ordinal);
    private int _refreshReuses;
    private readonly EmulatorContext _context;

    public TokenService(EmulatorContext context)
    {
        _context = context;
    }

    /// <summary>Parses a scope string; <see langword="null"/> when a scope is unknown (the name goes to <paramref name="unknown"/>).</summary>
    public static ApsScopes? ParseScopes(string? text, out string? unknown)
    {
        unknown = null;
        ApsScopes scopes;
        try
        {
            scopes = ApsScopes.Create(text ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            unknown = ex.Message;
            return null;
        }

        foreach (var scope in scopes.Values)
        {
            if (!SupportedScopes.Contains(scope, StringComparer.Ordinal) && !ServiceAccountScopes.Contains(scope, StringComparer.Ordinal) && !scope.StartsWith("data:read:", StringComparison.Ordinal))
            {
                unknown = scope;
                return null;
            }
        }

        return scopes;
    }

    public TokenRecord IssueAccessToken(ApsScopes scopes, ApsEmulatorUser? user, TimeSpan? lifetime = null)
    {
        var token = new TokenRecord
        {
            Value = NewSecret(),
            Kind = TokenKind.Access,
            Scopes = scopes,
            ExpiresOn = _context.Now + (lifetime ?? AccessTokenLifetime),
            ClientId = _context.ClientId,
            User = user,
        };
        lock (_gate)
        {
            _tokens[token.Value] = token;
        }

        return token;
    }

    public IssuedTokens IssueUserTokens(ApsScopes scopes, ApsEmulatorUser user, string? nonce)
    {
        var access = IssueAccessToken(scopes, user);
        var refresh = new TokenRecord
        {
            Value = NewSecret(),
            Kind = TokenKind.Refresh,
            Scopes = scopes,
            ExpiresOn = _context.Now + RefreshTokenLifetime,
            ClientId = _context.ClientId,
            User = user,
        };
        lock (_gate)
        {
            _tokens[refresh.Value] = refresh;
        }

        var idToken = scopes.Values.Contains(ApsScopes.OpenId, StringComparer.Ordinal) ? CreateIdToken(user, nonce) : null;
        return new IssuedTokens(access, refresh, idToken);
    }

    public string IssueCode(string redirectUri, ApsScopes scopes, string? codeChallenge, ApsEmulatorUser user, string? nonce)
    {
        var code = new AuthorizationCode
        {
            Value = NewSecret(24),
            RedirectUri = redirectUri,
            Scopes = scopes,
            CodeChallenge = codeChallenge,
            User = user,
            Nonce = nonce,
            ExpiresOn = _context.Now + CodeLifetime,
        };
        lock (_gate)
        {
            _codes[code.Value] = code;
        }

        return code.Value;
    }

    /// <summary>Removes and returns a code that has not expired (codes are single use).</summary>
    public AuthorizationCode? RedeemCode(string code)
    {
        lock (_gate)
        {
            if (!_codes.Remove(code, out var found))
            {
                return null;
            }

            return found.ExpiresOn > _context.Now ? found : null;
        }
    }

    /// <summary>Finds an access token that is neither expired nor revoked.</summary>
    public TokenRecord? FindActiveAccessToken(string value)
    {
        var token = Find(value);
        return token is { Kind: TokenKind.Access } && IsActive(token) ? token : null;
    }

    /// <summary>Finds any token of this emulator (active or not).</summary>
    public TokenRecord? Find(string value)
    {
        lock (_gate)
        {
            return _tokens.GetValueOrDefault(value);
        }
    }

    public bool IsActive(TokenRecord token)
    {
        lock (_gate)
        {
            return !token.Revoked && token.ExpiresOn > _context.Now;
        }
    }

    /// <summary>Counts a token request that was answered with tokens, by grant type.</summary>
    public void CountGrant(string grantType)
    {
        lock (_gate)
        {
            _grants[grantType] = _grants.GetValueOrDefault(grantType) + 1;
        }
    }

    public int GrantCount(string grantType)
    {
        lock (_gate)
        {
            return _grants.GetValueOrDefault(grantType);
        }
    }

    public int RefreshReuses
    {
        get
        {
            lock (_gate)
            {
                return _refreshReuses;
            }
        }
    }

    public int CountActiveRefreshTokens(string? userId)
    {
        lock (_gate)
        {
            return _tokens.Values.Count(t => t.Kind == TokenKind.Refresh && !t.Revoked && t.ExpiresOn > _context.Now
                && (userId is null || string.Equals(t.User?.UserId, userId, StringComparison.Ordinal)));
        }
    }

    /// <summary>Spends a refresh token: it must be active, and it can be spent only once.</summary>
    public TokenRecord? SpendRefreshToken(string value)
    {
        lock (_gate)
        {
            if (!_tokens.TryGetValue(value, out var token) || token.Kind != TokenKind.Refresh || token.Revoked || token.ExpiresOn <= _context.Now)
            {
                if (token is { Kind: TokenKind.Refresh, Spent: true })
                {
                    _refreshReuses++;
                }

                return null;
            }

            token.Spent = true;

            token.Revoked = true;
            return token;
        }
    }

    public void Revoke(string value)
    {
        lock (_gate)
        {
            if (_tokens.TryGetValue(value, out var token))
            {
                token.Revoked = true;
            }
        }
    }

    private string CreateIdToken(ApsEmulatorUser user, string? nonce)
    {
        var now = _context.Now;
        var claims = new Dictionary<string, object?>
        {
            ["iss"] = _context.BaseUrl,
            ["sub"] = user.UserId,
            ["aud"] = _context.ClientId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + TimeSpan.FromMinutes(60)).ToUnixTimeSeconds(),
            ["email"] = user.Email,
            ["name"] = user.Name,
            ["given_name"] = user.GivenName,
            ["family_name"] = user.FamilyName,
            ["preferred_username"] = user.PreferredUsername,
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return SigningKey.Shared.CreateJwt(claims);
    }

    internal static string NewSecret(int bytes = 32)
    {
        Span<byte> buffer = stackalloc byte[bytes];
        RandomNumberGenerator.Fill(buffer);
        return Convert.ToBase64String(buffer).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
