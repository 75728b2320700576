using System.Collections.Concurrent;

namespace Aps.Sdk.Authentication;

/// <summary>An <see cref="IApsTokenStore"/> in this process's memory (one instance per app; not shared across processes).</summary>
public sealed class InMemoryApsTokenStore : IApsTokenStore
{
    private readonly ConcurrentDictionary<string, ApsStoredToken> _entries = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<ApsStoredToken?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ValueTask<ApsStoredToken?>(_entries.TryGetValue(key, out var value) ? value : null);
    }

    /// <inheritdoc />
    public ValueTask<bool> TryReplaceAsync(string key, long expectedVersion, ApsStoredToken value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (expectedVersion < 0)
        {
            return new ValueTask<bool>(_entries.TryAdd(key, value with { Version = 0 }));
        }

        if (!_entries.TryGetValue(key, out var current) || current.Version != expectedVersion)
        {
            return new ValueTask<bool>(false);
        }

        return new ValueTask<bool>(_entries.TryUpdate(key, value with { Version = expectedVersion + 1 }, current));
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        _entries.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }
}
