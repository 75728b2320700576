using System.Diagnostics.Tracing;

namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>
/// Counts <see cref="System.Buffers.ArrayPool{T}.Shared"/> rents and new allocations of buffers of at least 1 MiB
/// (the runtime's <c>System.Buffers.ArrayPoolEventSource</c>). Diagnostic only (<c>--pool-events</c>): listening
/// allocates a little per event, so the heap figures are taken without it.
/// </summary>
internal sealed class PoolEventCounter : EventListener
{
    private const int BufferRentedId = 1;
    private const int BufferAllocatedId = 2;
    private const int LargeBuffer = 1024 * 1024;
    private int _rented;
    private int _allocated;

    public int LargeRents => Volatile.Read(ref _rented);

    public int LargeAllocations => Volatile.Read(ref _allocated);

    public void Reset()
    {
        Volatile.Write(ref _rented, 0);
        Volatile.Write(ref _allocated, 0);
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "System.Buffers.ArrayPoolEventSource")
        {
            EnableEvents(eventSource, EventLevel.Verbose);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId is not (BufferRentedId or BufferAllocatedId) || eventData.Payload is not { Count: > 1 } payload || payload[1] is not int size || size < LargeBuffer)
        {
            return;
        }

        if (eventData.EventId == BufferRentedId)
        {
            Interlocked.Increment(ref _rented);
        }
        else
        {
            Interlocked.Increment(ref _allocated);
        }
    }
}
