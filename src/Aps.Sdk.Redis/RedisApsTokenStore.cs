using System.Globalization;
using Aps.Sdk.Authentication;
using StackExchange.Redis;

namespace Aps.Sdk.Redis;

/// <summary>
/// An <see cref="IApsTokenStore"/> in Redis, shared by every instance of an app, with an atomic compare-and-swap:
/// each swap is one Lua script (<c>EVAL</c>, which a Redis server runs without interleaving), that compares the
/// entry's <c>version</c> field with the expected one (or checks that the key is absent, for −1), then writes the
/// entry, version + 1 and the expiry together. No lock, no lease, no timing assumption.
/// </summary>
/// <remarks>
/// <para>
/// Each session is one hash, <c>{KeyPrefix}{session key}</c>, with the fields <c>version</c> (the number the swap
/// compares) and <c>data</c> (the entry as a small JSON document, encrypted when
/// <see cref="RedisApsTokenStoreOptions.Protector"/> is set). It expires <see cref="RedisApsTokenStoreOptions.EntryLifetime"/>
/// after its last write.
/// </para>
/// <para>
/// <b>Unreadable entries</b> (tampered, protected with another key, corrupt): <see cref="GetAsync"/> returns
/// <see langword="null"/>, so the user is asked to sign in again; a swap expecting −1 (a new sign-in) replaces the
/// unreadable entry with a second script that checks it is still exactly the bytes found unreadable, so two sign-ins
/// cannot both win it. A swap expecting a version compares the <c>version</c> field only (the script cannot decrypt
/// the data), which no caller can match for an entry it could not read.
/// </para>
/// <para>
/// Redis calls are not cancelled once sent (the outcome of a swap is always known); the token is checked before each one.
/// </para>
/// </remarks>
public sealed class RedisApsTokenStore : IApsTokenStore
{
    private const string VersionField = "version";
    private const string DataField = "data";

    // KEYS[1] = entry; ARGV[1] = expected version ('-1': absent), ARGV[2] = new version, ARGV[3] = data, ARGV[4] = lifetime (ms).
    private const string SwapScript = """
        if ARGV[1] == '-1' then
          if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        elseif redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then
          return 0
        end
        redis.call('HSET', KEYS[1], 'version', ARGV[2], 'data', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    // Replaces an entry found unreadable only if it is still exactly what was read (version field and data bytes).
    // KEYS[1] = entry; ARGV[1] = version field read ('' when absent), ARGV[2] = data read ('' when absent), ARGV[3] = new data, ARGV[4] = lifetime (ms).
    private const string ReplaceUnreadableScript = """
        local version = redis.call('HGET', KEYS[1], 'version') or ''
        local data = redis.call('HGET', KEYS[1], 'data') or ''
        if redis.call('EXISTS', KEYS[1]) == 0 or version ~= ARGV[1] or data ~= ARGV[2] then return 0 end
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'version', '0', 'data', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    private static readonly RedisValue[] Fields = [VersionField, DataField];

    private readonly IConnectionMultiplexer _redis;
    private readonly int _database;
    private readonly string _prefix;
    private readonly IApsTokenProtector? _protector;
    private readonly long _lifetimeMilliseconds;

    /// <summary>Creates the store.</summary>
    /// <param name="redis">The connection (share one per app).</param>
    /// <param name="options">The settings; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RedisApsTokenStoreOptions.EntryLifetime"/> is not positive.</exception>
    public RedisApsTokenStore(IConnectionMultiplexer redis, RedisApsTokenStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        options ??= new RedisApsTokenStoreOptions();
        ArgumentNullException.ThrowIfNull(options.KeyPrefix, "options.KeyPrefix");
        if (options.EntryLifetime < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "EntryLifetime must be positive.");
        }

        _redis = redis;
        _database = options.Database;
        _prefix = options.KeyPrefix;
        _protector = options.Protector;
        _lifetimeMilliseconds = (long)options.EntryLifetime.TotalMilliseconds;
    }

    /// <inheritdoc />
    /// <remarks>An unreadable entry reads as <see langword="null"/>.</remarks>
    public async ValueTask<ApsStoredToken?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var values = await Database.HashGetAsync(_prefix + key, Fields).ConfigureAwait(false);
        return TryRead(values, out var entry) ? entry : null;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryReplaceAsync(string key, long expectedVersion, ApsStoredToken value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedVersion, -1);
        cancellationToken.ThrowIfCancellationRequested();
        var redisKey = new RedisKey(_prefix + key);
        var newVersion = expectedVersion + 1;
        var data = ApsStoredTokenCodec.Encode(value, newVersion, _protector);
        var database = Database;
        var swapped = (long)await database.ScriptEvaluateAsync(
            SwapScript,
            [redisKey],
            [expectedVersion.ToString(CultureInfo.InvariantCulture), newVersion.ToString(CultureInfo.InvariantCulture), data, _lifetimeMilliseconds]).ConfigureAwait(false);
        if (swapped == 1 || expectedVersion != -1)
        {
            return swapped == 1;
        }

        // −1 lost: an entry exists. A new sign-in may replace it only if it is unreadable (and still the same bytes).
        cancellationToken.ThrowIfCancellationRequested();
        var found = await database.HashGetAsync(redisKey, Fields).ConfigureAwait(false);
        if (found[0].IsNull && found[1].IsNull)
        {
            return false; // removed meanwhile: someone else's turn; the caller re-reads
        }

        if (TryRead(found, out _))
        {
            return false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var replaced = (long)await database.ScriptEvaluateAsync(
            ReplaceUnreadableScript,
            [redisKey],
            [found[0].IsNull ? RedisValue.EmptyString : found[0], found[1].IsNull ? RedisValue.EmptyString : found[1], ApsStoredTokenCodec.Encode(value, 0, _protector), _lifetimeMilliseconds]).ConfigureAwait(false);
        return replaced == 1;
    }

    /// <inheritdoc />
    public async ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        await Database.KeyDeleteAsync(_prefix + key).ConfigureAwait(false);
    }

    private IDatabase Database => _redis.GetDatabase(_database);

    /// <summary>Reads the hash's fields; the <c>version</c> field is the version, whatever the document says.</summary>
    private bool TryRead(RedisValue[] values, out ApsStoredToken? entry)
    {
        entry = null;
        if (values.Length != 2 || values[1].IsNull || !long.TryParse(values[0].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !ApsStoredTokenCodec.TryDecode((byte[])values[1]!, _protector, out var decoded))
        {
            return false;
        }

        entry = decoded! with { Version = version };
        return true;
    }
}
