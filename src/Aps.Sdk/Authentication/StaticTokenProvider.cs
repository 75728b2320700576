namespace Aps.Sdk.Authentication;

/// <summary>
/// Serves one token you already have (bring your own). It is never refreshed: when it expires or APS rejects it,
/// calls fail with <see cref="ApsAuthenticationException"/>.
/// </summary>
public sealed class StaticTokenProvider : IApsTokenProvider
{
    private readonly ApsAccessToken _token;
    private readonly TimeProvider _time;
    private volatile bool _rejected;

    /// <summary>Creates a provider for a token.</summary>
    /// <param name="token">The token.</param>
    public StaticTokenProvider(ApsAccessToken token)
        : this(token, TimeProvider.System)
    {
    }

    /// <summary>Creates a provider for a token, judging expiry on <paramref name="timeProvider"/>.</summary>
    /// <param name="token">The token.</param>
    /// <param name="timeProvider">The clock.</param>
    public StaticTokenProvider(ApsAccessToken token, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _token = token;
        _time = timeProvider;
    }

    /// <summary>Creates a provider for a bearer token string that expires at <paramref name="expiresOn"/>.</summary>
    /// <param name="accessToken">The bearer token.</param>
    /// <param name="expiresOn">When the token expires.</param>
    public StaticTokenProvider(string accessToken, DateTimeOffset expiresOn)
        : this(new ApsAccessToken(accessToken, expiresOn))
    {
    }

    /// <inheritdoc />
    public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
        if (_rejected)
        {
            throw new ApsAuthenticationException("APS rejected the static access token; supply a new one.");
        }

        if (_token.IsExpiring(_time.GetUtcNow()))
        {
            throw new ApsAuthenticationException($"The static access token expired at {_token.ExpiresOn:O}; supply a new one.");
        }

        return new ValueTask<ApsAccessToken>(_token);
    }

    /// <inheritdoc />
    public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(token, _token))
        {
            _rejected = true;
        }

        return ValueTask.CompletedTask;
    }
}
