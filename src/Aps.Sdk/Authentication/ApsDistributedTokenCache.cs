using System.Text.Json;
using Aps.Sdk.Core.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;

namespace Aps.Sdk.Authentication;

/// <summary>
/// An <see cref="IApsTokenCache"/> over an <see cref="IDistributedCache"/> (Redis, SQL Server, NCache, ...): the
/// instances of an app share their 2-legged and service-account tokens, so an instance that starts after another
/// reuses its token instead of fetching one. Set it on <see cref="ApsOptions.TokenCache"/>, pass it to
/// <see cref="ClientCredentialsTokenProvider"/> / <see cref="ServiceAccountTokenProvider"/>, or register it with
/// <c>AddApsClients(...).AddDistributedTokenCache()</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each entry is a small JSON document, <c>{"v":1,"token":"...","expiresOn":"...","scope":"..."}</c>, encrypted by
/// <see cref="ApsDistributedTokenCacheOptions.Protector"/> when one is set, stored under
/// <see cref="ApsDistributedTokenCacheOptions.KeyPrefix"/> + the provider's key (which never contains a secret), and
/// expiring <see cref="ApsDistributedTokenCacheOptions.RefreshMargin"/> before the token does.
/// </para>
/// <para>
/// The cache never fails a call: an exception from the <see cref="IDistributedCache"/> is a miss (the provider fetches a
/// token) and a failed write is skipped; an entry that cannot be read (corrupt, not unprotectable, another format
/// version) is a miss and is removed. Both are counted on the <c>aps.auth.token_cache.errors</c> instrument of the
/// <c>Aps.Sdk</c> meter; nothing is logged, and no token appears in any message. Only cancellation by the caller is
/// thrown.
/// </para>
/// </remarks>
public sealed class ApsDistributedTokenCache : IApsTokenCache
{
    private readonly IDistributedCache _cache;
    private readonly string _keyPrefix;
    private readonly IApsTokenProtector? _protector;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeProvider _time;

    /// <summary>Creates the cache.</summary>
    /// <param name="cache">The distributed cache every instance of the app shares.</param>
    /// <param name="options">The settings (read once, here); defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <exception cref="ArgumentException">The key prefix is null or the refresh margin is negative.</exception>
    public ApsDistributedTokenCache(IDistributedCache cache, ApsDistributedTokenCacheOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        options ??= new ApsDistributedTokenCacheOptions();
        if (options.KeyPrefix is null)
        {
            throw new ArgumentException("The key prefix must not be null (it may be empty).", nameof(options));
        }

        if (options.RefreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentException("The refresh margin must not be negative.", nameof(options));
        }

        _cache = cache;
        _keyPrefix = options.KeyPrefix;
        _protector = options.Protector;
        _refreshMargin = options.RefreshMargin;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<ApsAccessToken?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        var fullKey = _keyPrefix + key;
        byte[]? stored;
        try
        {
            stored = await _cache.GetAsync(fullKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFailure(ex, cancellationToken))
        {
            ApsTelemetry.TokenCacheError("get", ex.GetType().FullName ?? "unknown");
            return null;
        }

        if (stored is null)
        {
            return null;
        }

        var token = Read(stored);
        if (token is null)
        {
            ApsTelemetry.TokenCacheError("get", "invalid_entry");
            await RemoveCoreAsync(fullKey, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // The entry should have expired already (a backend that expires lazily, clocks apart): a miss.
        return token.IsExpiring(_time.GetUtcNow(), _refreshMargin) ? null : token;
    }

    /// <inheritdoc />
    /// <remarks>A token that expires within the refresh margin is not written (every reader would skip it).</remarks>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask SetAsync(string key, ApsAccessToken token, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(token);
        cancellationToken.ThrowIfCancellationRequested();

        // Relative to this clock, so a backend whose clock differs still drops the entry at the right moment.
        var lifetime = token.ExpiresOn - _refreshMargin - _time.GetUtcNow();
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        byte[] value;
        try
        {
            value = Write(token);
        }
        catch (Exception ex) when (IsFailure(ex, cancellationToken))
        {
            // A protector that fails: the token is not shared, the call goes on.
            ApsTelemetry.TokenCacheError("set", ex.GetType().FullName ?? "unknown");
            return;
        }

        try
        {
            await _cache.SetAsync(_keyPrefix + key, value, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFailure(ex, cancellationToken))
        {
            ApsTelemetry.TokenCacheError("set", ex.GetType().FullName ?? "unknown");
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        return RemoveCoreAsync(_keyPrefix + key, cancellationToken);
    }

    /// <summary>Describes the cache without printing any entry.</summary>
    /// <returns>A description.</returns>
    public override string ToString()
        => $"ApsDistributedTokenCache(prefix '{_keyPrefix}', protected {(_protector is null ? "no" : "yes")}, refresh margin {_refreshMargin})";

    /// <summary>Whether <paramref name="ex"/> is a cache failure to swallow (anything but the caller's cancellation).</summary>
    private static bool IsFailure(Exception ex, CancellationToken cancellationToken)
        => !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private async ValueTask RemoveCoreAsync(string fullKey, CancellationToken cancellationToken)
    {
        try
        {
            await _cache.RemoveAsync(fullKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFailure(ex, cancellationToken))
        {
            ApsTelemetry.TokenCacheError("remove", ex.GetType().FullName ?? "unknown");
        }
    }

    private byte[] Write(ApsAccessToken token)
    {
        var entry = new ApsCachedTokenEntry
        {
            Version = ApsCachedTokenEntry.CurrentVersion,
            Token = token.Value,
            ExpiresOn = token.ExpiresOn,
            Scope = token.Scopes.IsEmpty ? null : token.Scopes.Key,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(entry, ApsTokenPersistenceJsonContext.Default.ApsCachedTokenEntry);
        return _protector is null ? json : _protector.Protect(json);
    }

    /// <summary>Reads an entry; <see langword="null"/> when it is corrupt, cannot be unprotected or has another version.</summary>
    private ApsAccessToken? Read(byte[] stored)
    {
#pragma warning disable CA1031 // Whatever a protector or a corrupt entry throws, the entry is a miss; its text never travels further.
        try
        {
            var json = _protector is null ? stored : _protector.Unprotect(stored);
            var entry = JsonSerializer.Deserialize(json, ApsTokenPersistenceJsonContext.Default.ApsCachedTokenEntry);
            if (entry is not { Version: ApsCachedTokenEntry.CurrentVersion, Token: { } value, ExpiresOn: { } expiresOn } || string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var scopes = string.IsNullOrWhiteSpace(entry.Scope) ? ApsScopes.None : ApsScopes.Create(entry.Scope);
            return new ApsAccessToken(value, expiresOn, scopes);
        }
        catch (Exception)
        {
            return null;
        }
#pragma warning restore CA1031
    }
}
