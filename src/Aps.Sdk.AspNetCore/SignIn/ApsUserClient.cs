using Aps.Sdk.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.SignIn;

/// <summary>The scoped <see cref="IApsUserClient"/>: the session cookie of the current request picks the provider.</summary>
internal sealed class ApsUserClient : IApsUserClient
{
    private readonly ApsSessionRegistry _registry;
    private readonly ApsSessionRegistry.Entry? _session;
    private Task<ApsUserInfo>? _userInfo;

    public ApsUserClient(IHttpContextAccessor accessor, ApsSessionRegistry registry, IOptions<ApsSignInOptions> options)
    {
        _registry = registry;
        var cookie = accessor.HttpContext?.Request.Cookies[options.Value.CookieName];
        if (ApsSessionRegistry.IsWellFormed(cookie))
        {
            SessionKey = ApsSessionRegistry.SessionKey(cookie!);
            _session = registry.Get(SessionKey);
        }
    }

    public string? SessionKey { get; }

    public bool HasSession => _session is not null;

    public ApsClient Client => _session?.Client ?? _registry.Anonymous;

    public IApsTokenProvider TokenProvider => (IApsTokenProvider?)_session?.Provider ?? ApsSessionRegistry.NotSignedInTokenProvider.Instance;

    public async ValueTask<bool> IsSignedInAsync(CancellationToken cancellationToken = default)
        => SessionKey is not null && await _registry.Store.GetAsync(SessionKey, cancellationToken).ConfigureAwait(false) is not null;

    public Task<ApsUserInfo> GetUserInfoAsync(CancellationToken cancellationToken = default)
    {
        var task = _userInfo;
        if (task is null || task.IsFaulted || task.IsCanceled)
        {
            task = _userInfo = Client.Authentication.GetUserInfoAsync(new ApsRequestOptions { TokenProvider = TokenProvider }, cancellationToken);
        }

        return task;
    }
}
