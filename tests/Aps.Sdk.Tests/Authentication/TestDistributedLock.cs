using System.Collections.Concurrent;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>An in-process <see cref="IApsDistributedLock"/> (one instance = one shared lock service) that tests can hold from outside.</summary>
public sealed class TestDistributedLock : IApsDistributedLock
{
    private readonly ConcurrentDictionary<string, string> _holders = new(StringComparer.Ordinal);
    private int _acquired;
    private int _refused;

    public int Acquired => Volatile.Read(ref _acquired);

    public int Refused => Volatile.Read(ref _refused);

    public IReadOnlyCollection<string> HeldResources => _holders.Keys.ToArray();

    public List<TimeSpan> LeaseTimes { get; } = [];

    public ValueTask<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan leaseTime, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var owner = Guid.NewGuid().ToString("N");
        if (!_holders.TryAdd(resource, owner))
        {
            Interlocked.Increment(ref _refused);
            return new ValueTask<IAsyncDisposable?>((IAsyncDisposable?)null);
        }

        Interlocked.Increment(ref _acquired);
        lock (LeaseTimes)
        {
            LeaseTimes.Add(leaseTime);
        }

        return new ValueTask<IAsyncDisposable?>(new Lease(this, resource, owner));
    }

    /// <summary>Makes "another instance" hold the lock on <paramref name="resource"/>.</summary>
    public void HoldElsewhere(string resource) => _holders[resource] = "another-instance";

    public void ReleaseElsewhere(string resource) => _holders.TryRemove(new KeyValuePair<string, string>(resource, "another-instance"));

    private sealed class Lease(TestDistributedLock owner, string resource, string id) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            owner._holders.TryRemove(new KeyValuePair<string, string>(resource, id));
            return ValueTask.CompletedTask;
        }
    }
}
